/**
 * The real folder: a local path, an SMB share, a OneDrive or Nextcloud folder. Only async fs, so
 * the app's event loop stays free while a slow drive answers. The file-system calls go through an
 * `FsLayer`, so fault tests can make a rename fail with EPERM, the disk fill up or the folder
 * vanish halfway.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import * as fileWorkers from './fileWorkers';
import { errorCode, fsError, type DirEntry, type FileContent, type FileStat, type SyncTarget } from './syncTarget';

export interface FsLayer {
  stat(path: string): Promise<{ size: number; mtimeMs: number; ino: number | bigint; isDirectory(): boolean }>;
  readdir(path: string): Promise<{ name: string; isDirectory(): boolean }[]>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Creates the file (never over an existing one), writes, fsyncs, closes. May answer the file's
   * stat taken through the open handle (a rename keeps size, time and inode), saving a stat later.
   */
  writeNewFile(path: string, bytes: Uint8Array): Promise<void | { size: number; mtimeMs: number; ino: number | bigint }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** One folder, not recursive. */
  mkdir(path: string): Promise<void>;
  /**
   * Optional: the whole atomic write in one call (temp file written and synced, renamed with the
   * retries, read back and compared; the temp removed when the write or rename fails). Without
   * it, the target does those steps itself through the calls above.
   */
  writeAtomic?(write: fileWorkers.AtomicWrite): Promise<{ size: number; mtimeMs: number; ino: number | bigint }>;
}

/**
 * The real file system, call by call. Creating a file and reading one are several steps each,
 * done in a file worker with one message (see fileWorkers), and so are the renames and folders of
 * a write. Fault tests replace some of these calls (`{ ...nodeFs, rename: failing }`): it has no
 * `writeAtomic`, so a target over it takes every step through them.
 */
export const nodeFs: FsLayer = {
  stat: (p) => fsp.stat(p),
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  readFile: (p) => fileWorkers.readFile(p),
  writeNewFile: (p, bytes) => fileWorkers.writeNewFile(p, bytes),
  rename: (a, b) => fileWorkers.rename(a, b),
  unlink: (p) => fsp.unlink(p),
  mkdir: (p) => fileWorkers.mkdir(p),
};

/**
 * What the app uses: nodeFs, with each atomic write done whole in a file worker. A first sync of
 * 1,000 meetings sent ~12,000 messages through the main thread (each PDF read, written, renamed,
 * read back) and handled 228 MB of PDFs there twice; now 3,000 messages and none of the bytes.
 */
export const workerFs: FsLayer = { ...nodeFs, writeAtomic: (w) => fileWorkers.writeAtomic(w) };

/**
 * The data folder's copy of a document could not be read: that meeting's problem, tried again
 * later, not the drive's (its ENOENT would read as "the drive is away" and stop the round).
 */
const sourceUnreadable = (content: FileContent, e: unknown) =>
  new Error(`${content instanceof Uint8Array ? 'en fil' : content.file} i Referents datamappe kunne ikke læses (${e instanceof Error ? e.message : String(e)})`);

const readBackDiffers = (rel: string) => fsError('EIO', `${rel} blev ikke skrevet rigtigt (indholdet læst tilbage afviger)`);

const RETRIED = new Set(fileWorkers.RENAME_RETRIED_CODES);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FolderTargetOptions {
  fs?: FsLayer;
  /** Attempts of a rename that fails with EPERM/EBUSY/EACCES (default 5, 40 ms doubling). */
  renameAttempts?: number;
  renameDelayMs?: number;
}

export function createFolderTarget(root: string, options: FolderTargetOptions = {}): SyncTarget {
  const fs = options.fs ?? workerFs;
  const attempts = options.renameAttempts ?? 5;
  const delay = options.renameDelayMs ?? 40;
  const abs = (rel: string) => (rel === '' ? root : join(root, ...rel.split('/')));

  async function rootExists(): Promise<boolean> {
    try {
      return (await fs.stat(root)).isDirectory();
    } catch (e) {
      if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return false;
      throw e;
    }
  }

  /**
   * Folders this target made or found (or is making: parallel writes into one folder wait for the
   * same mkdir), so a thousand files in one round do not ask for them a thousand times.
   */
  const known = new Map<string, Promise<boolean>>([['', Promise.resolve(false)]]);
  /** True when the folder was made now, false when it was there. */
  async function makeDir(sub: string): Promise<boolean> {
    try {
      await fs.mkdir(abs(sub));
      return true;
    } catch (e) {
      if (errorCode(e) === 'ENOENT' && !(await rootExists())) throw fsError('ENOENT', `mappen ${root} findes ikke`);
      if (errorCode(e) !== 'EEXIST') throw e;
      return false;
    }
  }
  /**
   * Creates each missing folder below the root, one at a time; never the root (a missing root is
   * an absent drive). True when the last one was created by this call.
   */
  async function ensureDir(rel: string): Promise<boolean> {
    const parts = rel === '' ? [] : rel.split('/');
    let created = false;
    for (let i = 1; i <= parts.length; i++) {
      const sub = parts.slice(0, i).join('/');
      const asked = known.get(sub);
      let made = asked;
      if (!made) {
        made = makeDir(sub);
        known.set(sub, made);
        // A failed mkdir is not remembered: the next write asks again.
        made.catch(() => known.delete(sub));
      }
      // Only the caller whose mkdir made the folder may take it for empty.
      created = (await made) && !asked;
    }
    return created;
  }

  async function renameWithRetry(from: string, to: string): Promise<void> {
    for (let i = 1; ; i++) {
      try {
        return await fs.rename(from, to);
      } catch (e) {
        if (!RETRIED.has(errorCode(e) ?? '') || i >= attempts) throw e;
        await sleep(delay * 2 ** (i - 1));
      }
    }
  }

  const toStat = (s: { size: number; mtimeMs: number; ino: number | bigint }): FileStat => ({ size: s.size, mtimeMs: s.mtimeMs, ino: String(s.ino) });
  const parentOf = (rel: string) => rel.split('/').slice(0, -1).join('/');

  return {
    description: root,
    rootExists,
    async stat(rel) {
      try {
        return toStat(await fs.stat(abs(rel)));
      } catch (e) {
        if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return null;
        throw e;
      }
    },
    async list(rel): Promise<DirEntry[]> {
      try {
        return (await fs.readdir(abs(rel))).map((d) => ({ name: d.name, isDir: d.isDirectory() }));
      } catch (e) {
        if (errorCode(e) === 'ENOENT' || errorCode(e) === 'ENOTDIR') return [];
        throw e;
      }
    },
    read: (rel) => fs.readFile(abs(rel)),
    async writeAtomic(rel, content, _sha256, tempRel) {
      await ensureDir(parentOf(rel));
      if (fs.writeAtomic) {
        const whole = { temp: abs(tempRel), path: abs(rel), attempts, delayMs: delay };
        try {
          return toStat(await fs.writeAtomic({ ...whole, content: content instanceof Uint8Array ? content : { file: content.file } }));
        } catch (e) {
          const syscall = (e as NodeJS.ErrnoException).syscall;
          throw syscall === 'read-back' ? readBackDiffers(rel) : syscall === 'read-source' ? sourceUnreadable(content, e) : e;
        }
      }
      let bytes: Uint8Array;
      try {
        bytes = content instanceof Uint8Array ? content : await content.read();
      } catch (e) {
        throw sourceUnreadable(content, e);
      }
      let written: Awaited<ReturnType<FsLayer['writeNewFile']>>;
      try {
        written = await fs.writeNewFile(abs(tempRel), bytes);
        await renameWithRetry(abs(tempRel), abs(rel));
      } catch (e) {
        await fs.unlink(abs(tempRel)).catch(() => undefined);
        throw e;
      }
      // Read back from the drive and compared byte for byte with what was sent (whose sha256 is
      // `sha256`: the text's own, or a document's address in the data folder): a stronger check
      // of the drive than a second hash, for a memcmp instead of a pass of SHA-256.
      const back = await fs.readFile(abs(rel));
      if (!Buffer.from(back.buffer, back.byteOffset, back.byteLength).equals(bytes)) throw readBackDiffers(rel);
      return toStat(written ?? (await fs.stat(abs(rel))));
    },
    makeFolder: (rel) => ensureDir(rel),
    async rename(from, to) {
      await ensureDir(parentOf(to));
      await renameWithRetry(abs(from), abs(to));
      for (const k of [...known.keys()]) if (k === from || k.startsWith(`${from}/`)) known.delete(k);
    },
    async remove(rel) {
      try {
        await fs.unlink(abs(rel));
      } catch (e) {
        if (errorCode(e) !== 'ENOENT') throw e;
      }
    },
  };
}
