/**
 * The real `referent` process on a PDF command: Chromium is started before the rest of the CLI
 * loads (main.ts), the PDF is written, and the process ends with no Chromium left behind, also
 * when the command fails before it printed anything.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/tempDir';
import { fixturePath } from '../export/support/exportFixtures';
import { pdfInfo } from '../export/support/poppler';

const cli = (args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['src-main/cli/main.ts', ...args, '--data-dir', join(dir.path, 'data')], { encoding: 'utf8', timeout: 60_000 });
const profiles = () => readdirSync(tmpdir()).filter((n) => n.startsWith('referent-chromium-'));
/** Chromium processes with a profile of ours that was not there before. */
const newChromiums = (before: Set<string>) =>
  execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => /referent-chromium-\w+/.exec(l)?.[0])
    .filter((p): p is string => !!p && !before.has(p)).length;

let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  dir = makeTempDir('referent-cli-process-');
  expect(cli(['import', fixturePath('norddjurs-2021-04-15.meeting.json')]).status).toBe(0);
});
afterAll(() => dir.remove());

describe('referent export --format pdf (the process)', () => {
  it('works the same from the installed bin: out/cli/referent.cjs starting Chromium, then the rest of the CLI bundled apart', () => {
    execFileSync(process.execPath, ['scripts/buildMain.mjs'], { stdio: 'pipe' });
    const out = join(dir.path, 'bin.pdf');
    const r = spawnSync(process.execPath, ['out/cli/referent.cjs', 'export', '3f6c9a1e', '--format', 'pdf', '--out', out, '--data-dir', join(dir.path, 'data')], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${out}\n`);
    expect(pdfInfo(out)).toMatchObject({ Tagged: 'yes' });
  }, 90_000);

  it('writes the PDF, prints its path, and leaves no Chromium or profile behind', () => {
    const before = new Set(profiles());
    const out = join(dir.path, 'referat.pdf');
    const r = cli(['export', '3f6c9a1e', '--format', 'pdf', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${out}\n`);
    expect(r.status).toBe(0);
    expect(pdfInfo(out)).toMatchObject({ Tagged: 'yes' });
    expect(profiles().filter((p) => !before.has(p))).toEqual([]);
    expect(newChromiums(before)).toBe(0);
  }, 60_000);

  it('ends at once with one line when the meeting is unknown, closing the Chromium it had started', () => {
    const before = new Set(profiles());
    const t0 = Date.now();
    const r = cli(['export', 'ffffffff', '--format', 'pdf', '--out', join(dir.path, 'x.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('ffffffff');
    expect(Date.now() - t0).toBeLessThan(30_000); // not hanging on a browser nobody closed
    expect(profiles().filter((p) => !before.has(p))).toEqual([]);
    expect(newChromiums(before)).toBe(0);
  }, 60_000);
});
