import type { Database } from 'better-sqlite3';
import type { Saved } from '../../shared/domain/meeting';
import { CoreError } from '../coreError';
import type { EventBus } from '../eventBus';

/**
 * Every edit of a meeting goes through `mutate`: one transaction that checks the meeting exists
 * and is not locked, applies the change, bumps the revision and clears the cached content hash.
 * The event goes out only after the commit, so a listener never sees a change that was rolled back.
 */
export function createMutator(db: Database, bus: EventBus, now: () => Date) {
  const status = db.prepare<[string], { status: string }>('SELECT status FROM meetings WHERE id = ?');
  const bump = db.prepare<[string, string]>(
    'UPDATE meetings SET revision = revision + 1, updated_at = ?, content_hash = NULL, hash_revision = NULL WHERE id = ? RETURNING revision',
  );

  function mutate<T extends object = object>(meetingId: string, change: () => T | void, options: { allowLocked?: boolean } = {}): T & Saved {
    const result = db.transaction(() => {
      const row = status.get(meetingId);
      if (!row) throw new CoreError('not-found', 'Mødet findes ikke (det kan være slettet). Gå tilbage til listen over møder.');
      if (row.status === 'signed' && !options.allowLocked) {
        throw new CoreError('meeting-locked', 'Mødet er underskrevet og kan ikke ændres. Vælg «Genåbn» for at lave en tilføjelse.');
      }
      const extra = change() ?? ({} as T);
      const { revision } = bump.get(now().toISOString(), meetingId) as { revision: number };
      return { ...extra, revision };
    })();
    bus.emit('meetings.changed', { meetingId, revision: result.revision });
    return result;
  }

  return { mutate };
}

export type Mutator = ReturnType<typeof createMutator>;

/** Throws not-found when a statement changed no row: the thing edited does not exist. */
export function expectChanged(info: { changes: number }, what: string): void {
  if (info.changes === 0) throw new CoreError('not-found', `${what} findes ikke i mødet (det kan være slettet). Genindlæs mødet.`);
}
