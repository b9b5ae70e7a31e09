/**
 * A meeting whose `møde.json` on the drive changed since Referent last saw it. With L the content
 * here, R the drive's and B the last version both had:
 * - not here: imported (unless deleted here on purpose: then left alone);
 * - L = R: nothing to do but note it;
 * - L = B: only the drive changed, so its version is taken;
 * - R = B: only this side changed (a revision bump there), the outbox pushes it;
 * - else both changed: a three-way merge; fields changed on one side only merge by themselves,
 *   a field changed on both is a conflict the referent resolves. Never a silent overwrite.
 */
import { existsSync } from 'node:fs';
import { parseMeetingFile, parseMeetingValue } from '../../shared/meetingFile/validate';
import type { MeetingFile } from '../../shared/meetingFile/types';
import { attachmentPath, storeAttachmentBytes } from '../services/attachments';
import { contentHashOf, toMeetingFile } from '../services/meetings';
import { publishConflictCopy } from './conflictCopies';
import { MEETING_FILE } from './driveLayout';
import { mergeMeetings } from './mergeMeetings';
import type { RoundContext } from './roundContext';
import { sha256Hex, type RemoteMeeting } from './scanDrive';

export async function pullMeeting(ctx: RoundContext, remote: RemoteMeeting): Promise<void> {
  const { store, meetings } = ctx;
  const id = remote.meetingId;
  const file = remote.file!;
  const text = remote.text!;
  const R = contentHashOf(file);
  const row = store.meeting(id);
  const path = `${remote.dir}/${MEETING_FILE}`;
  const remoteRev = file.revision ?? 1;

  if (row?.pushing_sha && row.pushing_sha === remote.sha) {
    // Our own møde.json: renamed into place, then the process or the drive went before the round
    // noted it. What is on the drive is what we wrote: the common version now; the outbox finishes the push.
    return store.transaction(() => {
      store.putFile(path, id, remote.stat, remote.sha, Date.now());
      store.putMeeting({ meeting_id: id, dir: remote.dir, base_text: text, base_hash: R, remote_sha: remote.sha, published_conflict: row.published_conflict });
    });
  }

  /**
   * Bookkeeping that goes in the same transaction as the meeting's own change. When an
   * attachment could not be fetched, the drive's version is not marked as seen, so the next
   * round looks again.
   */
  const adopt = (asBase: boolean, complete = true) => {
    store.putFile(path, id, remote.stat, remote.sha, Date.now());
    store.putMeeting({
      meeting_id: id,
      dir: remote.dir,
      base_text: asBase ? text : (row?.base_text ?? null),
      base_hash: asBase ? R : (row?.base_hash ?? null),
      remote_sha: complete ? remote.sha : null,
      published_conflict: row?.published_conflict ?? null,
    });
    if (asBase && store.conflict(id)?.source === 'file') store.deleteConflict(id);
  };
  const taken = () => {
    ctx.report.pulled++;
    ctx.onReplaced?.(id);
  };

  const localRev = meetings.revisionOf(id);
  if (localRev === null) {
    if (row) return store.transaction(() => adopt(false)); // deleted here: the drive keeps it, this installation does not
    const complete = await fetchAttachments(ctx, remote.dir, file);
    if (meetings.replaceFromSync(file, null, () => { adopt(true, complete); store.dropFromOutbox(id); })) taken();
    return;
  }

  const baseRev = row?.base_text ? revisionOfText(row.base_text) : null;
  if (baseRev !== null && remoteRev < baseRev) {
    // An older møde.json than the one both sides last had (the drive restored from a backup):
    // never taken over newer minutes. Ours goes out again.
    store.transaction(() => {
      adopt(false);
      store.enqueue(id, localRev, ctx.now().toISOString());
    });
    ctx.warnings.push(`«${file.title}» på drevet var en ældre udgave (revision ${remoteRev}) end den, Referent sidst lagde der (revision ${baseRev}), måske gendannet fra en sikkerhedskopi. Referent lægger den nyere udgave på drevet igen.`);
    return;
  }

  const L = meetings.contentHash(id);
  const B = row?.base_hash ?? null;
  if (L === R) {
    const complete = await fetchAttachments(ctx, remote.dir, file);
    if (remoteRev > localRev && meetings.replaceFromSync(file, localRev, () => { adopt(true, complete); store.dropFromOutbox(id); })) ctx.onReplaced?.(id);
    else store.transaction(() => adopt(true, complete)); // the same content; a higher revision here goes out with the outbox
    return;
  }
  if (L === B) {
    // Only the drive changed. A file edited by hand may not have bumped its revision: then it gets
    // one above ours, and the outbox writes it back so both sides hold the same bytes.
    const complete = await fetchAttachments(ctx, remote.dir, file);
    const version = remoteRev > localRev ? file : { ...file, revision: localRev + 1 };
    if (meetings.replaceFromSync(version, localRev, () => { adopt(true, complete); if (version === file) store.dropFromOutbox(id); })) taken();
    return;
  }
  if (R === B) return store.transaction(() => adopt(false));

  const local = toMeetingFile(meetings.get(id));
  const base = row?.base_text ? parsedOrNull(row.base_text) : null;
  const { merged, conflicts } = mergeMeetings(base, local, file);
  if (conflicts.length === 0) {
    const result = parseMeetingValue({ ...merged, revision: Math.max(localRev, remoteRev) + 1, updatedAt: ctx.now().toISOString() }, path);
    if (!result.ok) throw new Error(`Sammenfletningen af «${local.title}» blev ikke et gyldigt møde: ${result.message}`);
    const complete = await fetchAttachments(ctx, remote.dir, file);
    if (meetings.replaceFromSync(result.meeting, localRev, () => adopt(true, complete))) taken();
    return;
  }

  const published = await publishConflictCopy(ctx, local, base);
  store.transaction(() => {
    store.putConflict({ meeting_id: id, source: 'file', remote_text: text, base_text: row?.base_text ?? null, from_installation: null, detected_at: ctx.now().toISOString() });
    adopt(false);
    store.putMeeting({ ...store.meeting(id)!, published_conflict: published });
  });
  ctx.report.conflicts++;
}

function revisionOfText(text: string): number | null {
  const m = /"revision": (\d+)/.exec(text);
  return m ? Number(m[1]) : null;
}

function parsedOrNull(text: string): MeetingFile | null {
  const r = parseMeetingFile(text, 'base');
  return r.ok ? r.meeting : null;
}

/**
 * The attachments of a meeting from the drive that are not here yet, checked against their
 * sha256, fetched before the meeting is stored. False when one is missing or wrong on the drive
 * (OneDrive may bring møde.json down before bilag/): then the next round tries again.
 */
async function fetchAttachments(ctx: RoundContext, dir: string, file: MeetingFile): Promise<boolean> {
  const wanted = (file.items ?? []).flatMap((i) => [...(i.attachments ?? []), ...(('subItems' in i ? i.subItems : null) ?? []).flatMap((s) => s.attachments ?? [])]);
  let complete = true;
  for (const a of wanted) {
    if (!a.file || !a.sha256 || existsSync(attachmentPath(ctx.dataDir, a.sha256))) continue;
    const stat = await ctx.target.stat(`${dir}/${a.file}`);
    if (!stat) {
      // A missing file may be the drive going away: that stops the round rather than pass as "missing".
      if (!(await ctx.target.rootExists())) throw Object.assign(new Error('drevet er væk'), { code: 'ENOENT' });
      ctx.warnings.push(`Bilaget ${a.file} til «${file.title}» mangler på drevet; Referent prøver igen ved næste synkronisering.`);
      complete = false;
      continue;
    }
    const bytes = await ctx.target.read(`${dir}/${a.file}`);
    if (sha256Hex(bytes) !== a.sha256) {
      ctx.warnings.push(`Bilaget ${a.file} til «${file.title}» på drevet er ikke det, mødet henviser til (forkert sha256); Referent prøver igen ved næste synkronisering.`);
      complete = false;
      continue;
    }
    storeAttachmentBytes(ctx.dataDir, Buffer.from(bytes));
    ctx.store.putFile(`${dir}/${a.file}`, file.id, stat, a.sha256, Date.now());
  }
  return complete;
}
