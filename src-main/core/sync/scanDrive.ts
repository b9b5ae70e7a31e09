/**
 * Reading the drive: which meetings are there, and which changed since Referent last looked.
 * A file whose size, modification time and inode are as recorded is not read again (no hashing of
 * unchanged files); a file read within two seconds of its modification time is read again next
 * round, since a coarse clock (SMB, FAT: 1–2 s) could hide a second write in the same tick.
 */
import { decodeMeetingFile } from '../../shared/meetingFile/encoding';
import { createHash } from 'node:crypto';
import { parseMeetingFile } from '../../shared/meetingFile/validate';
import type { MeetingFile } from '../../shared/meetingFile/types';
import { CONFLICTS_DIR, META_DIR, MEETING_FILE, parseConflictEntryName } from './driveLayout';
import type { SyncStore } from './syncStore';
import type { FileStat, SyncTarget } from './syncTarget';

export const sha256Hex = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export interface RemoteMeeting {
  meetingId: string;
  dir: string;
  /** sha256 of the møde.json bytes. */
  sha: string;
  stat: FileStat;
  /** Read this round (the file changed, or was never seen): its text and parsed form. */
  text: string | null;
  file: MeetingFile | null;
}

export interface ConflictEntryRef {
  meetingId: string;
  installationId: string;
  path: string;
}

export interface DriveScan {
  meetings: Map<string, RemoteMeeting>;
  entries: ConflictEntryRef[];
  warnings: string[];
}

const RACY_MS = 2000;
const CONCURRENCY = 16;

async function inChunks<T>(items: T[], fn: (x: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += CONCURRENCY) await Promise.all(items.slice(i, i + CONCURRENCY).map(fn));
}

export async function scanDrive(target: SyncTarget, store: SyncStore, nowMs: () => number): Promise<DriveScan> {
  const warnings: string[] = [];
  const dirs: string[] = [];
  for (const forum of await target.list('')) {
    if (!forum.isDir || forum.name === META_DIR || forum.name.startsWith('.')) continue;
    for (const year of await target.list(forum.name)) {
      if (!year.isDir) continue;
      for (const leaf of await target.list(`${forum.name}/${year.name}`)) {
        if (leaf.isDir) dirs.push(`${forum.name}/${year.name}/${leaf.name}`);
      }
    }
  }

  const found: RemoteMeeting[] = [];
  await inChunks(dirs, async (dir) => {
    const path = `${dir}/${MEETING_FILE}`;
    const stat = await target.stat(path);
    if (!stat) return;
    const known = store.file(path);
    if (known?.meeting_id && known.size === stat.size && known.mtime_ms === stat.mtimeMs && known.ino === stat.ino && known.seen_at_ms - stat.mtimeMs >= RACY_MS) {
      found.push({ meetingId: known.meeting_id, dir, sha: known.sha256, stat, text: null, file: null });
      return;
    }
    const bytes = await target.read(path);
    const sha = sha256Hex(bytes);
    if (known?.meeting_id && known.sha256 === sha) {
      store.putFile(path, known.meeting_id, stat, sha, nowMs());
      found.push({ meetingId: known.meeting_id, dir, sha, stat, text: null, file: null });
      return;
    }
    const decoded = decodeMeetingFile(bytes, path);
    if (!decoded.ok) {
      warnings.push(`${decoded.message}.`);
      return;
    }
    const text = decoded.text;
    const parsed = parseMeetingFile(text, path);
    if (!parsed.ok) {
      warnings.push(parsed.message);
      return;
    }
    found.push({ meetingId: parsed.meeting.id, dir, sha, stat, text, file: parsed.meeting });
  });

  const meetings = new Map<string, RemoteMeeting>();
  for (const m of found.sort((a, b) => a.dir.localeCompare(b.dir))) {
    const other = meetings.get(m.meetingId);
    if (!other) {
      meetings.set(m.meetingId, m);
      continue;
    }
    // A copy of a meeting's folder (made by hand): the folder Referent knows wins; the copy is named.
    const knownDir = store.meeting(m.meetingId)?.dir;
    const [keep, drop] = other.dir === knownDir || m.dir !== knownDir ? [other, m] : [m, other];
    meetings.set(m.meetingId, keep);
    warnings.push(`Mappen «${drop.dir}» indeholder det samme møde som «${keep.dir}»; Referent bruger «${keep.dir}».`);
  }

  const entries: ConflictEntryRef[] = [];
  for (const e of await target.list(CONFLICTS_DIR)) {
    const ref = !e.isDir && parseConflictEntryName(e.name);
    if (ref) entries.push({ ...ref, path: `${CONFLICTS_DIR}/${e.name}` });
  }
  return { meetings, entries, warnings };
}

/** Reads a remote meeting's text now (it was unchanged by the stat check, but a decision needs it). */
export async function loadRemote(target: SyncTarget, remote: RemoteMeeting): Promise<RemoteMeeting> {
  if (remote.file) return remote;
  const path = `${remote.dir}/${MEETING_FILE}`;
  const bytes = await target.read(path);
  const decoded = decodeMeetingFile(bytes, path);
  if (!decoded.ok) throw new Error(`${decoded.message}.`);
  const text = decoded.text;
  const parsed = parseMeetingFile(text, path);
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...remote, sha: sha256Hex(bytes), text, file: parsed.meeting };
}
