/**
 * Group commit of the sync bookkeeping. A round writes a dozen meetings at a time, and each
 * meeting needs two commits (its temp files journaled before they are written; what is on the
 * drive once they are), each a WAL fsync with synchronous=FULL: ~2,000 commits held the main
 * thread for about a second in a first sync of 1,000 meetings.
 *
 * `now(work)`: the work goes into the transaction committed after the I/O callbacks of this turn
 * of the event loop, with whatever else was asked for meanwhile, and the promise resolves once it
 * is committed. So a caller goes on exactly when it could with a commit of its own (a temp file
 * is created only after its journal row is durable, a møde.json renamed only after its
 * `pushing_sha` is).
 *
 * `later(work)`: bookkeeping nobody has to wait for (what a finished meeting left on the drive,
 * its outbox row). It rides along with the next `now` commit, or is committed once `LATER_MAX`
 * pieces wait, or `LATER_MS` after it was asked for, or at `flush()`. Until then it is simply not
 * done yet, which is what a crash right after the writes leaves too; the engine already recovers
 * from that (the temp files are swept, the møde.json is known by its `pushing_sha`, the outbox
 * row stays and the next round finds the files in place).
 *
 * Either way, every commit holds only whole pieces, and each piece runs in its own savepoint:
 * one that throws is undone alone and its caller gets the error, while the others commit. When
 * the commit itself fails, every caller in it gets that error.
 */
export interface CommitStore {
  transaction<T>(fn: () => T): T;
}

export interface GroupCommit {
  now<T>(work: () => T): Promise<T>;
  later(work: () => void): Promise<void>;
  /** Commits whatever waits now; resolves when that is done, never rejects (each piece's own promise tells how it went). */
  flush(): Promise<void>;
  /** How many commits were made and how many pieces they held (for the benchmark's report). */
  readonly stats: { commits: number; pieces: number };
}

interface Piece {
  work: () => unknown;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

export const LATER_MAX = 24;
export const LATER_MS = 100;

export function createGroupCommit(store: CommitStore): GroupCommit {
  let queue: Piece[] = [];
  let immediate: NodeJS.Immediate | null = null;
  let timer: NodeJS.Timeout | null = null;
  const stats = { commits: 0, pieces: 0 };

  function commit() {
    if (immediate) clearImmediate(immediate);
    if (timer) clearTimeout(timer);
    immediate = timer = null;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      store.transaction(() => {
        for (const p of batch) {
          try {
            // A transaction inside a transaction is a savepoint (better-sqlite3).
            outcomes.push({ ok: true, value: store.transaction(p.work) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    stats.commits++;
    stats.pieces += batch.length;
    batch.forEach((p, i) => {
      const o = outcomes[i]!;
      if (o.ok) p.resolve(o.value);
      else p.reject(o.error);
    });
  }

  const add = <T>(work: () => T) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
    });

  return {
    stats,
    now<T>(work: () => T): Promise<T> {
      const done = add(work);
      // After the I/O callbacks of this turn: whatever they ask for goes into the same commit.
      immediate ??= setImmediate(commit);
      return done;
    },
    later(work: () => void): Promise<void> {
      const done = add(work);
      if (queue.length >= LATER_MAX) immediate ??= setImmediate(commit);
      else timer ??= setTimeout(commit, LATER_MS);
      return done;
    },
    flush(): Promise<void> {
      if (queue.length === 0) return Promise.resolve();
      const done = add(() => undefined);
      commit();
      return done.catch(() => undefined);
    },
  };
}
