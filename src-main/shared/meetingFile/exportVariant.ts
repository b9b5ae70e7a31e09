/**
 * The meeting file as `export --format json` writes it with `--agenda` or `--public`, the same
 * cut as the PDF and Word export make:
 * - public: a closed item (or sub-item) keeps only what identifies it (id, number, title, kind,
 *   access), so its place and number are as in the minutes but none of its texts, parts or
 *   unknown keys; closed attachments are left out everywhere;
 * - agenda: documentKind "agenda", and what only the meeting itself produces (notes, absences,
 *   round table, decision, follow-ups, attendance) is left out.
 * The result is still a valid meeting file: every person reference that remains names a person.
 */
import type { Item, MeetingFile, Person, SubItem } from './types';

export interface ExportVariantOptions {
  agenda?: boolean;
  public?: boolean;
}

function closedStub(item: SubItem): SubItem {
  const { id, number, title, kind, access } = item;
  return { id, number, title, kind, access };
}

/** An open item's own parts for the variant (sub-items are cut by the caller). */
function cutItem(item: SubItem, options: ExportVariantOptions): SubItem {
  let out = item;
  if (options.agenda) {
    const { notes: _n, absent: _a, roundTable: _r, decision: _d, actions: _c, ...agendaPart } = item;
    out = agendaPart;
  }
  if (options.public && out.attachments) out = { ...out, attachments: out.attachments.filter((a) => a.access !== 'closed') };
  return out;
}

const cut = (item: SubItem, options: ExportVariantOptions): SubItem => (options.public && item.access === 'closed' ? closedStub(item) : cutItem(item, options));

function cutPerson(p: Person): Person {
  const { attendance: _a, attendanceNote: _n, ...rest } = p;
  return rest;
}

export function meetingFileVariant(file: MeetingFile, options: ExportVariantOptions): MeetingFile {
  if (!options.agenda && !options.public) return file;
  const items = (file.items ?? []).map((item: Item): Item => {
    const own = cut(item, options);
    // A closed item's sub-items are its content; an open one's are cut one by one.
    if (!item.subItems || (options.public && item.access === 'closed')) return own;
    return { ...own, subItems: item.subItems.map((sub) => cut(sub, options)) };
  });
  return {
    ...file,
    ...(options.agenda ? { documentKind: 'agenda' as const, people: (file.people ?? []).map(cutPerson) } : {}),
    items,
  };
}
