import type { Input, Method, Result } from '../../shared/api';
import type { SourcebookBridge } from '../../shared/bridge';
import { ApiError } from '../../shared/errors';
import type { Envelope } from '../../shared/errors';
import { httpTransport } from './http-transport';

export interface Transport {
  call(method: string, params: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
}

export interface Client {
  /** Calls a contract method; rejects with ApiError (code + one-line message) on failure. */
  call<M extends Method>(method: M, params: Input<M>): Promise<Result<M>>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  /** Native capabilities, present only in the desktop app. */
  bridge: SourcebookBridge | null;
}

export function createClient(transport: Transport, bridge: SourcebookBridge | null = null): Client {
  return {
    async call(method, params) {
      const envelope = await transport.call(method, params);
      if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
      return envelope.value as Result<typeof method>;
    },
    onEvent: (listener) => transport.onEvent(listener),
    bridge,
  };
}

declare global {
  interface Window {
    sourcebook?: SourcebookBridge;
  }
}

/** The desktop app's preload bridge when there is one, else HTTP to the local server that served this page. */
export function connect(): Client {
  const bridge = window.sourcebook ?? null;
  return bridge ? createClient(bridge, bridge) : createClient(httpTransport(window.location));
}
