import type { Meeting, MeetingSubItem } from '../shared/domain/meeting';
import { shownItemNumbers } from '../shared/domain/itemNumbers';
import { danishTimeSpan, longDanishDate } from '../shared/format/danishDate';
import { docToPlainText } from '../shared/richText/plainText';
import { absenceReasonLabels, attendanceLabels, documentKindLabels, outcomeLabels, statusLabels } from '../shared/meetingFile/types';
import type { RichDoc } from '../shared/richText/proseMirror';

const indent = (text: string, by = '    ') => text.split('\n').map((l) => (l ? by + l : l)).join('\n');
const rich = (label: string, doc: RichDoc | null | undefined, by = '  ') => (doc ? `${by}${label}:\n${indent(docToPlainText(doc), `${by}  `)}\n` : '');

/** An item's texts and decision, `by` in from the left (sub-items one step further in). */
function itemBody(item: MeetingSubItem, names: Map<string, string>, by: string): string {
  const name = (id: string) => names.get(id) ?? id;
  let block = '';
  if (item.subtitle) block += `${by}${item.subtitle}\n`;
  if (item.presenter) block += `${by}v/ ${item.presenter}\n`;
  block += rich('Sagsfremstilling', item.description, by) + rich('Indstilling', item.recommendation, by) + rich('Referat', item.notes, by);
  for (const e of item.roundTable) block += `${by}${name(e.personId)}:\n${indent(docToPlainText(e.text), `${by}  `)}\n`;
  for (const a of item.absent) block += `${by}${name(a.personId)} deltog ikke i behandlingen af punktet (${absenceReasonLabels[a.reason].toLowerCase()}${a.note ? `: ${a.note}` : ''}).\n`;
  const d = item.decision;
  if (d) {
    block += `${by}Beslutning: ${outcomeLabels[d.outcome]}${d.postponedTo ? ` til ${longDanishDate(d.postponedTo).toLowerCase()}` : ''}\n`;
    if (d.text) block += `${indent(docToPlainText(d.text), `${by}  `)}\n`;
    if (d.votes) block += `${by}  Afstemning: ${d.votes.for} for, ${d.votes.against} imod, ${d.votes.abstain} undlod at stemme\n`;
    for (const x of d.dissent ?? []) block += `${by}  Afvigende mening fra ${x.personIds.map(name).join(', ')}:\n${indent(docToPlainText(x.text), `${by}    `)}\n`;
  }
  for (const a of item.actions) {
    const owner = a.ownerId ? name(a.ownerId) : a.ownerName;
    block += `${by}Opfølgning: ${a.text}${owner ? ` – ${owner}` : ''}${a.due ? ` (senest ${a.due})` : ''}${a.done ? ' [udført]' : ''}\n`;
  }
  item.attachments.forEach((a, i) => {
    block += `${by}Bilag ${a.number || i + 1}: ${a.title}${a.reference ? ` (${a.reference})` : ''}${a.access === 'closed' ? ' – lukket' : ''}\n`;
  });
  return block;
}

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
  if (m.jointBodies.length) lines.push(`Fællesmøde med ${m.jointBodies.join(' og ')}`);
  lines.push(`Id: ${m.id}`);
  if (m.preamble) lines.push('', docToPlainText(m.preamble));
  const names = new Map(m.people.map((p) => [p.id, p.name]));
  if (m.people.length) {
    lines.push('', 'Deltagere:');
    for (const p of m.people) {
      const substitute = p.substituteFor ? `stedfortræder for ${names.get(p.substituteFor) ?? p.substituteFor}` : null;
      const extra = [p.organisation ?? p.title, attendanceLabels[p.attendance ?? 'unknown'], p.attendanceNote, substitute, p.isReferent ? 'referent' : null].filter(Boolean).join(', ');
      lines.push(`  ${p.name}${extra ? ` (${extra})` : ''}`);
    }
  }
  lines.push('');
  // Numbered as the export numbers them.
  const numbers = shownItemNumbers(m.items);
  for (const item of m.items) {
    const number = numbers.get(item.id);
    let block = `${number ? `${number}. ` : ''}${item.title}\n${itemBody(item, names, '  ')}`;
    for (const s of item.subItems) {
      const own = numbers.get(s.id);
      block += `  ${own ? `${own} ` : ''}${s.title}\n${itemBody(s, names, '    ')}`;
    }
    lines.push(block);
  }
  if (m.nextMeeting) {
    const nm = m.nextMeeting;
    const when = [nm.date ? longDanishDate(nm.date) : null, danishTimeSpan(nm.startTime, nm.endTime), nm.location, nm.host ? `vært: ${nm.host}` : null, nm.note].filter(Boolean);
    if (when.length) lines.push(`Næste møde: ${when.join(', ')}`, '');
  }
  return `${lines.join('\n')}\n`;
}
