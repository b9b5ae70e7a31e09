/**
 * A folder held in memory, for fast tests of the engine's decisions (the folder target has its
 * own tests against real folders). Several cores can share one, like two laptops share a drive.
 */
import { createHash } from 'node:crypto';
import { fsError, type DirEntry, type FileStat, type SyncTarget } from './syncTarget';

export interface MemoryDrive {
  present: boolean;
  files: Map<string, { bytes: Uint8Array; stat: FileStat }>;
  dirs: Set<string>;
  clock: number;
}

export function createMemoryDrive(): MemoryDrive {
  return { present: true, files: new Map(), dirs: new Set(['']), clock: 1_700_000_000_000 };
}

export function createMemoryTarget(drive: MemoryDrive): SyncTarget {
  const parentOf = (rel: string) => rel.split('/').slice(0, -1).join('/');
  const away = () => fsError('ENOENT', 'drevet er væk');
  function ensureDir(rel: string) {
    const parts = rel === '' ? [] : rel.split('/');
    for (let i = 1; i <= parts.length; i++) drive.dirs.add(parts.slice(0, i).join('/'));
  }
  let ino = 0;
  return {
    description: 'hukommelse',
    rootExists: async () => drive.present,
    async stat(rel) {
      if (!drive.present) throw away();
      if (drive.dirs.has(rel)) return { size: 0, mtimeMs: 0, ino: `d:${rel}` };
      return drive.files.get(rel)?.stat ?? null;
    },
    async list(rel): Promise<DirEntry[]> {
      if (!drive.present) throw away();
      const prefix = rel === '' ? '' : `${rel}/`;
      const names = new Map<string, boolean>();
      for (const d of drive.dirs) if (d !== rel && d.startsWith(prefix) && !d.slice(prefix.length).includes('/')) names.set(d.slice(prefix.length), true);
      for (const f of drive.files.keys()) if (f.startsWith(prefix) && !f.slice(prefix.length).includes('/')) names.set(f.slice(prefix.length), false);
      return [...names].map(([name, isDir]) => ({ name, isDir }));
    },
    async read(rel) {
      if (!drive.present) throw away();
      const f = drive.files.get(rel);
      if (!f) throw fsError('ENOENT', rel);
      return f.bytes;
    },
    async writeAtomic(rel, content, sha256, _tempPath) {
      if (!drive.present) throw away();
      const bytes = content instanceof Uint8Array ? content : await content.read();
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw fsError('EIO', 'forkert indhold');
      ensureDir(parentOf(rel));
      const stat = { size: bytes.length, mtimeMs: (drive.clock += 1000), ino: String(++ino) };
      drive.files.set(rel, { bytes: new Uint8Array(bytes), stat });
      return stat;
    },
    async makeFolder(rel) {
      if (!drive.present) throw away();
      if (drive.dirs.has(rel)) return false;
      ensureDir(rel);
      return true;
    },
    async rename(from, to) {
      if (!drive.present) throw away();
      ensureDir(parentOf(to));
      for (const [k, v] of [...drive.files]) {
        if (k === from || k.startsWith(`${from}/`)) {
          drive.files.delete(k);
          drive.files.set(to + k.slice(from.length), v);
        }
      }
      for (const d of [...drive.dirs]) {
        if (d === from || d.startsWith(`${from}/`)) {
          drive.dirs.delete(d);
          drive.dirs.add(to + d.slice(from.length));
        }
      }
    },
    async remove(rel) {
      if (!drive.present) throw away();
      drive.files.delete(rel);
    },
  };
}
