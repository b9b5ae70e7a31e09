/**
 * Issue 3's store benchmark: a field patch through the core's boundary (validate, transaction,
 * revision bump) to a committed transaction, next to the floor: the same UPDATE as raw
 * better-sqlite3 on the same pragmas, in the same run. And importing 1,000 meeting files next to
 * raw inserts of the same rows.
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../src-main/core/createCore';
import { generateMeeting } from '../support/generateMeeting';
import { makeTempDir } from '../support/tempDir';
import { report, summarise } from './stats';

const patches = Number(process.env.BENCH_PATCHES ?? 10_000);
const imports = Number(process.env.BENCH_IMPORTS ?? 1_000);

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export async function storeBench(): Promise<void> {
  const dir = makeTempDir('referent-bench-');
  try {
    // --- patch path ---
    const core = createCore({ dataDir: join(dir.path, 'core'), backups: false });
    const file = JSON.stringify(generateMeeting({ items: 60 }));
    const { id } = core.services.meetings.importFile({ fileName: 'bench.json', text: file });
    const itemId = 'i30';
    const coreTimes: number[] = [];
    let text = 'Referatet af punkt 30 skrives mens mødet kører.';
    for (let i = 0; i < patches; i++) {
      text += i % 50 === 0 ? ' ' : 'a';
      const t0 = performance.now();
      const answer = await core.invoke('items.updateField', { meetingId: id, itemId, patch: { field: 'notes', value: para(text) } });
      coreTimes.push(performance.now() - t0);
      if (!answer.ok) throw new Error(answer.error.message);
    }
    core.close();

    const raw = new BetterSqlite3(join(dir.path, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.exec('CREATE TABLE items (meeting_id TEXT, id TEXT, notes TEXT, PRIMARY KEY (meeting_id, id)) WITHOUT ROWID; CREATE TABLE meetings (id TEXT PRIMARY KEY, revision INTEGER)');
    raw.prepare('INSERT INTO meetings VALUES (?, 1)').run(id);
    for (let i = 1; i <= 60; i++) raw.prepare('INSERT INTO items VALUES (?, ?, ?)').run(id, `i${i}`, '');
    const upd = raw.prepare('UPDATE items SET notes = ? WHERE meeting_id = ? AND id = ?');
    const bump = raw.prepare('UPDATE meetings SET revision = revision + 1 WHERE id = ?');
    const tx = raw.transaction((t: string) => {
      upd.run(t, id, itemId);
      bump.run(id);
    });
    const rawTimes: number[] = [];
    text = 'Referatet af punkt 30 skrives mens mødet kører.';
    for (let i = 0; i < patches; i++) {
      text += i % 50 === 0 ? ' ' : 'a';
      const t0 = performance.now();
      tx(JSON.stringify(para(text)));
      rawTimes.push(performance.now() - t0);
    }
    raw.close();

    const coreS = summarise(coreTimes);
    const rawS = summarise(rawTimes);
    report('store-patch', {
      patches,
      unit: 'ms',
      core: coreS,
      floor: rawS,
      ratio: { p50: +(coreS.p50 / rawS.p50).toFixed(2), p95: +(coreS.p95 / rawS.p95).toFixed(2), p99: +(coreS.p99 / rawS.p99).toFixed(2) },
      mainThreadBlockedPerSave: { p99: coreS.p99, note: 'the patch runs synchronously in the process that owns the database' },
      targets: { p99: '≤ 5 ms', ratio: '≤ 3× floor', blocked: '≤ 2 ms' },
    });

    // --- import path ---
    const files = Array.from({ length: imports }, (_, i) =>
      JSON.stringify(generateMeeting({ items: 8, paragraphsPerField: 1, seed: i + 10, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` })),
    );
    const core2 = createCore({ dataDir: join(dir.path, 'import'), backups: false });
    const t0 = performance.now();
    for (const [i, f] of files.entries()) core2.services.meetings.importFile({ fileName: `m${i}.json`, text: f });
    const importMs = performance.now() - t0;
    const rows = core2.db.prepare('SELECT count(*) AS n FROM items').get() as { n: number };
    core2.close();

    // Floor: the same number of meetings and items inserted raw, one transaction per meeting.
    const raw2 = new BetterSqlite3(join(dir.path, 'raw2.sqlite'));
    raw2.pragma('journal_mode = WAL');
    raw2.pragma('synchronous = FULL');
    raw2.exec('CREATE TABLE meetings (id TEXT PRIMARY KEY, body TEXT); CREATE TABLE items (meeting_id TEXT, id TEXT, title TEXT, description TEXT, notes TEXT, PRIMARY KEY (meeting_id, id)) WITHOUT ROWID');
    const insM = raw2.prepare('INSERT INTO meetings VALUES (?, ?)');
    const insI = raw2.prepare('INSERT INTO items VALUES (?, ?, ?, ?, ?)');
    const t1 = performance.now();
    for (const f of files) {
      const m = JSON.parse(f) as { id: string; items: { id: string; title: string; description: string; notes: string }[] };
      raw2.transaction(() => {
        insM.run(m.id, f);
        for (const it of m.items) insI.run(m.id, it.id, it.title, it.description, it.notes);
      })();
    }
    const floorMs = performance.now() - t1;
    raw2.close();
    report('store-import', {
      files: imports,
      itemsStored: rows.n,
      unit: 'ms',
      coreTotal: Math.round(importMs),
      corePerFile: +(importMs / imports).toFixed(3),
      floorTotal: Math.round(floorMs),
      ratio: +(importMs / floorMs).toFixed(2),
      note: 'core = parse + validate every field + Markdown → ProseMirror + all tables; floor = raw inserts of the same rows',
    });
  } finally {
    dir.remove();
  }
}
