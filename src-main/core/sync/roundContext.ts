/** What every step of a sync round shares, and the small helpers they all use. */
import type { SyncReport } from '../../shared/sync/types';
import type { MeetingsService } from '../services/meetings';
import type { MeetingDocuments } from './meetingDocuments';
import type { DriveScan } from './scanDrive';
import type { SyncStore } from './syncStore';
import type { FileStat, SyncTarget } from './syncTarget';

export interface RoundDeps {
  target: SyncTarget;
  folder: string;
  store: SyncStore;
  meetings: MeetingsService;
  documents: MeetingDocuments;
  dataDir: string;
  now: () => Date;
  progress?: (done: number, total: number) => void;
  /** Told when a meeting here was replaced by the drive's version or a merge. */
  onReplaced?: (meetingId: string) => void;
}

export interface RoundContext extends RoundDeps {
  report: SyncReport;
  warnings: string[];
  scan: DriveScan;
  installationId: string;
  /** Which meeting holds which folder on the drive (two meetings with the same date and title get two folders). */
  dirOwners: Map<string, string>;
}

/**
 * A file Referent wrote itself was read back and checked right after the rename, and every other
 * writer Referent knows renames too (a new inode), so its recorded state is trusted at once; see
 * scanDrive for files read from others.
 */
export const TRUSTED_AFTER_MS = 2000;

export const sameStat = (known: { size: number; mtime_ms: number; ino: string }, stat: FileStat) =>
  known.size === stat.size && known.mtime_ms === stat.mtimeMs && known.ino === stat.ino;

/** Writes a file atomically, journals its temp file while it is written, and records what is now there. */
export async function writeTracked(ctx: RoundContext, path: string, bytes: Uint8Array, sha256: string, meetingId: string | null): Promise<void> {
  let temp: string | null = null;
  const stat = await ctx.target.writeAtomic(path, bytes, sha256, (t) => {
    temp = t;
    ctx.store.addTemp(t);
  });
  ctx.store.putFile(path, meetingId, stat, sha256, stat.mtimeMs + TRUSTED_AFTER_MS);
  if (temp) ctx.store.doneTemp(temp);
}

/** Seconds to wait before a meeting that failed is tried again: 5, 10, 20 … at most 5 minutes. */
export function retryAt(now: Date, attempts: number): string {
  return new Date(now.getTime() + Math.min(300, 5 * 2 ** attempts) * 1000).toISOString();
}
