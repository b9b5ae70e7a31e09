import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { run } from '../../../src-main/cli/run';
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

describe('referent (the real command)', () => {
  const cli = ['node_modules/.bin/tsx', 'src-main/cli/main.ts'];
  it('answers --version and exits 0', () => {
    const out = execFileSync(cli[0]!, [cli[1]!, '--version'], { encoding: 'utf8' });
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
