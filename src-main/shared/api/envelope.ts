/**
 * The one shape every answer crosses the boundary in (IPC in Electron, HTTP in the host).
 * Values are JSON safe so both transports carry exactly the same thing.
 */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'meeting-locked'
  | 'wrong-passphrase'
  | 'certificate-refused'
  | 'drive-unavailable'
  | 'database-error'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person can act on, in the user's language. */
  message: string;
  /** For invalid input: the path of the offending field, e.g. `items[3].title`. */
  path?: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, path?: string): Envelope<never> {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}
