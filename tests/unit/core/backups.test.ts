import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../src-main/core/createCore';
import { backupDue, listBackups, restoreBackup, takeBackup } from '../../../src-main/core/store/backups';
import { makeTempDir } from '../../support/tempDir';

describe('backups and a damaged database', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('takes a consistent backup with SQLite’s backup API, keeping one a day for 7 days', async () => {
    const core = createCore({ dataDir: dir.path, backups: false });
    await core.call('forums.create', { name: 'Handicaprådet' });
    for (let day = 1; day <= 9; day++) {
      await takeBackup(core.db, dir.path, new Date(`2026-11-${String(day).padStart(2, '0')}T08:00:00Z`));
      await takeBackup(core.db, dir.path, new Date(`2026-11-${String(day).padStart(2, '0')}T15:00:00Z`));
    }
    core.close();
    const backups = listBackups(dir.path);
    expect(backups.map((b) => b.takenAt)).toEqual(
      [9, 8, 7, 6, 5, 4, 3].map((d) => `2026-11-${String(d).padStart(2, '0')}T15:00:00.000Z`),
    );
    const copy = new BetterSqlite3(backups[0]!.file, { readonly: true });
    expect(copy.prepare('SELECT name FROM forums').all()).toEqual([{ name: 'Handicaprådet' }]);
    copy.close();
    expect(backupDue(dir.path, new Date('2026-11-09T20:00:00Z'))).toBe(false);
    expect(backupDue(dir.path, new Date('2026-11-10T15:00:01Z'))).toBe(true);
  });

  it('refuses a damaged database with a message that offers the way out, and restores the last good backup', async () => {
    const core = createCore({ dataDir: dir.path, backups: false });
    await core.call('forums.create', { name: 'Handicaprådet' });
    await takeBackup(core.db, dir.path, new Date('2026-11-20T10:00:00Z'));
    await core.call('forums.create', { name: 'Udsatterådet' });
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    core.close();

    // Damage a page in the middle of the file (not the header, so SQLite still opens it).
    const file = join(dir.path, 'referent.sqlite');
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize + 8; i < 3 * pageSize; i++) bytes[i] = 0x5a;
    writeFileSync(file, bytes);

    expect(() => createCore({ dataDir: dir.path, backups: false })).toThrow(/beskadiget.*Gendan den seneste sikkerhedskopi.*skrivebeskyttet/);

    const kept = restoreBackup(dir.path, listBackups(dir.path)[0]!.file, new Date('2026-11-21T09:00:00Z'));
    expect(existsSync(kept)).toBe(true);
    const restored = createCore({ dataDir: dir.path, backups: false });
    expect((await restored.call('forums.list', {})).map((f) => f.name)).toEqual(['Handicaprådet']);
    restored.close();
  });

  it('a read-only open refuses edits with a clear message', async () => {
    const core = createCore({ dataDir: dir.path, backups: false });
    await core.call('forums.create', { name: 'Handicaprådet' });
    core.close();
    const ro = createCore({ dataDir: dir.path, readonly: true });
    expect((await ro.call('forums.list', {})).length).toBe(1);
    expect(await ro.invoke('forums.create', { name: 'Nyt' })).toMatchObject({ ok: false, error: { code: 'database-error', message: expect.stringMatching(/skrivebeskyttet/) } });
    ro.close();
  });
});
