import type { ErrorCode } from '../../../shared/contract';

/** An error whose message is meant for the user, with a code the transports pass on. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = 'invalid_input',
  ) {
    super(message);
  }
}
export class NotFoundError extends UserError {
  constructor(message: string) {
    super(message, 'not_found');
  }
}
