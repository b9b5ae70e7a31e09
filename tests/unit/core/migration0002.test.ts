import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { migrate } from '../../../src-main/core/store/migrate';
import { latestSchemaVersion, migrations } from '../../../src-main/core/store/migrations';
import { createCore } from '../../../src-main/core/createCore';
import { makeTempDir } from '../../support/tempDir';

describe('migration 0002 (meetings) from version 1 with data in it', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('keeps the forums of version 1 and adds the meeting tables', async () => {
    const file = join(dir.path, 'referent.sqlite');
    const v1 = new BetterSqlite3(file);
    expect(migrate(v1, migrations, 1)).toBe(1);
    v1.prepare("INSERT INTO forums (id, name, organisation, short_name, created_at) VALUES ('f1', 'Handicaprådet', 'Ringsted Kommune', NULL, '2026-01-01T00:00:00Z')").run();
    v1.prepare("INSERT INTO settings (key, value) VALUES ('language', 'da')").run();
    v1.close();

    const core = createCore({ dataDir: dir.path, backups: false });
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect(await core.call('forums.list', {})).toEqual([
        { id: 'f1', name: 'Handicaprådet', organisation: 'Ringsted Kommune', shortName: null, createdAt: '2026-01-01T00:00:00Z' },
      ]);
      expect(core.db.prepare('SELECT value FROM settings WHERE key = ?').get('language')).toEqual({ value: 'da' });
      // the new tables work against the old forum
      const meeting = await core.call('meetings.create', { forumId: 'f1', title: 'Første møde', date: '2026-02-01' });
      expect(meeting.forum.name).toBe('Handicaprådet');
    } finally {
      core.close();
    }
  });
});
