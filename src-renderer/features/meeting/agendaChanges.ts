import type { MeetingView } from '../../../src-main/shared/domain/meeting';

export type AgendaChange = 'added' | 'moved' | 'renamed';

/** Indexes (into `xs`) of one longest increasing subsequence: the items that kept their order. */
function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) keep.add(k);
  return keep;
}

/**
 * What changed in the agenda since it was sent (status "Dagsorden udsendt"): items added, moved
 * (out of their old order, or to another parent: inserting one item does not make the rest
 * "moved") or renamed, and the titles of items removed. Nothing when the agenda was not sent.
 */
export function agendaChanges(meeting: MeetingView): { marks: Map<string, AgendaChange>; removed: string[] } {
  const marks = new Map<string, AgendaChange>();
  const sent = meeting.agendaSent;
  if (!sent) return { marks, removed: [] };
  const before = new Map(sent.items.map((i, order) => [i.id, { ...i, order }]));
  const now = meeting.items.flatMap((i) => [{ id: i.id, title: i.title, parentId: null as string | null }, ...i.subItems.map((s) => ({ id: s.id, title: s.title, parentId: i.id as string | null }))]);
  const kept = now.filter((i) => before.has(i.id));
  const inOrder = longestIncreasing(kept.map((i) => before.get(i.id)!.order));
  const keptIndex = new Map(kept.map((i, k) => [i.id, k]));
  for (const i of now) {
    const was = before.get(i.id);
    if (!was) marks.set(i.id, 'added');
    else if (was.parentId !== i.parentId || !inOrder.has(keptIndex.get(i.id)!)) marks.set(i.id, 'moved');
    else if (was.title !== i.title) marks.set(i.id, 'renamed');
  }
  const present = new Set(now.map((i) => i.id));
  return { marks, removed: sent.items.filter((i) => !present.has(i.id)).map((i) => i.title) };
}
