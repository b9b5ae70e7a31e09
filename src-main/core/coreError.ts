import type { ErrorCode } from '../shared/api/envelope';

/** An expected failure a service raises; `dispatch` turns it into the error envelope. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
