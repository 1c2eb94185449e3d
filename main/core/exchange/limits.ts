// How much an exchanged file may hold. Generous for a real team's notebook, small enough that a hostile file
// cannot exhaust memory or disk before it is refused.

export const LIMITS = {
  /** The file as it is on disk (compressed). */
  fileBytes: 512 * 1024 * 1024,
  /** Everything a zip inflates to, counted while inflating (declared sizes are not trusted). */
  inflatedBytes: 1024 * 1024 * 1024,
  /** One entry of a zip. */
  entryBytes: 256 * 1024 * 1024,
  entries: 200_000,
  articles: 100_000,
  highlights: 1_000_000,
  tombstones: 1_000_000,
  /** Annotations in one W3C file, or selections in one REFI-QDA project. */
  annotations: 200_000,
} as const;

/** An exchanged file that cannot be used; the message is one line, fit to show as it is. */
export class ExchangeError extends Error {
  constructor(
    message: string,
    /** UNSUPPORTED for a file from a newer Sourcebook; BAD_REQUEST for everything else. */
    readonly code: 'BAD_REQUEST' | 'UNSUPPORTED' = 'BAD_REQUEST',
  ) {
    super(message);
  }
}
