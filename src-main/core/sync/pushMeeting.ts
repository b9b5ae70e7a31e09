/**
 * Writing one meeting from the outbox to the drive: its folder (moved when the meeting was
 * renamed or re-dated), the attachments and PDFs, then `møde.json` last, so whoever sees the new
 * meeting file finds its files there. A file is written only when its content changed, and never
 * over a `møde.json` someone else changed since Referent last saw it (the next round merges that).
 */
import { meetingDir, MEETING_FILE } from './driveLayout';
import { retryAt, sameStat, writeFiles, type FileToWrite, type RoundContext } from './roundContext';
import { sha256Hex } from './scanDrive';

export type PushOutcome = 'pushed' | 'unchanged' | 'gone' | 'remote-moved-on';

export async function pushMeeting(ctx: RoundContext, meetingId: string): Promise<PushOutcome> {
  const { store, meetings, target } = ctx;
  if (meetings.revisionOf(meetingId) === null) {
    store.dropFromOutbox(meetingId);
    return 'gone';
  }
  const { meeting, text, contentHash } = meetings.fileText(meetingId);
  const sha = sha256Hex(text);
  const row = store.meeting(meetingId);
  const dir = await folderFor(ctx, meetingId, { forum: meeting.forum.name, date: meeting.date, title: meeting.title });

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
  /**
   * Whether the drive already holds these bytes: by the recorded size, time and inode, or else (a
   * folder chosen again, a database restored) by reading the file once, which is cheaper than
   * writing, syncing and reading it back.
   */
  const unchanged = async (filePath: string, wanted: string) => {
    const s = await target.stat(filePath);
    if (!s) return false;
    const k = store.file(filePath);
    if (k && sameStat(k, s)) return k.sha256 === wanted;
    if (sha256Hex(await target.read(filePath)) !== wanted) return false;
    store.putFile(filePath, meetingId, s, wanted, Date.now());
    return true;
  };
  const docs: FileToWrite[] = [];
  for (const doc of documents) {
    const docPath = `${dir}/${doc.name}`;
    if (!(await unchanged(docPath, doc.sha256))) docs.push({ path: docPath, sha256: doc.sha256, bytes: () => doc.read() });
  }
  const meetingFile: FileToWrite[] = (await unchanged(path, sha)) ? [] : [{ path, sha256: sha, bytes: () => Buffer.from(text) }];

  // The documents first, møde.json last: whoever sees the new meeting file finds its files there.
  await writeFiles(
    ctx,
    meetingId,
    [docs, meetingFile],
    () => {
      store.putMeeting({ meeting_id: meetingId, dir, base_text: text, base_hash: contentHash, remote_sha: sha, published_conflict: row?.published_conflict ?? null });
      meetings.cacheContentHash(meetingId, meeting.revision, contentHash);
      if (problems.length) store.retryLater(meetingId, retryAt(ctx.now(), 1), problems.join(' '));
      else store.dequeue(meetingId, meeting.revision);
    },
    meetingFile.length ? () => store.markPushing(meetingId, sha) : undefined,
  );
  ctx.warnings.push(...problems);
  return docs.length + meetingFile.length > 0 ? 'pushed' : 'unchanged';
}

/** The meeting's folder; when another meeting already holds that name, the id's start tells them apart. */
async function folderFor(ctx: RoundContext, meetingId: string, place: { forum: string; date: string; title: string }): Promise<string> {
  const plain = meetingDir(place);
  const holder = ctx.dirOwners.get(plain);
  const dir = holder && holder !== meetingId ? meetingDir(place, meetingId.slice(0, 8)) : plain;
  ctx.dirOwners.set(dir, meetingId);
  return dir;
}
