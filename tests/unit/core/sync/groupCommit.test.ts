/**
 * The group commit of the sync bookkeeping, on a real SQLite file (WAL, synchronous=FULL as the
 * app opens it) with a second connection that sees only what is committed: what is asked for in
 * one turn is one commit; a caller's promise resolves only once its piece is committed; a piece
 * that throws is undone alone; a commit that fails fails every piece in it; `later` waits for the
 * next `now`, for LATER_MS or for `flush`.
 */
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGroupCommit, LATER_MAX, LATER_MS } from '../../../../src-main/core/sync/groupCommit';
import { makeTempDir } from '../../../support/tempDir';

let dir: ReturnType<typeof makeTempDir>;
let db: Database;
let reader: Database;
beforeEach(() => {
  dir = makeTempDir('referent-group-commit-');
  const file = join(dir.path, 'referent.sqlite');
  db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
  reader = new BetterSqlite3(file, { readonly: true });
});
afterEach(() => {
  reader.close();
  db.close();
  dir.remove();
});

const store = () => ({ transaction: <T>(fn: () => T): T => db.transaction(fn)() });
const insert = (k: string) => () => void db.prepare('INSERT INTO t (k) VALUES (?)').run(k);
/** What another connection (another process after a crash) finds committed. */
const committed = () => (reader.prepare('SELECT k FROM t ORDER BY k').all() as { k: string }[]).map((r) => r.k);

describe('group commit of the sync bookkeeping', () => {
  it('what is asked for in one turn is one commit, and each promise resolves only once it is committed', async () => {
    const commit = createGroupCommit(store());
    const seen: string[][] = [];
    const pieces = ['a', 'b', 'c'].map((k) => commit.now(insert(k)).then(() => seen.push(committed())));
    expect(committed()).toEqual([]); // nothing before the turn ends
    await Promise.all(pieces);
    expect(seen).toEqual([['a', 'b', 'c'], ['a', 'b', 'c'], ['a', 'b', 'c']]);
    expect(commit.stats).toEqual({ commits: 1, pieces: 3 });
  });

  it('a piece that throws is undone alone: its caller gets the error, the others are committed', async () => {
    const commit = createGroupCommit(store());
    const results = await Promise.allSettled([
      commit.now(insert('a')),
      commit.now(() => {
        insert('b')();
        throw new Error('the bookkeeping of b failed');
      }),
      commit.now(insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committed()).toEqual(['a', 'c']);
  });

  it('a commit that cannot be made (another writer holds the database) fails every piece in it, and nothing is half committed', async () => {
    const other = new BetterSqlite3(join(dir.path, 'referent.sqlite'));
    db.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    try {
      const commit = createGroupCommit(store());
      const results = await Promise.allSettled([commit.now(insert('a')), commit.later(insert('b'))]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_BUSY' });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(committed()).toEqual([]);
  });

  it('later: rides along with the next now, else waits LATER_MS; flush commits what waits', async () => {
    const commit = createGroupCommit(store());
    const late = commit.later(insert('late'));
    await new Promise((r) => setImmediate(r));
    expect(committed()).toEqual([]);
    await commit.now(insert('now'));
    await late;
    expect(committed()).toEqual(['late', 'now']);
    expect(commit.stats.commits).toBe(1);

    const alone = commit.later(insert('alone'));
    const t0 = Date.now();
    await alone;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(LATER_MS - 5);
    expect(committed()).toContain('alone');

    const waiting = commit.later(insert('flushed'));
    await commit.flush();
    expect(committed()).toContain('flushed');
    await waiting;
  });

  it(`later: ${LATER_MAX} pieces waiting are committed without waiting for the timer`, async () => {
    const commit = createGroupCommit(store());
    const t0 = Date.now();
    await Promise.all(Array.from({ length: LATER_MAX }, (_, i) => commit.later(insert(`k${i}`))));
    expect(Date.now() - t0).toBeLessThan(LATER_MS);
    expect(committed()).toHaveLength(LATER_MAX);
    expect(commit.stats).toEqual({ commits: 1, pieces: LATER_MAX });
  });
});
