import type { Database } from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { databaseFileName } from './openDatabase';

export const backupDirName = 'backups';
export const backupsKept = 7;
const pattern = /^referent-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:-\d{3})?Z)\.sqlite$/;

export interface BackupInfo {
  file: string;
  takenAt: string;
  size: number;
}

/** The backups in a data folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = join(dataDir, backupDirName);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => pattern.test(n))
    .sort()
    .reverse()
    .map((n) => {
      const stamp = pattern.exec(n)![1]!;
      const takenAt = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z/, (_m, h, mi, s, ms) => `T${h}:${mi}:${s}.${ms ?? '000'}Z`);
      return { file: join(dir, n), takenAt, size: statSync(join(dir, n)).size };
    });
}

/**
 * Takes an online backup with SQLite's backup API (consistent even while the app writes) into a
 * temp name, then renames it, so a half-written backup never looks like a good one. Keeps the
 * newest `backupsKept`.
 */
export async function takeBackup(db: Database, dataDir: string, now: Date): Promise<BackupInfo> {
  const dir = join(dataDir, backupDirName);
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/:/g, '-').replace('.', '-');
  const final = join(dir, `referent-${stamp}.sqlite`);
  const temp = `${final}.partial`;
  try {
    await db.backup(temp);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  renameSync(temp, final);
  prune(dataDir);
  return listBackups(dataDir).find((b) => b.file === final)!;
}

/**
 * One backup per day (the newest of that day) for the last `backupsKept` days with backups: a
 * backup is taken at every start, and a day of restarts must not push last week's out.
 */
function prune(dataDir: string): void {
  const seenDays = new Set<string>();
  for (const b of listBackups(dataDir)) {
    const day = b.takenAt.slice(0, 10);
    if (seenDays.has(day) || seenDays.size >= backupsKept) rmSync(b.file, { force: true });
    else seenDays.add(day);
  }
}

/** True when the newest backup is older than a day (or there is none). */
export function backupDue(dataDir: string, now: Date): boolean {
  const newest = listBackups(dataDir)[0];
  return !newest || now.getTime() - Date.parse(newest.takenAt) >= 24 * 3600 * 1000;
}

/**
 * Replaces the database with a backup. The damaged file is kept beside it (never deleted: it may
 * hold the last hours of work someone can still rescue). The app must not have the file open.
 */
export function restoreBackup(dataDir: string, backupFile: string, now: Date): string {
  const live = join(dataDir, databaseFileName);
  const kept = `${live}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  renameSync(live, kept);
  for (const side of ['-wal', '-shm']) {
    try {
      renameSync(live + side, kept + side);
    } catch {
      // no side file: nothing to keep
    }
  }
  copyFileSync(backupFile, live);
  return kept;
}
