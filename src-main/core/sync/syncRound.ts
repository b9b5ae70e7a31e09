/**
 * One round of sync: check the drive is the one we know (its marker), sweep temp files a crash
 * left, read what changed on the drive and take it in (pull), then write what changed here
 * (push, from the outbox). A drive-level failure (gone, read-only, full) stops the round with a
 * DriveProblem; the outbox keeps every change for the next round.
 */
import { randomUUID } from 'node:crypto';
import type { SyncReport } from '../../shared/sync/types';
import { readOthersCopies, removeResolvedCopies, takeResolutionsFromElsewhere } from './conflictCopies';
import { MARKER_FILE } from './driveLayout';
import { asDriveProblem, describeError, DriveProblem } from './driveProblem';
import { createGroupCommit } from './groupCommit';
import { pullMeeting } from './pullMeeting';
import { planAhead } from './planAhead';
import { pushPlanned } from './pushMeeting';
import { breathe, retryAt, writeTracked, type RoundContext, type RoundDeps } from './roundContext';
import { loadRemote, scanDrive, sha256Hex } from './scanDrive';
import type { OutboxRow } from './syncStore';

const MARKER_FORMAT = 'referent.drive';
const PUSH_CONCURRENCY = 12;

/** Runs `work` over the items, `n` at a time; the first failure stops new work and is thrown once the running ones end. */
async function inParallel<T>(items: readonly T[], n: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        await work(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
}

export interface RoundResult {
  report: SyncReport;
  warnings: string[];
}

export async function syncRound(deps: RoundDeps): Promise<RoundResult> {
  const { target, store, folder } = deps;
  if (!(await target.rootExists())) throw asDriveProblem(Object.assign(new Error('root'), { code: 'ENOENT' }), folder)!;
  try {
    return await round(deps);
  } catch (e) {
    throw asDriveProblem(e, folder) ?? e;
  }

  async function round(d: RoundDeps): Promise<RoundResult> {
    const settings = store.settings();
    const ctx: RoundContext = {
      ...d,
      report: { pushed: 0, pulled: 0, conflicts: 0, failed: 0 },
      warnings: [],
      scan: { meetings: new Map(), entries: [], warnings: [] },
      installationId: settings.installation_id,
      dirOwners: new Map(store.dirs().map((r) => [r.dir, r.meeting_id])),
      commit: createGroupCommit(store),
    };
    await checkMarker(ctx);
    for (const temp of store.temps()) {
      await target.remove(temp);
      store.doneTemp(temp);
    }

    ctx.scan = await scanDrive(target, store, () => Date.now());
    ctx.warnings.push(...ctx.scan.warnings);
    for (const m of ctx.scan.meetings.values()) ctx.dirOwners.set(m.dir, m.meetingId);
    await removeResolvedCopies(ctx);
    const again = takeResolutionsFromElsewhere(ctx);

    const changed = [...ctx.scan.meetings.values()].filter((m) => again.has(m.meetingId) || store.remoteSha(m.meetingId) !== m.sha);
    const isDue = (r: { next_attempt_at: string | null }) => !!d.retryNow || !r.next_attempt_at || r.next_attempt_at <= d.now().toISOString();
    let total = changed.length + store.outbox().filter(isDue).length;
    let done = 0;
    const step = () => d.progress?.(++done, total);
    const undecided = new Set<string>();

    for (const remote of changed) {
      try {
        await pullMeeting(ctx, await loadRemote(target, remote));
      } catch (e) {
        if (asDriveProblem(e, folder)) throw e;
        undecided.add(remote.meetingId);
        ctx.report.failed++;
        ctx.warnings.push(`«${remote.dir}» kunne ikke hentes: ${describeError(e)}`);
      }
      step();
      await breathe();
    }
    await readOthersCopies(ctx);

    // What waits to go out, read after the pull: taking in the drive can queue a meeting (an older
    // copy of it on the drive, a merge), and that goes out in this same round.
    const due = store.outbox().filter(isDue);
    total = done + due.length;
    const toPush = due.filter((row) => !undecided.has(row.meeting_id) && !store.conflict(row.meeting_id));
    for (let i = due.length - toPush.length; i > 0; i--) step();

    const plan = planAhead(ctx, toPush.map((r) => r.meeting_id));
    const settling: Promise<void>[] = [];
    const failed = (row: OutboxRow, e: unknown) => {
      store.retryLater(row.meeting_id, retryAt(d.now(), row.attempts), describeError(e));
      ctx.report.failed++;
    };
    try {
      // Several meetings at a time: the drive's round trips (fsync, rename, read-back) overlap.
      await inParallel(toPush, PUSH_CONCURRENCY, async (row, index) => {
        try {
          const planned = await plan(index);
          let settled = Promise.resolve();
          const outcome = planned ? await pushPlanned(ctx, planned, (s) => (settled = s)) : 'gone';
          // Counted once its bookkeeping is committed; if that fails, the meeting is tried again later.
          // A meeting whose PDFs could not be made counts as failed: it waits in the outbox for another try.
          settling.push(
            settled.then(
              () => void (outcome === 'pushed' ? ctx.report.pushed++ : outcome === 'incomplete' && ctx.report.failed++),
              (e: unknown) => failed(row, e),
            ),
          );
        } catch (e) {
          if (asDriveProblem(e, folder)) throw e;
          failed(row, e);
        }
        step();
        await breathe();
      });
    } finally {
      // What the finished meetings left on the drive is noted before the round ends, also when it stops.
      await ctx.commit.flush();
      await Promise.all(settling);
    }
    return { report: ctx.report, warnings: ctx.warnings };
  }
}

/**
 * The marker tells this share from an empty folder where the drive should be: a folder without it
 * is never read as "every meeting was deleted". The first round writes it; later rounds insist on it.
 */
async function checkMarker(ctx: RoundContext): Promise<void> {
  const { target, store, folder } = ctx;
  const settings = store.settings();
  let shareId: string | null = null;
  if (await target.stat(MARKER_FILE)) {
    try {
      const value = JSON.parse(Buffer.from(await target.read(MARKER_FILE)).toString('utf8')) as { format?: string; shareId?: string };
      if (value.format === MARKER_FORMAT && typeof value.shareId === 'string') shareId = value.shareId;
    } catch {
      shareId = null;
    }
    if (!shareId) throw new DriveProblem('not-ours', `Referents mærkefil i ${folder} (${MARKER_FILE}) kan ikke læses. Referent rører ikke mappen; bed IT se på den.`);
  }
  if (!settings.share_id) {
    if (!shareId) {
      shareId = randomUUID();
      const text = `${JSON.stringify({ format: MARKER_FORMAT, shareId, createdAt: ctx.now().toISOString() }, null, 2)}\n`;
      await writeTracked(ctx, MARKER_FILE, Buffer.from(text), sha256Hex(text), null);
    }
    store.setShare(shareId);
    return;
  }
  if (!shareId) {
    throw new DriveProblem('not-ours', `Mappen ${folder} mangler Referents mærkefil (${MARKER_FILE}), så den ligner ikke det fælles drev, Referent plejer at bruge (måske er drevet ikke koblet rigtigt på). Referent rører ikke mappen. Er det den rigtige mappe, så vælg den igen under «Fælles drev».`);
  }
  if (shareId !== settings.share_id) {
    throw new DriveProblem('not-ours', `Mappen ${folder} hører til et andet fælles drev end det, Referent plejer at bruge. Er det den rigtige mappe, så vælg den igen under «Fælles drev».`);
  }
}

