import { createCore, type Core } from '../../src-main/core/createCore';
import { makeTempDir } from './tempDir';

/** A real core on a real SQLite file in a fresh temp folder; `dispose()` closes and deletes it. */
export function openTestCore(now?: () => Date): { core: Core; dataDir: string; reopen(): Core; dispose(): void } {
  const dir = makeTempDir();
  let core = createCore({ dataDir: dir.path, backups: false, now });
  return {
    get core() {
      return core;
    },
    dataDir: dir.path,
    reopen() {
      core.close();
      core = createCore({ dataDir: dir.path, backups: false, now });
      return core;
    },
    dispose() {
      core.close();
      dir.remove();
    },
  };
}

/** Counts rows of every meeting table: "the database content unchanged" in one value. */
export function rowCounts(core: Core): Record<string, number> {
  const tables = ['forums', 'forum_members', 'meetings', 'meeting_people', 'items', 'decisions', 'dissents', 'item_absences', 'round_table', 'actions', 'attachments', 'attachment_files'];
  return Object.fromEntries(tables.map((t) => [t, (core.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}
