/** What every step of a sync round shares, and the small helpers they all use. */
import type { SyncReport } from '../../shared/sync/types';
import type { MeetingsService } from '../services/meetings';
import type { MeetingDocuments } from './meetingDocuments';
import type { DriveScan } from './scanDrive';
import type { SyncStore } from './syncStore';
import type { FileContent, FileStat, SyncTarget } from './syncTarget';
import { tempPathFor } from './driveLayout';
import type { GroupCommit } from './groupCommit';

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
  /**
   * A round a person asked for («Synkronisér nu», `referent sync`): meetings waiting out their
   * back-off after a failure are tried now, since the person may just have fixed the cause.
   */
  retryNow?: boolean;
}

export interface RoundContext extends RoundDeps {
  report: SyncReport;
  warnings: string[];
  scan: DriveScan;
  installationId: string;
  /** Which meeting holds which folder on the drive (two meetings with the same date and title get two folders). */
  dirOwners: Map<string, string>;
  /** The bookkeeping of the meetings being written at once, committed together (see groupCommit). */
  commit: GroupCommit;
}

/**
 * A file Referent wrote itself was read back and checked right after the rename, and every other
 * writer Referent knows renames too (a new inode), so its recorded state is trusted at once; see
 * scanDrive for files read from others.
 */
export const TRUSTED_AFTER_MS = 2000;

export const sameStat = (known: { size: number; mtime_ms: number; ino: string }, stat: FileStat) =>
  known.size === stat.size && known.mtime_ms === stat.mtimeMs && known.ino === stat.ino;

export interface FileToWrite {
  path: string;
  sha256: string;
  /** Asked for when the file is written (the meeting's text is encoded only then). */
  content(): FileContent;
}

export interface WriteOptions {
  /** The caller's own bookkeeping, committed with what is now on the drive. */
  finish?: () => void;
  /** Temp paths already journaled (by final path, see preparePush); any other file's is journaled first. */
  journaled?: ReadonlyMap<string, string>;
  /**
   * Given, the bookkeeping after the writes goes with a later group commit (nobody waits for it)
   * and its promise is handed here; else it is committed before writeFiles resolves.
   */
  later?: (settled: Promise<void>) => void;
}

/**
 * Writes files atomically in groups (each group's files at once, the groups one after the other:
 * a meeting's documents, then its møde.json), with two commits in all (each shared with other
 * meetings', see groupCommit): the temp files journaled before anything is written (a crash
 * leaves them to be swept), then what is now on the drive, together with `finish`.
 */
export async function writeFiles(ctx: RoundContext, meetingId: string | null, groups: FileToWrite[][], options: WriteOptions = {}): Promise<void> {
  const files = groups.flat();
  const journaled = options.journaled ?? new Map<string, string>();
  const fresh = new Map(files.filter((f) => !journaled.has(f.path)).map((f) => [f.path, tempPathFor(f.path)]));
  if (fresh.size) await ctx.commit.now(() => fresh.forEach((t) => ctx.store.addTemp(t)));
  const tempOf = (path: string) => journaled.get(path) ?? fresh.get(path)!;
  const written: Array<[FileToWrite, FileStat]> = [];
  for (const group of groups) {
    // Every write of the group ends before a failure is passed on: none is left running after the round.
    const results = await Promise.allSettled(group.map(async (f) => written.push([f, await ctx.target.writeAtomic(f.path, f.content(), f.sha256, tempOf(f.path))])));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
  const settle = () => {
    for (const [f, stat] of written) ctx.store.putFile(f.path, meetingId, stat, f.sha256, stat.mtimeMs + TRUSTED_AFTER_MS);
    // Also the journaled temps that were not needed (a file found unchanged): none of them was created.
    for (const t of [...journaled.values(), ...fresh.values()]) ctx.store.doneTemp(t);
    options.finish?.();
  };
  if (options.later) options.later(ctx.commit.later(settle));
  else await ctx.commit.now(settle);
}

/** One file (the marker, a conflict copy). */
export function writeTracked(ctx: RoundContext, path: string, bytes: Uint8Array, sha256: string, meetingId: string | null): Promise<void> {
  return writeFiles(ctx, meetingId, [[{ path, sha256, content: () => bytes }]]);
}

/** Lets the event loop run between meetings, so the window stays responsive through a long round. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Seconds to wait before a meeting that failed is tried again: 5, 10, 20 … at most 5 minutes. */
export function retryAt(now: Date, attempts: number): string {
  return new Date(now.getTime() + Math.min(300, 5 * 2 ** attempts) * 1000).toISOString();
}
