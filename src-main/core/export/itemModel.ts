/**
 * One agenda item as one export variant shows it. The order of the sections is that of the
 * spec's item table: description, recommendation, notes, absences, round table, decision,
 * actions, attachments.
 * Empty sections are left out; a closed item in a public export keeps only its heading.
 */
import { shownItemNumbers } from '../../shared/domain/itemNumbers';
import type { Meeting, MeetingSubItem } from '../../shared/domain/meeting';
import { accessLabels, outcomeLabels, type Attachment, type Decision } from '../../shared/meetingFile/types';
import { dashedDanishDate, shortDanishDate } from '../../shared/format/danishDate';
import { docToPlainText } from '../../shared/richText/plainText';
import type { RichDoc } from '../../shared/richText/proseMirror';
import type { ExportVariant } from '../../shared/export/types';
import type { ExportItem, Part, Section } from './modelTypes';
import { absenceText, nameOf, personDetail, type PeopleIndex } from './peopleModel';

export interface ItemContext {
  meeting: Meeting;
  variant: ExportVariant;
  public: boolean;
  find: PeopleIndex;
}

const hasText = (doc: RichDoc | null | undefined): doc is RichDoc => !!doc && docToPlainText(doc).trim() !== '';

/** The shown number of an attachment: its own, else its place in the item. */
export function attachmentLine(a: Attachment, index: number, showClosed: boolean): string {
  const ref = a.reference ? ` (${a.reference})` : '';
  const closed = showClosed && a.access === 'closed' ? ' – lukket bilag' : '';
  // "1. Plan", but "2.1 Plan": a number that already has a dot in it takes none after it (as items).
  const number = a.number || String(index + 1);
  return `${number}${number.includes('.') ? '' : '.'} ${a.title}${ref}${closed}`;
}

/** The attachments an export shows: a public one leaves the closed ones out. */
export function visibleAttachments(item: MeetingSubItem, isPublic: boolean): Array<{ a: Attachment; index: number }> {
  return item.attachments.map((a, index) => ({ a, index })).filter(({ a }) => !(isPublic && a.access === 'closed'));
}

function decisionSection(d: Decision, ctx: ItemContext): Section | null {
  const parts: Part[] = [];
  const label = outcomeLabels[d.outcome];
  // "Godkendt." as the whole decision text needs no "Godkendt" above it.
  const saysItself = hasText(d.text) && docToPlainText(d.text).trim().toLowerCase().startsWith(label.toLowerCase());
  if (d.outcome !== 'none' && !saysItself) {
    const to = d.outcome === 'postponed' && d.postponedTo ? ` til mødet den ${shortDanishDate(d.postponedTo)}` : '';
    parts.push({ type: 'text', text: `${label}${to}`, strong: true });
  }
  if (hasText(d.text)) parts.push({ type: 'rich', doc: d.text });
  if (d.votes) {
    const v = d.votes;
    parts.push({ type: 'text', text: `Afstemning: ${v.for} for, ${v.against} imod, ${v.abstain} undlod at stemme.` });
  }
  for (const dissent of d.dissent ?? []) {
    const names = dissent.personIds.map((id) => nameOf(ctx.find, id)).join(', ');
    parts.push({ type: 'text', text: `Afvigende mening fra ${names}:`, strong: true });
    if (hasText(dissent.text)) parts.push({ type: 'rich', doc: dissent.text });
  }
  if (!parts.length) return null;
  const by = d.decidedBy || ctx.meeting.forum.name;
  return { field: 'decision', label: `Beslutning i ${by} den ${dashedDanishDate(ctx.meeting.date)}`, parts };
}

function sections(item: MeetingSubItem, ctx: ItemContext): Section[] {
  const out: Section[] = [];
  const minutes = ctx.variant !== 'agenda';
  // What was said (notes, Bordet rundt) is in the full minutes. A Beslutningsreferat drawn from
  // a meeting written as full minutes leaves it out: that is the decisions-only document. A
  // meeting written as a Beslutningsreferat shows all that was written in it, so nothing its
  // referent typed (or its file holds: "Merete Holck orienterede om …") goes missing.
  const full = ctx.variant === 'minutes' || (ctx.variant === 'decision-minutes' && ctx.meeting.documentKind === 'decision-minutes');
  const rich = (field: Section['field'], label: string, doc: RichDoc | null | undefined) => {
    if (hasText(doc)) out.push({ field, label, parts: [{ type: 'rich', doc }] });
  };
  rich('description', 'Sagsfremstilling', item.description);
  rich('recommendation', 'Indstilling', item.recommendation);
  // Notes alone under an item need no label (as in the Ringsted minutes); after the agenda text they do.
  if (full && hasText(item.notes)) out.push({ field: 'notes', label: out.length ? 'Referat' : null, parts: [{ type: 'rich', doc: item.notes }] });
  if (minutes && item.absent.length) {
    const parts: Part[] = item.absent.map((a) => ({ type: 'text', text: absenceText(nameOf(ctx.find, a.personId), a.reason, a.note) }));
    out.push({ field: 'absent', label: null, parts });
  }
  if (full && item.roundTable.length) {
    const parts: Part[] = item.roundTable.map((e) => {
      const p = ctx.find(e.personId);
      return { type: 'speaker', name: p?.name ?? 'en deltager', detail: p ? personDetail(p) : null, doc: hasText(e.text) ? e.text : null };
    });
    // An item called "Bordet rundt" needs no second label saying so.
    out.push({ field: 'roundTable', label: item.title.trim().toLowerCase() === 'bordet rundt' ? null : 'Bordet rundt', parts });
  }
  if (minutes && item.decision) {
    const d = decisionSection(item.decision, ctx);
    if (d) out.push(d);
  }
  if (minutes && item.actions.length) {
    const lines = item.actions.map((a) => {
      const owner = a.ownerId ? nameOf(ctx.find, a.ownerId) : a.ownerName;
      const who = owner ? ` – ansvarlig: ${owner}` : '';
      const due = a.due ? `${owner ? ',' : ' –'} senest ${shortDanishDate(a.due)}` : '';
      return `${a.text}${who}${due}${a.done ? ' (udført)' : ''}`;
    });
    out.push({ field: 'actions', label: 'Opfølgning', parts: [{ type: 'list', items: lines }] });
  }
  const attachments = visibleAttachments(item, ctx.public);
  if (attachments.length) {
    const lines = attachments.map(({ a, index }) => attachmentLine(a, index, !ctx.public));
    out.push({ field: 'attachments', label: 'Bilag', parts: [{ type: 'list', items: lines, plain: true }] });
  }
  return out;
}

function meta(item: MeetingSubItem): string[] {
  const out: string[] = [];
  if (item.caseNumber) out.push(`Sagsnr. ${item.caseNumber}`);
  if (item.kleNumber) out.push(`KLE ${item.kleNumber}`);
  // "Åben sag" is said where the item is a case (it has a number or a routing); "Lukket sag" always.
  const access = item.access ?? 'open';
  if (access === 'closed' || item.caseNumber || item.kleNumber || item.routing) out.push(accessLabels[access]);
  if (item.routing) out.push(`Sagsgang: ${item.routing}`);
  return out;
}

export function buildItem(item: MeetingSubItem & { subItems?: MeetingSubItem[] }, numbers: ReadonlyMap<string, string | null>, anchor: string, ctx: ItemContext): ExportItem {
  const isBreak = item.kind === 'break';
  const number = numbers.get(item.id) ?? null;
  const minutesLabel = item.plannedMinutes ? `(${item.plannedMinutes} min.)` : null;
  // "3. Budget", but "3.a Puljen": a number that already has a dot in it takes none after it.
  const heading = isBreak ? [item.title, item.presenter ? `v/ ${item.presenter}` : null, minutesLabel].filter(Boolean).join(' ') : `${number}${number?.includes('.') ? '' : '.'} ${item.title}`;
  const closedPlaceholder = ctx.public && item.access === 'closed';
  const base = { itemId: item.id, anchor, number: isBreak ? null : number, title: item.title, heading, isBreak, closedPlaceholder };
  if (closedPlaceholder || isBreak) {
    return { ...base, subtitle: null, presenterLine: null, meta: [], sections: [], subItems: [] };
  }
  const presenter = [item.presenter ? `v/ ${item.presenter}` : null, minutesLabel].filter(Boolean).join(' ');
  const subItems = (item.subItems ?? []).map((sub, j) => buildItem(sub, numbers, `${anchor}-${j + 1}`, ctx));
  return {
    ...base,
    subtitle: item.subtitle || null,
    presenterLine: presenter || null,
    meta: meta(item),
    sections: sections(item, ctx),
    subItems,
  };
}

/** Every item of the meeting, numbered from its order (a break takes no number). */
export function buildItems(ctx: ItemContext) {
  const numbers = shownItemNumbers(ctx.meeting.items);
  return ctx.meeting.items.map((item, i) => buildItem(item, numbers, `punkt-${i + 1}`, ctx));
}
