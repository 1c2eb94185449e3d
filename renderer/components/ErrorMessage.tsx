import type { ApiError } from '../../shared/errors';

/** A failed call, in the core's own one-line words. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?(): void }) {
  return (
    <div className="error-message" role="alert">
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
