/**
 * Writing one meeting from the outbox to the drive: its folder (moved when the meeting was
 * renamed or re-dated), the attachments and PDFs, then `møde.json` last, so whoever sees the new
 * meeting file finds its files there. A file is written only when its content changed, and never
 * over a `møde.json` someone else changed since Referent last saw it (the next round merges that).
 */
import { serializeMeetingFile } from '../../shared/meetingFile/serialize';
import { toMeetingFile } from '../services/meetings';
import { meetingDir, MEETING_FILE } from './driveLayout';
import { retryAt, sameStat, writeTracked, type RoundContext } from './roundContext';
import { sha256Hex } from './scanDrive';

export type PushOutcome = 'pushed' | 'unchanged' | 'gone' | 'remote-moved-on';

export async function pushMeeting(ctx: RoundContext, meetingId: string): Promise<PushOutcome> {
  const { store, meetings, target } = ctx;
  if (meetings.revisionOf(meetingId) === null) {
    store.dropFromOutbox(meetingId);
    return 'gone';
  }
  const meeting = meetings.get(meetingId);
  const file = toMeetingFile(meeting);
  const text = serializeMeetingFile(file);
  const sha = sha256Hex(text);
  const contentHash = meetings.contentHash(meetingId);
  const row = store.meeting(meetingId);
  const dir = await folderFor(ctx, meetingId, { forum: file.forum.name, date: file.date, title: file.title });

  if (row?.dir && row.dir !== dir && (await target.stat(row.dir)) && !(await target.stat(dir))) {
    await target.rename(row.dir, dir);
    store.moveDir(meetingId, row.dir, dir);
  }

  const path = `${dir}/${MEETING_FILE}`;
  const there = await target.stat(path);
  const known = store.file(path);
  if (there && !(known && sameStat(known, there))) {
    const current = sha256Hex(await target.read(path));
    if (current !== sha && current !== row?.remote_sha) return 'remote-moved-on';
  }

  const { documents, problems } = await ctx.documents.list(meeting, contentHash);
  let wrote = false;
  for (const doc of documents) {
    const docPath = `${dir}/${doc.name}`;
    const k = store.file(docPath);
    const s = await target.stat(docPath);
    if (k && s && k.sha256 === doc.sha256 && sameStat(k, s)) continue;
    await writeTracked(ctx, docPath, await doc.read(), doc.sha256, meetingId);
    wrote = true;
  }
  const fresh = store.file(path);
  const now = await target.stat(path);
  if (!(fresh && now && fresh.sha256 === sha && sameStat(fresh, now))) {
    await writeTracked(ctx, path, Buffer.from(text), sha, meetingId);
    wrote = true;
  }

  store.transaction(() => {
    store.putMeeting({ meeting_id: meetingId, dir, base_text: text, base_hash: contentHash, remote_sha: sha, published_conflict: row?.published_conflict ?? null });
    if (problems.length) store.retryLater(meetingId, retryAt(ctx.now(), 1), problems.join(' '));
    else store.dequeue(meetingId, file.revision ?? 1);
  });
  ctx.warnings.push(...problems);
  return wrote ? 'pushed' : 'unchanged';
}

/** The meeting's folder; when another meeting already holds that name, the id's start tells them apart. */
async function folderFor(ctx: RoundContext, meetingId: string, place: { forum: string; date: string; title: string }): Promise<string> {
  const plain = meetingDir(place);
  const holder = ctx.dirOwners.get(plain);
  const dir = holder && holder !== meetingId ? meetingDir(place, meetingId.slice(0, 8)) : plain;
  ctx.dirOwners.set(dir, meetingId);
  return dir;
}
