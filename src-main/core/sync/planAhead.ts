/**
 * Plans the pushes of a round a batch at a time, ahead of the lanes that write them: each batch's
 * journal (temp files, `pushing_sha`) is one commit, and the next batch is planned while the
 * lanes still have half of this one to write, so the drive never waits for the planning. The
 * planning is main-thread work (reading and serialising each meeting, ~0.5 ms), so a batch is
 * planned a few meetings at a time with the event loop let in between.
 */
import { preparePush, type PreparedPush, type PushPlan } from './pushMeeting';
import { breathe, type RoundContext } from './roundContext';

/** Meetings journaled in one commit. */
const PLAN_BATCH = 24;
/** Meetings planned between two turns of the event loop (~2-3 ms; GC or a big meeting can make it 10). */
const PLAN_STEP = 4;

interface Slot {
  promise: Promise<PushPlan | null>;
  resolve(plan: PushPlan | null): void;
  reject(error: unknown): void;
}

function slot(): Slot {
  let resolve!: Slot['resolve'];
  let reject!: Slot['reject'];
  const promise = new Promise<PushPlan | null>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined); // a lane takes it up, or none does when the round stops first
  return { promise, resolve, reject };
}

/**
 * `plan(i)` resolves with meeting i's plan once its journal is committed (null when the meeting
 * is gone), or rejects when it could not be planned or journaled.
 */
export function planAhead(ctx: RoundContext, meetingIds: readonly string[]): (index: number) => Promise<PushPlan | null> {
  // A plan holds its meeting and text: each is let go once its lane has it, so a round of 1,000 never holds them all.
  const slots: Array<Slot | null> = meetingIds.map(() => slot());
  let planned = 0;

  async function planBatch(from: number, to: number) {
    const batch = slots.slice(from, to) as Slot[]; // before the lanes take them
    const prepared: Array<[Slot, PreparedPush]> = [];
    for (let i = from; i < to; i++) {
      const s = batch[i - from]!;
      try {
        prepared.push([s, preparePush(ctx, meetingIds[i]!)]);
      } catch (e) {
        s.reject(e);
      }
      if ((i + 1 - from) % PLAN_STEP === 0 && i + 1 < to) await breathe();
    }
    // All asked for in one turn: one commit (see groupCommit).
    for (const [s, p] of prepared) ctx.commit.now(p.journal).then(() => s.resolve(p.plan), s.reject);
  }

  return (index) => {
    while (planned < meetingIds.length && planned <= index + PLAN_BATCH / 2) {
      const from = planned;
      planned = Math.min(meetingIds.length, from + PLAN_BATCH);
      void planBatch(from, planned);
    }
    const s = slots[index]!;
    slots[index] = null;
    return s.promise;
  };
}
