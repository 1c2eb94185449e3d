// Errors cross every boundary (IPC, HTTP, CLI) as data: a code and a one-line message.

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_QUERY'
  | 'UNSUPPORTED'
  | 'CORRUPT'
  | 'CANCELLED'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'LOCKED'
  | 'INTERNAL';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** An expected failure whose message is fit to show a user as it is. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Envelope<never> => ({ ok: false, error: { code, message } });
