export type StoreErrorKind = 'database-too-new' | 'database-corrupt' | 'database-unreadable';

/** A problem with the database file itself, with a message a person can act on. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
