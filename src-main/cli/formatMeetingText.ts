import type { Meeting } from '../shared/domain/meeting';
import { danishTimeSpan, longDanishDate } from '../shared/format/danishDate';
import { docToPlainText } from '../shared/richText/plainText';
import { attendanceLabels, documentKindLabels, outcomeLabels, statusLabels } from '../shared/meetingFile/types';
import type { RichDoc } from '../shared/richText/proseMirror';

const indent = (text: string, by = '    ') => text.split('\n').map((l) => (l ? by + l : l)).join('\n');
const rich = (label: string, doc: RichDoc | null | undefined) => (doc ? `  ${label}:\n${indent(docToPlainText(doc))}\n` : '');

/** `referent show ID`: the meeting as a person reads it in a terminal. */
export function formatMeetingText(m: Meeting): string {
  const lines: string[] = [];
  lines.push(`${m.title}`);
  lines.push(`${m.forum.name}${m.forum.organisation ? `, ${m.forum.organisation}` : ''}`);
  lines.push(`${documentKindLabels[m.documentKind ?? 'minutes']} · ${statusLabels[m.status ?? 'draft']} · revision ${m.revision}`);
  lines.push(`Mødedato: ${longDanishDate(m.date)}`);
  const time = danishTimeSpan(m.startTime, m.endTime);
  if (time) lines.push(`Mødetidspunkt: ${time}`);
  if (m.location) lines.push(`Mødested: ${m.location}`);
  lines.push(`Id: ${m.id}`);
  if (m.people?.length) {
    lines.push('', 'Deltagere:');
    for (const p of m.people) {
      const extra = [p.organisation ?? p.title, attendanceLabels[p.attendance ?? 'unknown'], p.attendanceNote, p.isReferent ? 'referent' : null].filter(Boolean).join(', ');
      lines.push(`  ${p.name}${extra ? ` (${extra})` : ''}`);
    }
  }
  lines.push('');
  let n = 0;
  for (const item of m.items ?? []) {
    const number = item.kind === 'break' ? '' : `${item.number ?? String(++n)}. `;
    let block = `${number}${item.title}\n`;
    block += rich('Sagsfremstilling', item.description) + rich('Indstilling', item.recommendation) + rich('Referat', item.notes);
    if (item.decision) block += `  Beslutning: ${outcomeLabels[item.decision.outcome]}\n${item.decision.text ? indent(docToPlainText(item.decision.text)) + '\n' : ''}`;
    for (const a of item.actions ?? []) block += `  Opfølgning: ${a.text}${a.due ? ` (senest ${a.due})` : ''}${a.done ? ' [udført]' : ''}\n`;
    for (const [i, sub] of (item.subItems ?? []).entries()) {
      block += `  ${number.trim()}${String.fromCharCode(97 + i)}. ${sub.title}\n`;
    }
    lines.push(block);
  }
  return `${lines.join('\n')}\n`;
}
