/**
 * Migration 0010 (an item's absences keyed by person and reason) on a version-9 file holding a
 * real meeting with an absence: the meeting reads back byte for byte, and after it one person can
 * be absent twice in an item (came later, left early), from a meeting file and through the API.
 */
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/createCore';
import { migrate } from '../../../src-main/core/store/migrate';
import { latestSchemaVersion, migrations } from '../../../src-main/core/store/migrations';
import { makeTempDir } from '../../support/tempDir';

type Json = { revision?: number; people: Array<{ id: string }>; items: Array<Record<string, unknown>> };

describe('migration 0010 from a version-9 file', () => {
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

  it('keeps the absences of version 9, then takes two absences of one person in one item', async () => {
    const file = JSON.parse(readFileSync('tests/fixtures/ringsted-2020-03-10.meeting.json', 'utf8')) as Json;
    const [p0, p1] = file.people;
    file.items[1]!.absent = [{ personId: p0!.id, reason: 'inhabil', note: 'part i sagen' }, { personId: p1!.id, reason: 'left' }];
    const source = createCore({ dataDir: full.path, backups: false });
    const { id } = await source.call('meetings.importFile', { fileName: 'r.json', text: JSON.stringify(file) });
    const exported = (await source.call('meetings.exportFile', { id })).text;
    source.close();

    // The same rows in a file at version 9.
    const v9 = new BetterSqlite3(join(old.path, 'referent.sqlite'));
    migrate(v9, migrations, 9);
    const src = new BetterSqlite3(join(full.path, 'referent.sqlite'), { readonly: true });
    const tables = (src.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%'").all() as { name: string }[]).map((t) => t.name);
    v9.pragma('foreign_keys = OFF');
    for (const table of tables) {
      const cols = (v9.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      if (cols.length === 0) continue;
      v9.prepare(`DELETE FROM ${table}`).run();
      for (const row of src.prepare(`SELECT ${cols.join(', ')} FROM ${table}`).all() as Record<string, unknown>[]) {
        v9.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
      }
    }
    src.close();
    expect(v9.pragma('user_version', { simple: true })).toBe(9);
    expect(v9.prepare('SELECT count(*) AS n FROM item_absences').get()).toEqual({ n: 2 });
    v9.close();

    const upgraded = createCore({ dataDir: old.path, backups: false });
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect((await upgraded.call('meetings.exportFile', { id })).text).toBe(exported);

      file.revision = 99;
      file.items[1]!.absent = [
        { personId: p0!.id, reason: 'arrived-later', note: 'kom kl. 17' },
        { personId: p0!.id, reason: 'left', note: 'gik kl. 18' },
      ];
      expect((await upgraded.call('meetings.importFile', { fileName: 'r2.json', text: JSON.stringify(file) })).action).toBe('updated');
      const back = JSON.parse((await upgraded.call('meetings.exportFile', { id })).text) as Json;
      expect(back.items[1]!.absent).toEqual(file.items[1]!.absent);

      const itemId = back.items[1]!.id as string;
      await upgraded.call('absences.set', { meetingId: id, itemId, personId: p0!.id, reason: 'inhabil' });
      expect((await upgraded.call('meetings.get', { id })).items[1]!.absent.map((a) => a.reason)).toEqual(['arrived-later', 'left', 'inhabil']);
    } finally {
      upgraded.close();
    }
  });
});
