import { ApiError } from '../../shared/errors';

/** Whatever a call rejected with, as an ApiError whose message can be shown as it is. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
}
