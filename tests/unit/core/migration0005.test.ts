/**
 * Migrations 0005 (sync), 0006 (forum logos) and 0007 (forum words) on a version-4 file holding a
 * real meeting: the meeting reads back byte for byte, every meeting already there waits in the
 * outbox (the first sync sends it), and the outbox triggers follow each later change.
 */
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/createCore';
import { migrate } from '../../../src-main/core/store/migrate';
import { latestSchemaVersion, migrations } from '../../../src-main/core/store/migrations';
import { makeTempDir } from '../../support/tempDir';

describe('migrations 0005–0007 from a version-4 file', () => {
  let full: ReturnType<typeof makeTempDir>;
  let old: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    full = makeTempDir();
    old = makeTempDir();
  });
  afterEach(() => {
    full.remove();
    old.remove();
  });

  it('keeps the meeting, queues it for the first sync, and queues each later change', async () => {
    // A meeting stored by today's store, copied table by table into a file at version 4.
    const source = createCore({ dataDir: full.path, backups: false });
    const { id } = await source.call('meetings.importFile', { fileName: 'n.json', text: readFileSync('tests/fixtures/norddjurs-2021-04-15.meeting.json', 'utf8') });
    const before = (await source.call('meetings.exportFile', { id })).text;
    source.close();

    const db = new BetterSqlite3(join(old.path, 'referent.sqlite'));
    migrate(db, migrations, 4);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    db.exec(`ATTACH '${join(full.path, 'referent.sqlite')}' AS v; PRAGMA foreign_keys = OFF;`);
    // Only the columns version 4 has: later migrations add columns to these tables.
    for (const t of tables) {
      const cols = (db.prepare(`PRAGMA main.table_info(${t})`).all() as { name: string }[]).map((c) => c.name).join(', ');
      db.exec(`INSERT INTO main.${t} (${cols}) SELECT ${cols} FROM v.${t}`);
    }
    db.exec('DETACH v');
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    db.close();

    const core = createCore({ dataDir: old.path, backups: false });
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect((await core.call('meetings.exportFile', { id })).text).toBe(before);
      const outbox = () => core.db.prepare('SELECT meeting_id, revision FROM sync_outbox').all();
      expect(outbox()).toEqual([{ meeting_id: id, revision: 1 }]);
      expect(core.services.sync.status()).toMatchObject({ folder: null, pending: 0, conflicts: 0 });

      core.db.prepare('DELETE FROM sync_outbox').run();
      const { revision } = await core.call('meetings.updateHeader', { meetingId: id, patch: { location: 'Rådhuset' } });
      expect(outbox()).toEqual([{ meeting_id: id, revision }]);
      const forumId = (await core.call('meetings.get', { id })).forumId;
      expect(await core.call('forums.logo', { forumId })).toEqual({ logo: null });
      expect(await core.call('forums.addWord', { forumId, word: 'udsattepolitikken' })).toEqual({ words: ['udsattepolitikken'] });
      const installation = core.db.prepare('SELECT installation_id FROM sync_settings').get() as { installation_id: string };
      expect(installation.installation_id).toMatch(/^[0-9a-f]{16}$/);
    } finally {
      core.close();
    }
  });
});
