import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src-main/cli/run';
import { bufferIo } from '../../support/bufferIo';
import { makeTempDir } from '../../support/tempDir';

const norddjurs = join(process.cwd(), 'tests/fixtures/norddjurs-2021-04-15.meeting.json');
const meetingId = '3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13';

describe('referent sync', () => {
  let a: ReturnType<typeof makeTempDir>;
  let b: ReturnType<typeof makeTempDir>;
  let drive: ReturnType<typeof makeTempDir>;
  const cli = async (dataDir: string, ...args: string[]) => {
    const io = bufferIo();
    const code = await run([...args, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  beforeEach(() => {
    [a, b, drive] = [makeTempDir(), makeTempDir(), makeTempDir()];
  });
  afterEach(() => [a, b, drive].forEach((d) => d.remove()));

  it('files a meeting with its PDFs for people, and a second installation picks it up byte for byte', async () => {
    expect((await cli(a.path, 'import', norddjurs)).code).toBe(0);
    const first = await cli(a.path, 'sync', '--folder', drive.path);
    expect(first).toMatchObject({ code: 0, out: 'pushed 1\tpulled 0\tconflicts 0\tfailed 0\n' });

    const dir = join(drive.path, 'Dialogforum for socialt udsatte', '2021', '2021-04-15 Møde i Dialogforum for socialt udsatte');
    expect(readdirSync(dir).sort()).toEqual(['Dagsorden 2021-04-15.pdf', 'Referat 2021-04-15.pdf', 'møde.json']);
    // The fixture is final: its minutes as a real PDF, the meeting's own text inside.
    expect(execFileSync('pdftotext', [join(dir, 'Referat 2021-04-15.pdf'), '-'], { encoding: 'utf8' })).toContain('Dialogforum for socialt udsatte');

    const second = await cli(b.path, 'sync', '--folder', drive.path, '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)).toEqual({ pushed: 0, pulled: 1, conflicts: 0, failed: 0, pending: 0 });
    expect((await cli(b.path, 'show', meetingId, '--json')).out).toBe(readFileSync(join(dir, 'møde.json'), 'utf8'));
    // Nothing changed: nothing written.
    expect((await cli(a.path, 'sync', '--folder', drive.path)).out).toBe('pushed 0\tpulled 0\tconflicts 0\tfailed 0\n');
  }, 60_000);

  it('counts a meeting whose PDFs could not be made as failed, and a round asked for again makes them at once', async () => {
    expect((await cli(a.path, 'import', norddjurs)).code).toBe(0);
    // The core's renderer reads the process's environment (the app's, too).
    const given = process.env.REFERENT_CHROMIUM;
    process.env.REFERENT_CHROMIUM = join(drive.path, 'no-chromium');
    let first: Awaited<ReturnType<typeof cli>>;
    try {
      first = await cli(a.path, 'sync', '--folder', drive.path);
    } finally {
      if (given === undefined) delete process.env.REFERENT_CHROMIUM;
      else process.env.REFERENT_CHROMIUM = given;
    }
    expect(first).toMatchObject({ code: 0, out: 'pushed 0\tpulled 0\tconflicts 0\tfailed 1\n' });
    expect(first.err).toMatch(/^referent: Dagsordenen som PDF kunne ikke laves: REFERENT_CHROMIUM peger på/);
    const dir = join(drive.path, 'Dialogforum for socialt udsatte', '2021', '2021-04-15 Møde i Dialogforum for socialt udsatte');
    expect(readdirSync(dir)).toEqual(['møde.json']);
    // Within the back-off that a background round keeps to: a person's round tries again now.
    const again = await cli(a.path, 'sync', '--folder', drive.path);
    expect(again).toMatchObject({ code: 0, out: 'pushed 1\tpulled 0\tconflicts 0\tfailed 0\n' });
    expect(readdirSync(dir).sort()).toEqual(['Dagsorden 2021-04-15.pdf', 'Referat 2021-04-15.pdf', 'møde.json']);
  }, 60_000);

  it('a møde.json on the drive not saved as UTF-8 is passed over with a warning, not taken in with «�» for æøå', async () => {
    expect((await cli(a.path, 'import', norddjurs)).code).toBe(0);
    expect((await cli(a.path, 'sync', '--folder', drive.path)).code).toBe(0);
    const other = JSON.parse(readFileSync(norddjurs, 'utf8')) as Record<string, unknown>;
    const dir = join(drive.path, 'Ældrerådet', '2022', '2022-01-10 Møde');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'møde.json'), Buffer.from(JSON.stringify({ ...other, id: '0b7a4c1e-5d2f-4a8b-9c3e-1f2a3b4c5d6f', title: 'Ældrerådets møde' }), 'latin1'));
    const r = await cli(b.path, 'sync', '--folder', drive.path);
    expect(r).toMatchObject({ code: 0, out: 'pushed 0\tpulled 1\tconflicts 0\tfailed 0\n' });
    expect(r.err).toMatch(/møde\.json: filen er ikke gemt som UTF-8 \(måske Windows-1252\/ANSI\)/);
    expect((await cli(b.path, 'list')).out.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('says what is wrong when the folder is missing or not given, and changes nothing', async () => {
    const missing = await cli(a.path, 'sync', '--folder', join(drive.path, 'ikke-her'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^referent: Mappen .*ikke-her findes ikke/);
    expect(existsSync(join(drive.path, 'ikke-her'))).toBe(false);

    const usage = await cli(a.path, 'sync');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--folder DIR mangler');
  });

  it('fails with the drive’s problem when the folder it knows has gone away, and catches up when it is back', async () => {
    expect((await cli(a.path, 'import', norddjurs)).code).toBe(0);
    await cli(a.path, 'sync', '--folder', drive.path);
    await cli(a.path, 'import', norddjurs.replace('norddjurs-2021-04-15', 'ringsted-2020-03-10'));
    renameSync(drive.path, `${drive.path}-away`);
    try {
      const away = await cli(a.path, 'sync', '--folder', drive.path);
      expect(away.code).toBe(1);
      expect(away.err).toMatch(/^referent: Drevet er ikke tilgængeligt .*ændringerne kommer på drevet/);
      expect(existsSync(drive.path)).toBe(false);
    } finally {
      renameSync(`${drive.path}-away`, drive.path);
    }
    const back = await cli(a.path, 'sync', '--folder', drive.path);
    expect(back).toMatchObject({ code: 0, out: 'pushed 1\tpulled 0\tconflicts 0\tfailed 0\n' });
  }, 60_000);
});
