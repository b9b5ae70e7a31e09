import BetterSqlite3, { type Database } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from './migrate';
import { migrations } from './migrations';
import { StoreError } from './storeError';

export interface OpenDatabaseOptions {
  dataDir: string;
  /**
   * Path of a better-sqlite3 addon built for another runtime. Electron passes its own build so
   * the one in node_modules stays built for Node (tests, CLI, host): no ABI ping-pong.
   */
  nativeBinding?: string;
  readonly?: boolean;
}

/** What `integrity_check` said when it was not "ok" (first lines only). */
function integrityProblems(db: Database): string[] {
  const rows = db.pragma('integrity_check(5)') as { integrity_check: string }[];
  const lines = rows.map((r) => r.integrity_check);
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

export const databaseFileName = 'referent.sqlite';

export function openDatabase(options: OpenDatabaseOptions): Database {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, databaseFileName);
  let db: Database;
  try {
    db = new BetterSqlite3(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (e) {
    throw new StoreError('database-unreadable', `Databasen ${file} kunne ikke åbnes: ${(e as Error).message}`);
  }
  try {
    configure(db, options.readonly ?? false);
    // A read-only open is the way out for a damaged file: let people read what can be read.
    if (!options.readonly && integrityProblems(db).length > 0) {
      throw new StoreError('database-corrupt', corruptMessage(file));
    }
    if (!options.readonly) migrate(db, migrations);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    if (isCorruption(e)) {
      throw new StoreError('database-corrupt', corruptMessage(file));
    }
    throw e;
  }
}

function configure(db: Database, readonly: boolean): void {
  // WAL lets readers go on while a save commits. synchronous=FULL (not NORMAL): in WAL mode
  // NORMAL may lose the last commits on power loss, and a referent's acknowledged keystroke
  // must survive that; measured here the cost is well under a millisecond per commit.
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function isCorruption(e: unknown): boolean {
  const code = (e as { code?: string }).code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

function corruptMessage(file: string): string {
  return `Databasen ${file} er beskadiget (integritetskontrollen fejlede). Gendan den seneste sikkerhedskopi, eller åbn databasen skrivebeskyttet for at læse det, der kan læses.`;
}
