/**
 * Where a public export would publish CPR-like text: the export model is searched, so only
 * what this variant actually shows counts (the notes of an agenda are not shown, closed items
 * are placeholders in a public export).
 */
import { docToPlainText } from '../../shared/richText/plainText';
import type { CprFinding } from '../../shared/export/types';
import type { ExportDoc, ExportItem, Part, SectionField } from './modelTypes';
import { cprExcerpt, findCprNumbers } from './cprDetector';

function partText(p: Part): string {
  switch (p.type) {
    case 'rich':
      return docToPlainText(p.doc);
    case 'text':
      return p.text;
    case 'list':
      return p.items.join('\n');
    case 'speaker':
      return `${p.name}${p.detail ? `, ${p.detail}` : ''}: ${docToPlainText(p.doc)}`;
  }
}

const fieldLabels: Record<SectionField, string> = {
  description: 'Sagsfremstilling',
  recommendation: 'Indstilling',
  notes: 'Referat',
  roundTable: 'Bordet rundt',
  absent: 'Fravær under punktet',
  decision: 'Beslutning',
  actions: 'Opfølgning',
  attachments: 'Bilag',
};

export function findCprInDoc(doc: ExportDoc): CprFinding[] {
  const out: CprFinding[] = [];
  const look = (text: string, fieldLabel: string, item: ExportItem | null) => {
    for (const m of findCprNumbers(text)) {
      out.push({ itemId: item?.itemId ?? null, itemNumber: item?.number ?? null, itemTitle: item?.title ?? null, fieldLabel, excerpt: cprExcerpt(text, m) });
    }
  };
  look(doc.meetingTitle, 'Mødets titel', null);
  if (doc.preamble) look(docToPlainText(doc.preamble), 'Indledning', null);
  for (const f of doc.facts) look(f.lines.join('\n'), f.label, null);
  const walk = (item: ExportItem) => {
    look(item.heading, 'Titel', item);
    if (item.subtitle) look(item.subtitle, 'Undertitel', item);
    if (item.presenterLine) look(item.presenterLine, 'Oplægsholder', item);
    for (const s of item.sections) {
      look(s.parts.map(partText).join('\n\n'), fieldLabels[s.field], item);
    }
    item.subItems.forEach(walk);
  };
  doc.items.forEach(walk);
  doc.nextMeeting.forEach((l) => look(l, 'Næste møde', null));
  return out;
}
