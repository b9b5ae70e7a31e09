import type { Database } from 'better-sqlite3';
import { backupDue, takeBackup } from './backups';

/**
 * A backup at start (after the integrity check passed, so a damaged file is never backed up over
 * a good one) and then daily. Runs off the start-up path and never blocks a save for long:
 * SQLite's backup API copies in steps between other work.
 */
export function scheduleBackups(db: Database, dataDir: string, now: () => Date): { stop(): void } {
  let stopped = false;
  const run = () => {
    if (stopped) return;
    takeBackup(db, dataDir, now()).catch((e: unknown) => {
      if (!stopped) console.error('[referent] backup failed', e);
    });
  };
  const first = setTimeout(run, 2000);
  const daily = setInterval(() => backupDue(dataDir, now()) && run(), 60 * 60 * 1000);
  first.unref?.();
  daily.unref?.();
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(daily);
    },
  };
}
