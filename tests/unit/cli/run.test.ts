import { describe, expect, it } from 'vitest';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { run } from '../../../src-main/cli/run';
import { defaultDataDir } from '../../../src-main/cli/defaultDataDir';
import { bufferIo } from '../../support/bufferIo';
import pkg from '../../../package.json' with { type: 'json' };
import { makeTempDir } from '../../support/tempDir';

describe('referent (in process)', () => {
  it('prints its version', async () => {
    const io = bufferIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.stdout).toBe(`referent ${pkg.version}\n`);
  });

  it('prints help', async () => {
    const io = bufferIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/^Brug: referent <kommando>/);
    expect(io.stdout).toContain('--data-dir');
  });

  it('refuses an unknown command with one line and exit 2', async () => {
    const io = bufferIo();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.stderr).toBe('referent: ukendt kommando «frobnicate». Skriv «referent --help» for at se kommandoerne.\n');
    expect(io.stdout).toBe('');
  });
});

describe('global options before the command', () => {
  const withData = async (argv: (dir: string) => string[], env: NodeJS.ProcessEnv = {}) => {
    const dir = makeTempDir();
    try {
      const io = bufferIo(env);
      const code = await run(argv(dir.path), io);
      return { code, out: io.stdout, err: io.stderr, dir: dir.path, exists: existsSync(join(dir.path, 'data')) };
    } finally {
      dir.remove();
    }
  };

  it('takes `--data-dir DIR` before the command as the data folder, not as the command', async () => {
    const r = await withData((d) => ['--data-dir', join(d, 'data'), 'list']);
    expect(r).toMatchObject({ code: 0, err: '', out: '', exists: true });
  });

  it('takes `--data-dir=DIR` before the command', async () => {
    const r = await withData((d) => [`--data-dir=${join(d, 'data')}`, 'list', '--json']);
    expect(r).toMatchObject({ code: 0, err: '', exists: true });
  });

  it('takes a command option given before the command', async () => {
    const r = await withData((d) => ['--json', '--data-dir', join(d, 'data'), 'templates']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').every((l) => typeof (JSON.parse(l) as { name: string }).name === 'string')).toBe(true);
  });

  it('takes REFERENT_DATA_DIR, and an empty one as unset (not the working directory)', async () => {
    const dir = makeTempDir();
    try {
      const io = bufferIo({ REFERENT_DATA_DIR: join(dir.path, 'env-data') });
      expect(await run(['list'], io)).toBe(0);
      expect(existsSync(join(dir.path, 'env-data', 'referent.sqlite'))).toBe(true);
      const empty = bufferIo({ REFERENT_DATA_DIR: '', XDG_CONFIG_HOME: join(dir.path, 'config') });
      empty.cwd = dir.path;
      expect(await run(['list'], empty)).toBe(0);
      expect(existsSync(join(dir.path, 'referent.sqlite'))).toBe(false);
      expect(existsSync(join(dir.path, 'config', 'Referent', 'referent.sqlite'))).toBe(process.platform === 'linux');
      const blank = bufferIo();
      expect(await run(['list', '--data-dir', ''], blank)).toBe(2);
      expect(blank.stderr).toBe('referent: --data-dir mangler en mappe.\n');
    } finally {
      dir.remove();
    }
  });

  it('passes the positionals after the command on (show ID)', async () => {
    const r = await withData((d) => ['--data-dir', join(d, 'data'), 'show', 'abcd1234']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('intet møde med id «abcd1234»');
  });

  it('without a command says one is missing, exit 2', async () => {
    const r = await withData((d) => ['--data-dir', join(d, 'data')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^referent: mangler en kommando/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('an option the command does not know is a usage error', async () => {
    const r = await withData((d) => ['--data-dir', join(d, 'data'), '--forum', 'X', 'list']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('referent: ukendt tilvalg --forum. Brug: referent list [--json]\n');
  });

  it('a data folder that is a file, or a database that is not one, is one line without the debug hint', async () => {
    const dir = makeTempDir();
    try {
      const file = join(dir.path, 'fil');
      writeFileSync(file, 'x');
      const io = bufferIo();
      expect(await run(['list', '--data-dir', file], io)).toBe(1);
      expect(io.stderr).toBe(`referent: datamappen ${file} er en fil, ikke en mappe. Angiv en mappe med --data-dir DIR.\n`);
      const broken = join(dir.path, 'data');
      mkdirSync(broken);
      writeFileSync(join(broken, 'referent.sqlite'), 'ikke en database');
      const io2 = bufferIo();
      expect(await run(['list', '--data-dir', broken], io2)).toBe(1);
      expect(io2.stderr.trim().split('\n')).toHaveLength(1);
      expect(io2.stderr).not.toMatch(/REFERENT_DEBUG|\.\./);
    } finally {
      dir.remove();
    }
  });

  it('says in Danish that an option lacks its value or takes none', async () => {
    const missing = await withData((d) => ['--data-dir', join(d, 'data'), 'export', 'abcd', '--format']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^referent: --format mangler en værdi\. Brug: referent export /);
    const extra = await withData((d) => ['list', '--json=ja', '--data-dir', join(d, 'data')]);
    expect(extra).toMatchObject({ code: 2, err: 'referent: --json tager ingen værdi. Brug: referent list [--json]\n' });
  });

  it('an argument a command does not take is a usage error (exit 2), and nothing is done', async () => {
    const list = await withData((d) => ['list', 'ekstra', '--data-dir', join(d, 'data')]);
    expect(list).toMatchObject({ code: 2, err: 'referent: for mange argumenter: «ekstra». Brug: referent list [--json]\n', exists: false });
    const show = await withData((d) => ['show', 'abc', 'def', 'ghi', '--data-dir', join(d, 'data')]);
    expect(show.code).toBe(2);
    expect(show.err).toMatch(/^referent: for mange argumenter: «def ghi»\. Brug: referent show /);
  });
});

describe('the default data folder', () => {
  it('takes an empty XDG_CONFIG_HOME or APPDATA as unset, as the app does', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '' }, 'linux')).toBe(join(homedir(), '.config', 'Referent'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/conf' }, 'linux')).toBe(join('/srv/conf', 'Referent'));
    expect(defaultDataDir({ APPDATA: '' }, 'win32')).toBe(join(homedir(), 'AppData', 'Roaming', 'Referent'));
  });
});

describe('referent (the real command)', () => {
  const cli = ['node_modules/.bin/tsx', 'src-main/cli/main.ts'];
  it('through `npm run referent` from another folder, takes relative paths from where it was typed', () => {
    const dir = makeTempDir();
    try {
      // What npm sets when it runs the script in the checkout for someone in `dir`.
      const env = { ...process.env, npm_lifecycle_event: 'referent', INIT_CWD: dir.path };
      const r = spawnSync(cli[0]!, [cli[1]!, 'list', '--data-dir', 'data'], { encoding: 'utf8', env });
      expect(r.status).toBe(0);
      expect(existsSync(join(dir.path, 'data', 'referent.sqlite'))).toBe(true);
    } finally {
      dir.remove();
    }
  });
  it('answers --version and exits 0', () => {
    const out = execFileSync(cli[0]!, [cli[1]!, '--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe(`referent ${pkg.version}`);
  });
  it('ends quietly when its reader closes the pipe early (`referent templates | head -1`)', async () => {
    const dir = makeTempDir();
    try {
      const child = spawn(cli[0]!, [cli[1]!, 'templates', '--data-dir', dir.path], { stdio: ['ignore', 'pipe', 'pipe'] });
      // Closed before the command has written anything: every write meets EPIPE.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((ok) => child.on('close', ok));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    } finally {
      dir.remove();
    }
  });

  it('answers --version also after a command', () => {
    const out = execFileSync(cli[0]!, [cli[1]!, 'list', '--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe(`referent ${pkg.version}`);
  });

  it('exits 2 on an unknown command, without a stack trace', () => {
    const dir = makeTempDir();
    const r = spawnSync(cli[0]!, [cli[1]!, 'frobnicate', '--data-dir', dir.path], { encoding: 'utf8' });
    dir.remove();
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat \S+ \(/);
  });
});

describe('referent without arguments', () => {
  it('is a usage error: one line on stderr pointing to --help, exit 2, nothing on stdout', async () => {
    const io = bufferIo();
    expect(await run([], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe('referent: mangler en kommando. Skriv «referent --help» for at se kommandoerne.\n');
  });
});
