import type { Envelope } from '../../shared/errors';
import type { Transport } from './client';

const TOKEN_KEY = 'sourcebook.token';
const TOKEN_HEADER = 'X-Sourcebook-Token';

/**
 * The browser mode's transport. The server prints a URL with `?token=…`; the page keeps the token for the
 * session, removes it from the address bar, and sends it as a header with every call.
 */
export function httpTransport(location: Location): Transport {
  const token = takeToken(location);
  const headers = { 'Content-Type': 'application/json', [TOKEN_HEADER]: token };
  return {
    async call(method, params) {
      let response: Response;
      try {
        response = await fetch(`/api/${method}`, { method: 'POST', headers, body: JSON.stringify(params ?? {}) });
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: 'The Sourcebook server cannot be reached. Is it still running?' } };
      }
      if ((response.headers.get('content-type') ?? '').startsWith('application/json')) return (await response.json()) as Envelope<unknown>;
      const message = response.status === 401 ? 'This page has no valid token: open the address the server printed.' : await response.text();
      return { ok: false, error: { code: response.status === 401 ? 'FORBIDDEN' : 'INTERNAL', message } };
    },
    onEvent(listener) {
      const controller = new AbortController();
      void readEvents(headers, controller.signal, listener);
      return () => controller.abort();
    },
  };
}

function takeToken(location: Location): string {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Server-sent events over fetch (EventSource cannot send the token header); reconnects after a drop. */
async function readEvents(headers: Record<string, string>, signal: AbortSignal, listener: (name: string, payload: unknown) => void): Promise<void> {
  while (!signal.aborted) {
    try {
      const response = await fetch('/api/events', { headers, signal });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (data) {
            const { name, payload } = JSON.parse(data.slice(6)) as { name: string; payload: unknown };
            listener(name, payload);
          }
        }
      }
    } catch {
      if (signal.aborted) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
