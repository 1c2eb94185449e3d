import { contract, isMethod } from '../../../shared/api';
import type { Method } from '../../../shared/api';
import { ApiError, fail } from '../../../shared/errors';
import type { Envelope } from '../../../shared/errors';
import type { Handlers } from './handlers';

export type Dispatch = (method: unknown, params: unknown) => Promise<Envelope<unknown>>;

export interface Logger {
  error(message: string, error: unknown): void;
}

/**
 * The single entry point of every transport: checks the method exists, validates the params against the
 * contract, runs the handler, and turns every outcome into an envelope. Unexpected errors are logged and
 * reported without stack or paths.
 */
export function createDispatcher(handlers: Handlers, log: Logger = console): Dispatch {
  return async (method, raw) => {
    if (!isMethod(method)) return fail('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 80)}`);
    const parsed = contract[method].params.safeParse(raw ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      return fail('BAD_REQUEST', `Invalid params for ${method}: ${where}${issue?.message ?? 'invalid'}`);
    }
    try {
      // TS cannot tie a union key to its handler's parameter type; this is the one cast in the system.
      const handler = handlers[method] as (params: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return fail(error.code, error.message);
      log.error(`${method as Method} failed`, error);
      return fail('INTERNAL', `Internal error in ${method}: ${firstLine(error)}`);
    }
  };
}

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200);
