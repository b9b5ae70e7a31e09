import type { MeetingItem } from '../../../src-main/shared/domain/meeting';

/**
 * The shown numbers: "1", "2" … in order with breaks unnumbered, sub-items "2.a", "2.b". An item's
 * own `number` (from a file) wins.
 */
export function itemNumbers(items: MeetingItem[]): Map<string, string> {
  const out = new Map<string, string>();
  let n = 0;
  for (const item of items) {
    if (item.kind === 'break') {
      out.set(item.id, '');
      continue;
    }
    n++;
    const number = item.number ?? String(n);
    out.set(item.id, number);
    item.subItems.forEach((sub, i) => out.set(sub.id, sub.number ?? `${number}.${String.fromCharCode(97 + (i % 26))}`));
  }
  return out;
}

/** Items and sub-items in reading order. */
export function flatItems(items: MeetingItem[]): { id: string; parentId: string | null; title: string }[] {
  return items.flatMap((i) => [{ id: i.id, parentId: null, title: i.title }, ...i.subItems.map((s) => ({ id: s.id, parentId: i.id, title: s.title }))]);
}
