import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { migrate } from '../../../src-main/core/store/migrate';
import { latestSchemaVersion, migrations } from '../../../src-main/core/store/migrations';
import { createCore } from '../../../src-main/core/createCore';
import { makeTempDir } from '../../support/tempDir';

describe('migration 0004 (certificates, signed versions) from a version-3 file', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('adds the signing tables and leaves the meeting as it was', async () => {
    const db = new BetterSqlite3(join(dir.path, 'referent.sqlite'));
    migrate(db, migrations, 3);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
    // Opening the version-3 file runs 0004; the meeting is then imported through the upgraded store.
    const core = createCore({ dataDir: dir.path, backups: false });
    expect(core.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const text = readFileSync('tests/fixtures/norddjurs-2021-04-15.meeting.json', 'utf8');
    const { id } = await core.call('meetings.importFile', { fileName: 'n.json', text });
    expect(await core.call('signing.listCertificates', {})).toEqual([]);
    expect(await core.call('signing.versions', { meetingId: id })).toEqual([]);
    const cols = (t: string) => (core.db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('certificates')).toContain('passphrase_saved');
    expect(cols('signed_versions')).toEqual(['id', 'meeting_id', 'revision', 'sha256', 'signatures', 'signer', 'signed_at', 'superseded_at']);
    core.db.prepare("INSERT INTO signed_versions VALUES ('v', ?, 1, 'abc', 1, 'X', '2026-01-01', NULL)").run(id);
    await core.call('meetings.delete', { id });
    expect(core.db.prepare('SELECT count(*) AS n FROM signed_versions').get()).toEqual({ n: 0 });
    core.close();
  });
});
