/**
 * Migration 0008 (unknown keys in absences, round-table entries, dissents and votes) on a
 * version-7 file holding a real meeting: the meeting reads back byte for byte, and after it a
 * meeting file with such keys keeps them.
 */
import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/core/createCore';
import { migrate } from '../../../src-main/core/store/migrate';
import { latestSchemaVersion, migrations } from '../../../src-main/core/store/migrations';
import { makeTempDir } from '../../support/tempDir';

describe('migration 0008 from a version-7 file', () => {
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

  it('keeps the meetings of version 7 as they were, and then keeps unknown keys in every part of an item', async () => {
    const text = readFileSync('tests/fixtures/ringsted-2020-03-10.meeting.json', 'utf8');
    const source = createCore({ dataDir: full.path, backups: false });
    const { id } = await source.call('meetings.importFile', { fileName: 'r.json', text });
    const exported = (await source.call('meetings.exportFile', { id })).text;
    source.close();

    // The same rows in a file at version 7 (only the columns version 7 has).
    const dbFile = join(old.path, 'referent.sqlite');
    const v7 = new BetterSqlite3(dbFile);
    migrate(v7, migrations, 7);
    const src = new BetterSqlite3(join(full.path, 'referent.sqlite'), { readonly: true });
    const tables = (src.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    v7.pragma('foreign_keys = OFF');
    for (const table of tables) {
      const cols = (v7.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      if (cols.length === 0) continue;
      v7.prepare(`DELETE FROM ${table}`).run();
      for (const row of src.prepare(`SELECT ${cols.join(', ')} FROM ${table}`).all() as Record<string, unknown>[]) {
        v7.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
      }
    }
    src.close();
    expect(v7.pragma('user_version', { simple: true })).toBe(7);
    expect((v7.prepare('PRAGMA table_info(round_table)').all() as { name: string }[]).some((c) => c.name === 'extra')).toBe(false);
    v7.close();

    const upgraded = createCore({ dataDir: old.path, backups: false });
    try {
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      expect((await upgraded.call('meetings.exportFile', { id })).text).toBe(exported);

      // A file from another program, with keys of its own in the parts 0002 had no room for.
      const file = JSON.parse(text) as { revision?: number; items: Array<Record<string, unknown>> };
      file.revision = 99;
      const item = file.items.find((i) => Array.isArray(i.roundTable) && (i.roundTable as unknown[]).length > 0)!;
      const [first, second] = (item.roundTable as Array<Record<string, unknown>>).slice(0, 2) as [Record<string, unknown>, Record<string, unknown>];
      first['x-kommune'] = { sagsid: 17 };
      item.absent = [{ personId: second.personId, reason: 'inhabil', 'x-kommune': 'A1' }];
      item.decision = { outcome: 'approved', votes: { for: 5, against: 1, abstain: 0, 'x-optalt-af': 'formanden' }, dissent: [{ personIds: [first.personId], text: 'Imod.', 'x-protokol': true }] };
      await upgraded.call('meetings.importFile', { fileName: 'r2.json', text: JSON.stringify(file) });
      const back = JSON.parse((await upgraded.call('meetings.exportFile', { id })).text) as typeof file;
      const again = back.items.find((i) => i.id === item.id)!;
      expect((again.roundTable as Array<Record<string, unknown>>)[0]!['x-kommune']).toEqual({ sagsid: 17 });
      expect((again.absent as Array<Record<string, unknown>>)[0]!['x-kommune']).toBe('A1');
      const decision = again.decision as { votes: Record<string, unknown>; dissent: Array<Record<string, unknown>> };
      expect(decision.votes).toEqual({ for: 5, against: 1, abstain: 0, 'x-optalt-af': 'formanden' });
      expect(decision.dissent[0]!['x-protokol']).toBe(true);
    } finally {
      upgraded.close();
    }
  });
});
