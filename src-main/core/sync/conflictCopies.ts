/**
 * Conflict copies: when this installation finds a meeting changed both here and on the drive, it
 * leaves the drive's `møde.json` alone and puts its own version, with the base it started from,
 * in `.referent/konflikter/<meeting>--<installation>.json`. So the conflict shows on every
 * installation, both versions can be fetched from the drive, and whoever resolves it removes the
 * copies; the installation that published one then sees it gone and takes the resolution.
 */
import { parseMeetingValue } from '../../shared/meetingFile/validate';
import { buildMeetingJson, serializeMeetingFile } from '../../shared/meetingFile/serialize';
import type { MeetingFile } from '../../shared/meetingFile/types';
import { contentHashOf, toMeetingFile } from '../services/meetings';
import { conflictEntryPath } from './driveLayout';
import { mergeMeetings } from './mergeMeetings';
import { describeError } from './driveProblem';
import { sameStat, writeTracked, type RoundContext } from './roundContext';
import { sha256Hex } from './scanDrive';

export const CONFLICT_FORMAT = 'referent.conflict';

export async function publishConflictCopy(ctx: RoundContext, local: MeetingFile, base: MeetingFile | null): Promise<string> {
  const text = `${JSON.stringify({ format: CONFLICT_FORMAT, meetingId: local.id, installationId: ctx.installationId, base: base ? buildMeetingJson(base) : null, version: buildMeetingJson(local) }, null, 2)}\n`;
  await writeTracked(ctx, conflictEntryPath(local.id, ctx.installationId), Buffer.from(text), sha256Hex(text), local.id);
  return serializeMeetingFile(local);
}

/** Removes every conflict copy of the meetings resolved here (the resolution went out, or goes out this round). */
export async function removeResolvedCopies(ctx: RoundContext): Promise<void> {
  for (const meetingId of ctx.store.cleanups()) {
    for (const e of ctx.scan.entries.filter((x) => x.meetingId === meetingId)) {
      await ctx.target.remove(e.path);
      ctx.store.forgetFile(e.path);
    }
    ctx.scan.entries = ctx.scan.entries.filter((x) => x.meetingId !== meetingId);
    ctx.store.doneCleanup(meetingId);
  }
}

/**
 * Own copies someone removed: the conflict was resolved elsewhere, with the version published
 * here merged in. That version becomes the base, so what was typed here since still merges.
 * Returns the meetings whose drive version must be looked at again this round.
 */
export function takeResolutionsFromElsewhere(ctx: RoundContext): Set<string> {
  const own = new Set(ctx.scan.entries.filter((e) => e.installationId === ctx.installationId).map((e) => e.meetingId));
  const again = new Set<string>();
  for (const row of ctx.store.published()) {
    if (!row.published_conflict || own.has(row.meeting_id)) continue;
    const parsed = parseMeetingValue(JSON.parse(row.published_conflict), 'konfliktkopi');
    ctx.store.transaction(() => {
      ctx.store.putMeeting({ ...row, base_text: row.published_conflict, base_hash: parsed.ok ? contentHashOf(parsed.meeting) : null, published_conflict: null });
      if (ctx.store.conflict(row.meeting_id)?.source === 'file') ctx.store.deleteConflict(row.meeting_id);
    });
    again.add(row.meeting_id);
  }
  return again;
}

/** Other installations' copies: each one that clashes with what is here becomes a conflict here too. */
export async function readOthersCopies(ctx: RoundContext): Promise<void> {
  const others = ctx.scan.entries.filter((e) => e.installationId !== ctx.installationId);
  for (const c of ctx.store.conflicts()) {
    if (c.source === 'entry' && !others.some((e) => e.meetingId === c.meeting_id && e.installationId === c.from_installation)) ctx.store.deleteConflict(c.meeting_id);
  }
  for (const e of others) {
    try {
      if (ctx.meetings.revisionOf(e.meetingId) === null || ctx.store.conflict(e.meetingId)) continue;
      const stat = await ctx.target.stat(e.path);
      const known = ctx.store.file(e.path);
      if (!stat || (known && sameStat(known, stat))) continue;
      const bytes = await ctx.target.read(e.path);
      ctx.store.putFile(e.path, e.meetingId, stat, sha256Hex(bytes), Date.now());
      const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as { format?: string; base?: unknown; version?: unknown };
      const version = parseMeetingValue(value.version, e.path);
      const base = value.base ? parseMeetingValue(value.base, e.path) : null;
      if (value.format !== CONFLICT_FORMAT || !version.ok || (base && !base.ok)) {
        ctx.warnings.push(`Konfliktkopien ${e.path} kan ikke læses.`);
        continue;
      }
      const local = toMeetingFile(ctx.meetings.get(e.meetingId));
      if (contentHashOf(version.meeting) === ctx.meetings.contentHash(e.meetingId)) continue;
      const { conflicts } = mergeMeetings(base?.ok ? base.meeting : null, local, version.meeting);
      if (conflicts.length === 0) continue;
      ctx.store.putConflict({
        meeting_id: e.meetingId,
        source: 'entry',
        remote_text: serializeMeetingFile(version.meeting),
        base_text: base?.ok ? serializeMeetingFile(base.meeting) : null,
        from_installation: e.installationId,
        detected_at: ctx.now().toISOString(),
      });
      ctx.report.conflicts++;
    } catch (error) {
      ctx.warnings.push(`Konfliktkopien ${e.path} kan ikke læses: ${describeError(error)}`);
    }
  }
}
