import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { migrate } from '../../../src-main/core/store/migrate';
import { latestSchemaVersion, migrations } from '../../../src-main/core/store/migrations';
import { createCore } from '../../../src-main/core/createCore';
import { makeTempDir } from '../../support/tempDir';

describe('migration 0003 (templates, agenda as sent) from version 2 with data in it', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('keeps every meeting of version 2 as it was', async () => {
    // The meeting as the current code stores it; its rows are then copied into a version-2 file.
    const text = readFileSync('tests/fixtures/norddjurs-2021-04-15.meeting.json', 'utf8');
    const core = createCore({ dataDir: dir.path, backups: false });
    const { id } = await core.call('meetings.importFile', { fileName: 'n.json', text });
    const exported = (await core.call('meetings.exportFile', { id })).text;
    core.close();

    const dir2 = makeTempDir();
    try {
      const old = new BetterSqlite3(join(dir2.path, 'referent.sqlite'));
      migrate(old, migrations, 2);
      old.close();
      // Fill version 2 through the same tables the import writes (the import does not touch version-3 tables).
      const src = new BetterSqlite3(join(dir.path, 'referent.sqlite'), { readonly: true });
      const dst = new BetterSqlite3(join(dir2.path, 'referent.sqlite'));
      for (const table of ['forums', 'forum_members', 'meetings', 'meeting_people', 'items', 'decisions', 'dissents', 'item_absences', 'round_table', 'actions', 'attachment_files', 'attachments']) {
        const cols = (dst.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
        for (const row of src.prepare(`SELECT ${cols.join(', ')} FROM ${table}`).all() as Record<string, unknown>[]) {
          dst.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
        }
      }
      src.close();
      expect(dst.pragma('user_version', { simple: true })).toBe(2);
      dst.close();

      const upgraded = createCore({ dataDir: dir2.path, backups: false });
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect((await upgraded.call('meetings.exportFile', { id })).text).toBe(exported);
      expect((await upgraded.call('meetings.get', { id })).agendaSent).toBeNull();
      expect((await upgraded.call('templates.list', {})).length).toBe(3);
      upgraded.close();
    } finally {
      dir2.remove();
    }
  });
});
