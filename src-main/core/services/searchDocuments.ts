/**
 * What search finds in a meeting, as plain text: one document for the meeting's own texts (title,
 * place, preamble, who took part, Næste møde) and one per item and sub-item (its title and every
 * text it holds: Sagsfremstilling, Indstilling, Referat, Bordet rundt with each person's name,
 * the decision with its outcome and dissent, follow-ups, attachments).
 */
import { shownItemNumbers } from '../../shared/domain/itemNumbers';
import type { Meeting, MeetingSubItem } from '../../shared/domain/meeting';
import { outcomeLabels } from '../../shared/meetingFile/types';
import { docToPlainText } from '../../shared/richText/plainText';
import type { RichDoc } from '../../shared/richText/proseMirror';

export interface SearchDocument {
  itemId: string | null;
  itemNumber: string | null;
  itemTitle: string | null;
  title: string;
  body: string;
}

const text = (doc: RichDoc | string | null | undefined) => (typeof doc === 'string' ? doc : docToPlainText(doc ?? null));
const lines = (...parts: Array<string | null | undefined | false>) => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');

function itemBody(item: MeetingSubItem, nameOf: (id: string) => string): string {
  const d = item.decision;
  return lines(
    item.subtitle,
    item.presenter,
    item.caseNumber,
    text(item.description),
    text(item.recommendation),
    text(item.notes),
    ...item.roundTable.map((e) => `${nameOf(e.personId)}: ${text(e.text)}`),
    d && d.outcome !== 'none' ? outcomeLabels[d.outcome] : null,
    d ? text(d.text) : null,
    ...(d?.dissent ?? []).map((x) => `${x.personIds.map(nameOf).join(', ')}: ${text(x.text)}`),
    ...item.actions.map((a) => lines(a.text, a.ownerId ? nameOf(a.ownerId) : a.ownerName)),
    ...item.attachments.map((a) => lines(a.title, a.reference)),
  );
}

export function searchDocuments(m: Meeting): SearchDocument[] {
  const names = new Map(m.people.map((p) => [p.id, p.name]));
  const nameOf = (id: string) => names.get(id) ?? '';
  const numbers = shownItemNumbers(m.items);
  const next = m.nextMeeting;
  const docs: SearchDocument[] = [
    {
      itemId: null,
      itemNumber: null,
      itemTitle: null,
      title: m.title,
      body: lines(m.location, text(m.preamble), ...m.people.map((p) => lines(p.name, p.organisation, p.title)), next?.location, next?.host, next?.note),
    },
  ];
  for (const item of m.items.flatMap((i) => [i, ...i.subItems])) {
    docs.push({ itemId: item.id, itemNumber: numbers.get(item.id) ?? null, itemTitle: item.title, title: item.title, body: itemBody(item, nameOf) });
  }
  return docs;
}
