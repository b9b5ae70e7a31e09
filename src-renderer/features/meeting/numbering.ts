import type { MeetingItem } from '../../../src-main/shared/domain/meeting';
import { shownItemNumbers } from '../../../src-main/shared/domain/itemNumbers';

/** The shown numbers (shownItemNumbers: the export's rule), a break's as ''. */
export function itemNumbers(items: MeetingItem[]): Map<string, string> {
  return new Map([...shownItemNumbers(items)].map(([id, n]) => [id, n ?? '']));
}

/** Items and sub-items in reading order. */
export function flatItems(items: MeetingItem[]): { id: string; parentId: string | null; title: string }[] {
  return items.flatMap((i) => [{ id: i.id, parentId: null, title: i.title }, ...i.subItems.map((s) => ({ id: s.id, parentId: i.id, title: s.title }))]);
}
