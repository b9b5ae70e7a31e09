import type { MeetingItem } from './meeting';

/** a … z, then aa, ab …: the letters of sub-items. */
export const subItemLetter = (i: number): string => (i < 26 ? String.fromCharCode(97 + i) : subItemLetter(Math.floor(i / 26) - 1) + subItemLetter(i % 26));

/**
 * The number each item and sub-item is shown with, the one rule the app, the PDF and Word files,
 * `referent show` and search all use: "1", "2" … in order, a break without a number (null); an
 * item's own `number` (from a file) is shown as given and takes its place in the count; sub-items
 * "2.a", "2.b" …, a given sub-item number taking its place in the lettering the same way.
 */
export function shownItemNumbers(items: readonly MeetingItem[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let n = 0;
  for (const item of items) {
    if (item.kind === 'break') {
      out.set(item.id, null);
    } else {
      n++;
      out.set(item.id, item.number || String(n));
    }
    const number = out.get(item.id);
    let letter = 0;
    for (const sub of item.subItems) {
      if (sub.kind === 'break') {
        out.set(sub.id, null);
        continue;
      }
      out.set(sub.id, sub.number || (number ? `${number}.${subItemLetter(letter)}` : subItemLetter(letter)));
      letter++;
    }
  }
  return out;
}
