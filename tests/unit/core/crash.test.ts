import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'esbuild';
import { createCore } from '../../../src-main/core/createCore';
import { makeTempDir } from '../../support/tempDir';

const runs = 25;
const bundle = join(process.cwd(), 'node_modules', '.cache', 'referent-test', 'crashChild.cjs');

describe(`crash safety (${runs} runs of SIGKILL during autosave)`, () => {
  beforeAll(async () => {
    // Bundled once (our code only; packages load from node_modules) so each child starts fast,
    // with no TypeScript loader in the child.
    mkdirSync(join(bundle, '..'), { recursive: true });
    await build({ entryPoints: ['tests/support/crashChild.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, packages: 'external', logLevel: 'silent' });
  });
  const dir = makeTempDir('referent-crash-');
  afterAll(() => dir.remove());

  for (let run = 1; run <= runs; run++) {
    it(`run ${run}: every acknowledged revision survives and the file is intact`, { timeout: 120_000 }, async () => {
      const dataDir = join(dir.path, `run-${run}`);
      const core = createCore({ dataDir, backups: false });
      const forum = await core.call('forums.create', { name: 'Handicaprådet' });
      const meeting = await core.call('meetings.create', { forumId: forum.id, title: 'Møde', date: '2026-11-23' });
      const item = await core.call('items.add', { meetingId: meeting.id, title: 'Referat' });
      core.close();

      const logFile = join(dataDir, 'acks.log');
      const child = spawn(process.execPath, [bundle, dataDir, meeting.id, item.itemId, logFile], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      // A liveness wait, not a speed check: a loaded machine may take a while to start a process.
      await waitFor(() => existsSync(logFile) && readFileSync(logFile, 'utf8').startsWith('ready'), 60_000);
      await new Promise((r) => setTimeout(r, 30 + Math.random() * 250));
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      expect(stderr).toBe('');

      // The log's last complete line is the newest acknowledged save.
      const lines = readFileSync(logFile, 'utf8').split('\n').slice(1);
      const complete = lines.slice(0, -1).filter((l) => /^\d+ \d+$/.test(l));
      expect(complete.length).toBeGreaterThan(0);
      const [ackedRevision, ackedN] = complete.at(-1)!.split(' ').map(Number) as [number, number];

      const db = new BetterSqlite3(join(dataDir, 'referent.sqlite'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const row = db.prepare('SELECT m.revision, i.notes FROM meetings m JOIN items i ON i.meeting_id = m.id WHERE m.id = ?').get(meeting.id) as { revision: number; notes: string };
        expect(row.revision).toBeGreaterThanOrEqual(ackedRevision);
        // The stored text is the acknowledged one, or one save newer (committed, killed before logging).
        const storedN = Number(/nummer (\d+)/.exec(row.notes)![1]);
        expect([ackedN, ackedN + 1]).toContain(storedN);
        expect(row.revision - ackedRevision).toBe(storedN - ackedN);
      } finally {
        db.close();
      }
    });
  }
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('child did not start in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
