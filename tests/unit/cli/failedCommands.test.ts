/**
 * What a command that fails leaves and says: one line, the right exit status, and the data folder
 * as it was (cli.md, Global).
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src-main/cli/run';
import { sqliteProblem } from '../../../src-main/cli/sqliteProblem';
import { bufferIo } from '../../support/bufferIo';
import { makeTempDir } from '../../support/tempDir';

const norddjurs = join(process.cwd(), 'tests/fixtures/norddjurs-2021-04-15.meeting.json');

describe('a failed command', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  const cli = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const io = bufferIo(env);
    const code = await run([...args, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  const status = async () => (await cli(['list'])).out.trim().split('\t').at(-1);
  beforeEach(async () => {
    dir = makeTempDir('referent-cli-failed-');
    dataDir = join(dir.path, 'data');
    expect((await cli(['import', norddjurs])).code).toBe(0);
  });
  afterEach(() => dir.remove());

  it('sign with an --out that cannot be written: refused before signing, the meeting not locked', async () => {
    const p12 = join(dir.path, 'cert.p12');
    writeFileSync(p12, 'not opened: the output is checked first');
    for (const out of [join(dir.path, 'missing', 'signed.pdf'), dir.path]) {
      const r = await cli(['sign', '3f6c', '--p12', p12, '--out', out], { REFERENT_P12_PASSPHRASE: 'x' });
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^referent: kan ikke skrive .*(findes ikke; opret den|er en mappe, ikke en fil)/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(await status()).toBe('final');
    }
  });

  it('export to a folder that does not exist is refused before anything is rendered', async () => {
    const r = await cli(['export', '3f6c', '--format', 'pdf', '--out', join(dir.path, 'missing', 'x.pdf')], { REFERENT_CHROMIUM: '/nonexistent' });
    // The output is checked before Chromium is looked for: the message is about the folder.
    expect(r).toMatchObject({ code: 1 });
    expect(r.err).toMatch(/^referent: kan ikke skrive .*mappen .*missing findes ikke/);
  });

  it('REFERENT_CHROMIUM naming a folder: one line, exit 1, nothing written', async () => {
    const out = join(dir.path, 'x.pdf');
    const r = await cli(['export', '3f6c', '--format', 'pdf', '--out', out], { REFERENT_CHROMIUM: dir.path });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^referent: .*REFERENT_CHROMIUM peger på .*, men der er ingen Chromium dér/);
    expect(existsSync(out)).toBe(false);
  });

  it('an option whose value is missing before the next option: one Danish line, exit 2', async () => {
    const r = await cli(['export', '3f6c', '--out', '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^referent: --out mangler en værdi .*Brug: referent export /);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('dates that are not in the calendar are usage errors in search, as in new', async () => {
    for (const args of [['search', 'udsatte', '--from', '2021-13-45'], ['search', 'udsatte', '--to', '2021-02-30']]) {
      const r = await cli(args);
      expect(r).toMatchObject({ code: 2, err: expect.stringMatching(/^referent: --(from|to) \S+ findes ikke i kalenderen\.\n$/) });
    }
  });

  it('a meeting file not saved as UTF-8 is refused, saying so, instead of stored with «�» for æ, ø, å', async () => {
    // A newer revision, so that the UTF-8 file below is taken over the meeting already here.
    const text = readFileSync(norddjurs, 'utf8').replace('"title": "', '"title": "Ældrerådets møde – ').replace('"revision": 1,', '"revision": 9,');
    const latin1 = join(dir.path, 'ansi.json');
    writeFileSync(latin1, Buffer.from(text.replace(/–/g, '-'), 'latin1'));
    const utf16 = join(dir.path, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const before = (await cli(['list'])).out;
    for (const [file, what] of [[latin1, 'måske Windows-1252'], [utf16, 'den er UTF-16']] as const) {
      const r = await cli(['import', file]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`filen er ikke gemt som UTF-8 (${what}`);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect((await cli(['list'])).out).toBe(before);
    // The same text in UTF-8 (with a byte order mark, as Notepad writes it) imports.
    const utf8 = join(dir.path, 'utf8.json');
    writeFileSync(utf8, `\uFEFF${text}`);
    expect(await cli(['import', utf8])).toMatchObject({ code: 0, out: expect.stringContaining('Ældrerådets møde – '), err: '' });
    expect((await cli(['list'])).out).toContain('Ældrerådets møde – ');
  });

  it('a database that cannot be written is said in Danish with what to do', () => {
    const file = join(dir.path, 'ro.sqlite');
    new Database(file).exec('CREATE TABLE t (x)').close();
    const db = new Database(file, { readonly: true });
    let error: unknown;
    try {
      db.exec('INSERT INTO t VALUES (1)');
    } catch (e) {
      error = e;
    } finally {
      db.close();
    }
    expect(sqliteProblem(error)).toMatch(/^datamappens database kan ikke skrives .*Få skriveadgang til datamappen/);
    expect(sqliteProblem(new Error('something else'))).toBeNull();
  });
});
