import type { Database } from 'better-sqlite3';
import type { Migration } from './migration';
import { StoreError } from './storeError';

/**
 * Brings the database to the newest schema. Each migration runs in its own transaction together
 * with `PRAGMA user_version`, so a crash leaves the file at one version or the next, never between.
 */
export function migrate(db: Database, list: readonly Migration[], upTo?: number): number {
  const target = upTo ?? list[list.length - 1]!.version;
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = list[list.length - 1]!.version;
  if (current > latest) {
    throw new StoreError(
      'database-too-new',
      `Databasen er skrevet af en nyere version af Referent (skemaversion ${current}, denne version kender op til ${latest}). Opdatér Referent, eller åbn en sikkerhedskopi.`,
    );
  }
  for (const m of list) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
