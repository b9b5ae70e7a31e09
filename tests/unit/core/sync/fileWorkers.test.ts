/**
 * The file workers behind nodeFs (real files in a temp folder): a file is created only where none
 * is, written whole and synced, and its stat is the one a later stat gives; errors come back with
 * node:fs's codes (the engine tells a full or read-only drive by them); reads answer the whole
 * file (in shared memory when asked); a whole atomic write (temp, fsync, rename with retries, read
 * back) leaves the file whole under its final name or nothing at all, and tells a data-folder file
 * it cannot read from a drive problem; a local disk is served by three threads, a drive whose
 * calls take long by more; a process that uses them ends by itself once its work is done (the
 * CLI).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WORKERS, readFile, workerCount, writeAtomic, writeNewFile } from '../../../../src-main/core/sync/fileWorkers';
import { createFolderTarget, nodeFs } from '../../../../src-main/core/sync/folderTarget';
import { asDriveProblem } from '../../../../src-main/core/sync/driveProblem';
import { makeTempDir } from '../../../support/tempDir';

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir('referent-file-workers-');
});
afterEach(() => dir.remove());

describe('file workers', () => {
  it('write: creates the file with the bytes and answers the stat a stat then gives', async () => {
    const path = join(dir.path, 'møde.json');
    const bytes = Buffer.from('{"format": "referent.meeting"}\n'.repeat(5000));
    const stat = await writeNewFile(path, bytes);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    const s = statSync(path);
    expect(stat).toEqual({ size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });
  });

  it('write: a view into a bigger buffer writes only its own bytes', async () => {
    const big = Buffer.from('0123456789abcdef');
    const path = join(dir.path, 'del.txt');
    await writeNewFile(path, big.subarray(4, 8));
    expect(readFileSync(path, 'utf8')).toBe('4567');
  });

  it('write: never over an existing file (EEXIST), and errors keep node:fs codes', async () => {
    const path = join(dir.path, 'der.tmp');
    writeFileSync(path, 'først');
    await expect(writeNewFile(path, Buffer.from('anden'))).rejects.toMatchObject({ code: 'EEXIST', syscall: 'open' });
    expect(readFileSync(path, 'utf8')).toBe('først');
    await expect(writeNewFile(join(dir.path, 'mangler', 'x.tmp'), Buffer.from('x'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFile(join(dir.path, 'ingen.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(join(dir.path, 'mangler'))).toBe(false);
  });

  it('read: the whole file, as a Buffer; in shared memory when asked; an empty file is empty', async () => {
    const path = join(dir.path, 'Referat.pdf');
    const bytes = Buffer.alloc(300_000, 7);
    writeFileSync(path, bytes);
    const plain = await readFile(path);
    expect(Buffer.isBuffer(plain) && plain.equals(bytes)).toBe(true);
    const shared = await readFile(path, { shared: true });
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(shared).equals(bytes)).toBe(true);
    // Shared bytes go on to a write without a copy, and arrive whole.
    await writeNewFile(join(dir.path, 'kopi.pdf'), shared);
    expect(readFileSync(join(dir.path, 'kopi.pdf')).equals(bytes)).toBe(true);
    writeFileSync(join(dir.path, 'tom'), '');
    expect((await readFile(join(dir.path, 'tom'))).length).toBe(0);
  });

  it('through nodeFs, many at once: every file whole, and three threads do it on a local disk', async () => {
    const files = Array.from({ length: 40 }, (_, i) => ({ path: join(dir.path, `f${i}.bin`), bytes: Buffer.alloc(10_000 + i * 997, i) }));
    await Promise.all(files.map((f) => nodeFs.writeNewFile(f.path, f.bytes)));
    const back = await Promise.all(files.map((f) => nodeFs.readFile(f.path)));
    back.forEach((b, i) => expect(Buffer.from(b).equals(files[i]!.bytes)).toBe(true));
    expect(workerCount()).toBe(3);
  });

  it('calls that take long (reads of FIFOs whose writers come 50 ms later) start more threads, at most sixteen', async () => {
    /** `n` FIFOs, each written by a process of its own 50 ms from now (each read then waits in its worker). */
    const slowFiles = (name: string, n: number) => {
      const paths = Array.from({ length: n }, (_, i) => join(dir.path, `${name}${i}`));
      expect(spawnSync('mkfifo', paths).status).toBe(0);
      const writers = spawn('sh', ['-c', 'for f in "$@"; do (sleep 0.05; echo langsom > "$f") & done; wait', 'sh', ...paths], { stdio: 'ignore' });
      return { paths, done: new Promise((r) => writers.once('exit', r)) };
    };
    const first = slowFiles('a', 6);
    expect((await Promise.all(first.paths.map((p) => readFile(p)))).map((b) => Buffer.from(b).toString())).toEqual(Array(6).fill('langsom\n'));
    await first.done;
    expect(workerCount()).toBe(3);

    const second = slowFiles('b', 40);
    const reads = second.paths.map((p) => readFile(p));
    expect(workerCount()).toBeGreaterThan(3);
    expect(workerCount()).toBeLessThanOrEqual(MAX_WORKERS);
    expect((await Promise.all(reads)).every((b) => Buffer.from(b).toString() === 'langsom\n')).toBe(true);
    await second.done;
  });

  it('a process that used them ends by itself once its work is done', () => {
    const script = `
      const { writeNewFile, readFile } = require(${JSON.stringify(join(process.cwd(), 'src-main/core/sync/fileWorkers.ts'))});
      (async () => {
        await writeNewFile(${JSON.stringify(join(dir.path, 'cli.txt'))}, Buffer.from('fra CLI'));
        console.log(Buffer.from(await readFile(${JSON.stringify(join(dir.path, 'cli.txt'))})).toString());
      })();
    `;
    const t0 = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('fra CLI');
    expect(r.status).toBe(0);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('writeAtomic: the bytes, or a local file copied, under the final name; no temp left; the stat is the final file\'s', async () => {
    const text = Buffer.from('{"format": "referent.meeting"}\n'.repeat(3000));
    const path = join(dir.path, 'møde.json');
    const stat = await writeAtomic({ temp: join(dir.path, '.~ref-1.tmp'), path, content: text, attempts: 5, delayMs: 1 });
    expect(readFileSync(path).equals(text)).toBe(true);
    const s = statSync(path);
    expect(stat).toEqual({ size: s.size, mtimeMs: s.mtimeMs, ino: s.ino });

    // Copies of files of many sizes, several at once: each worker's held buffers grow and are reused.
    mkdirSync(join(dir.path, 'data'));
    const sources = [300_000, 5, 120_000, 0, 9_000_000, 64 * 1024].map((size, i) => {
      const file = join(dir.path, 'data', `${i}.pdf`);
      writeFileSync(file, Buffer.alloc(size, i + 1));
      return file;
    });
    await Promise.all(sources.map((file, i) => writeAtomic({ temp: join(dir.path, `.~ref-c${i}.tmp`), path: join(dir.path, `Referat ${i}.pdf`), content: { file }, attempts: 5, delayMs: 1 })));
    sources.forEach((file, i) => expect(readFileSync(join(dir.path, `Referat ${i}.pdf`)).equals(readFileSync(file))).toBe(true));
    expect(readdirSync(dir.path).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('writeAtomic: a rename that fails for good (a folder in the way) or a missing source leaves no temp and the old state', async () => {
    const path = join(dir.path, 'Referat.pdf');
    mkdirSync(path);
    writeFileSync(join(path, 'noget'), 'x');
    await expect(writeAtomic({ temp: join(dir.path, '.~ref-2.tmp'), path, content: Buffer.from('ny'), attempts: 5, delayMs: 1 })).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    const missing = { file: join(dir.path, 'ingen.pdf'), read: () => readFile(join(dir.path, 'ingen.pdf')) };
    await expect(writeAtomic({ temp: join(dir.path, '.~ref-3.tmp'), path: join(dir.path, 'Bilag.pdf'), content: missing, attempts: 5, delayMs: 1 })).rejects.toMatchObject({ code: 'ENOENT', syscall: 'read-source' });
    // Through the folder target, by either route: the data folder's file, not a drive problem (which would stop the round).
    for (const target of [createFolderTarget(dir.path), createFolderTarget(dir.path, { fs: nodeFs })]) {
      const e = await target.writeAtomic('Bilag.pdf', missing, 'x', '.~ref-6.tmp').catch((x: unknown) => x);
      expect(String(e)).toContain('ingen.pdf i Referents datamappe kunne ikke læses');
      expect(asDriveProblem(e, dir.path)).toBeNull();
    }
    expect(readdirSync(dir.path).sort()).toEqual(['Referat.pdf']);
    expect(readdirSync(path)).toEqual(['noget']);
  });

  it('writeAtomic: a rename refused with EPERM (an immutable file, as a scanner holding it on Windows) is tried again, and given up after the attempts', async () => {
    const path = join(dir.path, 'møde.json');
    writeFileSync(path, 'gammel');
    const lock = spawnSync('chattr', ['+i', path], { encoding: 'utf8' });
    if (lock.status !== 0) {
      console.warn(`[fileWorkers.test] the EPERM retry is not tried here: chattr +i fails (${(lock.stderr || String(lock.error)).trim()})`);
      return;
    }
    try {
      // Given up: 2 attempts, the file stays locked.
      await expect(writeAtomic({ temp: join(dir.path, '.~ref-4.tmp'), path, content: Buffer.from('ny'), attempts: 2, delayMs: 5 })).rejects.toMatchObject({ code: 'EPERM' });
      expect(readFileSync(path, 'utf8')).toBe('gammel');
      expect(readdirSync(dir.path)).toEqual(['møde.json']);
      // Tried again: the lock goes after ~60 ms, within the pauses (20, 40, 80, 160 ms).
      const writing = writeAtomic({ temp: join(dir.path, '.~ref-5.tmp'), path, content: Buffer.from('ny'), attempts: 5, delayMs: 20 });
      await new Promise((r) => setTimeout(r, 60));
      expect(spawnSync('chattr', ['-i', path]).status).toBe(0);
      await writing;
      expect(readFileSync(path, 'utf8')).toBe('ny');
      expect(readdirSync(dir.path)).toEqual(['møde.json']);
    } finally {
      spawnSync('chattr', ['-i', path]);
    }
  });
});
