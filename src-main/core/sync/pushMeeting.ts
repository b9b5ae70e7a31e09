/**
 * Writing one meeting from the outbox to the drive: its folder (moved when the meeting was
 * renamed or re-dated), the attachments and PDFs, then `møde.json` last, so whoever sees the new
 * meeting file finds its files there. A file is written only when its content changed, and never
 * over a `møde.json` someone else changed since Referent last saw it (the next round merges that).
 *
 * In two steps, so the round can plan a batch of meetings and journal them in one commit:
 * `preparePush` (no drive access) serialises the meeting, picks its folder and names the temp
 * files it may write, to be journaled with the sha256 of the møde.json it will rename into place;
 * `pushPlanned` then does the drive's part.
 */
import type { Meeting } from '../../shared/domain/meeting';
import { meetingDir, MEETING_FILE, tempPathFor } from './driveLayout';
import { meetingText } from './meetingText';
import { retryAt, sameStat, writeFiles, type FileToWrite, type RoundContext } from './roundContext';
import { sha256Hex } from './scanDrive';
import type { SyncMeetingRow } from './syncStore';

/** `incomplete`: the meeting file went, some of its PDFs could not be made (tried again later). */
export type PushOutcome = 'pushed' | 'incomplete' | 'unchanged' | 'gone' | 'remote-moved-on';

export interface PushPlan {
  meetingId: string;
  meeting: Meeting;
  text: string;
  contentHash: string;
  sha: string;
  row: SyncMeetingRow | null;
  dir: string;
  /** Temp paths journaled before anything of the meeting is written, by final path. */
  temps: Map<string, string>;
}

export interface PreparedPush {
  /** Null when the meeting is no longer here. */
  plan: PushPlan | null;
  /** The bookkeeping to commit before anything of the meeting is written (see planAhead). */
  journal(): void;
}

/** Everything of a push that needs no drive, on the main thread only. */
export function preparePush(ctx: RoundContext, meetingId: string): PreparedPush {
  const { store, meetings } = ctx;
  if (meetings.revisionOf(meetingId) === null) return { plan: null, journal: () => void store.dropFromOutbox(meetingId) };
  const meeting = meetings.get(meetingId);
  const { text, contentHash } = meetingText(meeting);
  const row = store.meeting(meetingId);
  const dir = folderFor(ctx, meetingId, { forum: meeting.forum.name, date: meeting.date, title: meeting.title });
  const paths = [MEETING_FILE, ...ctx.documents.names(meeting)].map((name) => `${dir}/${name}`);
  const plan: PushPlan = { meetingId, meeting, text, contentHash, sha: sha256Hex(text), row, dir, temps: new Map(paths.map((p) => [p, tempPathFor(p)])) };
  return {
    plan,
    journal() {
      plan.temps.forEach((t) => store.addTemp(t));
      // Before the møde.json is renamed into place: finding it after a crash then reads as our own.
      store.markPushing(meetingId, plan.sha);
    },
  };
}

/**
 * The drive's part. The bookkeeping after the writes (the new base, the outbox row) goes with a
 * later group commit; its promise is handed to `later`.
 */
export async function pushPlanned(ctx: RoundContext, plan: PushPlan, later: (settled: Promise<void>) => void): Promise<PushOutcome> {
  const { store, meetings, target } = ctx;
  const { meetingId, meeting, text, contentHash, sha, row, dir } = plan;
  /** The temps journaled for nothing are taken off the journal with the next commit. */
  const forget = () => later(ctx.commit.later(() => plan.temps.forEach((t) => store.doneTemp(t))));

  if (row?.dir && row.dir !== dir && (await target.stat(row.dir)) && !(await target.stat(dir))) {
    await target.rename(row.dir, dir);
    store.moveDir(meetingId, row.dir, dir);
  }
  // A folder made just now holds nothing: no file in it need be looked for (a first sync).
  const empty = await target.makeFolder(dir);

  const path = `${dir}/${MEETING_FILE}`;
  const there = empty ? null : await target.stat(path);
  const known = there && store.file(path);
  if (there && !(known && sameStat(known, there))) {
    const current = sha256Hex(await target.read(path));
    if (current !== sha && current !== row?.remote_sha) {
      forget();
      return 'remote-moved-on';
    }
  }

  const { documents, problems, warnings } = await ctx.documents.list(meeting, contentHash);
  /**
   * Whether the drive already holds these bytes: by the recorded size, time and inode, or else (a
   * folder chosen again, a database restored) by reading the file once, which is cheaper than
   * writing, syncing and reading it back.
   */
  const unchanged = async (filePath: string, wanted: string) => {
    if (empty) return false;
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
    if (!(await unchanged(docPath, doc.sha256))) docs.push({ path: docPath, sha256: doc.sha256, content: () => doc.content });
  }
  const meetingFile: FileToWrite[] = (await unchanged(path, sha)) ? [] : [{ path, sha256: sha, content: () => Buffer.from(text) }];

  // The documents first, møde.json last: whoever sees the new meeting file finds its files there.
  await writeFiles(ctx, meetingId, [docs, meetingFile], {
    journaled: plan.temps,
    later,
    finish() {
      store.putMeeting({ meeting_id: meetingId, dir, base_text: text, base_hash: contentHash, remote_sha: sha, published_conflict: row?.published_conflict ?? null });
      meetings.cacheContentHash(meetingId, meeting.revision, contentHash);
      if (problems.length) store.retryLater(meetingId, retryAt(ctx.now(), 1), problems.join(' '));
      else store.dequeue(meetingId, meeting.revision);
    },
  });
  ctx.warnings.push(...problems, ...warnings);
  if (problems.length) return 'incomplete';
  return docs.length + meetingFile.length > 0 ? 'pushed' : 'unchanged';
}

/** The meeting's folder; when another meeting already holds that name, the id's start tells them apart. */
function folderFor(ctx: RoundContext, meetingId: string, place: { forum: string; date: string; title: string }): string {
  const plain = meetingDir(place);
  const holder = ctx.dirOwners.get(plain);
  const dir = holder && holder !== meetingId ? meetingDir(place, meetingId.slice(0, 8)) : plain;
  ctx.dirOwners.set(dir, meetingId);
  return dir;
}
