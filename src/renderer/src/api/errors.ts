// The one error type the renderer shows: it carries the library's own sentence, which is
// written for the user, so the UI can display `message` as is.
import type { ErrorCode } from '../../../shared/contract';

export type ClientErrorCode = ErrorCode | 'network' | 'auth';

export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly channel: string;

  constructor(channel: string, code: ClientErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.channel = channel;
  }
}

/** A sentence for any thrown value: our own errors keep their text, others get context. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return `Something went wrong: ${e.message}`;
  return 'Something went wrong, and the app could not tell what.';
}
