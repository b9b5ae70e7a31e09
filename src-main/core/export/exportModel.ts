/**
 * `buildExportDoc`: a meeting and the export's options → the export model (modelTypes.ts).
 * Pure: no files, no clock, no browser.
 */
import type { Meeting } from '../../shared/domain/meeting';
import { danishTimeSpan, longDanishDate, shortDanishDate } from '../../shared/format/danishDate';
import { exportVariantLabels, type ExportVariant } from '../../shared/export/types';
import { closingAnchors, type AttachmentGroup, type ExportDoc, type ExportItem, type FactRow, type TocEntry } from './modelTypes';
import { buildItems, visibleAttachments, attachmentLine, type ItemContext } from './itemModel';
import { peopleFacts, peopleIndex, signers } from './peopleModel';

export interface ExportOptions {
  variant: ExportVariant;
  /** Leave every closed item's content and every closed attachment out. */
  public: boolean;
}

function facts(meeting: Meeting, variant: ExportVariant): FactRow[] {
  const rows: FactRow[] = [{ label: 'Mødedato', lines: [longDanishDate(meeting.date)], list: false }];
  const time = danishTimeSpan(meeting.startTime, meeting.endTime);
  if (time) rows.push({ label: 'Mødetidspunkt', lines: [time], list: false });
  if (meeting.location) rows.push({ label: 'Mødested', lines: [meeting.location], list: false });
  return [...rows, ...peopleFacts(meeting, variant)];
}

function nextMeetingLines(meeting: Meeting): string[] {
  const n = meeting.nextMeeting;
  if (!n) return [];
  const when = [n.date ? longDanishDate(n.date) : null, danishTimeSpan(n.startTime, n.endTime)?.replace(/^Kl\./, 'kl.')].filter(Boolean);
  const lines: string[] = [];
  if (when.length) lines.push(when.join(', '));
  if (n.location) lines.push(`Mødested: ${n.location}`);
  if (n.host) lines.push(`Vært: ${n.host}`);
  if (n.note) lines.push(n.note);
  return lines;
}

function attachmentGroups(meeting: Meeting, items: ExportItem[], isPublic: boolean): AttachmentGroup[] {
  const groups: AttachmentGroup[] = [];
  const add = (source: Meeting['items'][number] | Meeting['items'][number]['subItems'][number], shown: ExportItem) => {
    if (shown.closedPlaceholder || shown.isBreak) return;
    const entries = visibleAttachments(source, isPublic).map(({ a, index }) => ({
      attachmentId: a.id,
      line: attachmentLine(a, index, !isPublic),
      title: a.title,
      sha256: a.sha256 ?? null,
      file: a.file ?? null,
    }));
    if (entries.length) groups.push({ heading: shown.heading, anchor: shown.anchor, entries });
  };
  meeting.items.forEach((item, i) => {
    const shown = items[i]!;
    add(item, shown);
    item.subItems.forEach((sub, j) => {
      const subShown = shown.subItems[j];
      if (subShown) add(sub, subShown);
    });
  });
  return groups;
}

function tocEntries(doc: Omit<ExportDoc, 'toc'>): TocEntry[] {
  const entry = (i: ExportItem): TocEntry => ({ anchor: i.anchor, text: i.heading, children: i.subItems.filter((s) => !s.isBreak).map(entry) });
  const toc = doc.items.filter((i) => !i.isBreak).map(entry);
  if (doc.nextMeeting.length) toc.push({ anchor: closingAnchors.nextMeeting, text: 'Næste møde', children: [] });
  if (doc.attachments.length) toc.push({ anchor: closingAnchors.attachments, text: 'Bilagsoversigt', children: [] });
  if (doc.signers.length) toc.push({ anchor: closingAnchors.signatures, text: 'Underskriftsside', children: [] });
  return toc;
}

export function buildExportDoc(meeting: Meeting, options: ExportOptions): ExportDoc {
  const { variant } = options;
  const ctx: ItemContext = { meeting, variant, public: options.public, find: peopleIndex(meeting) };
  const kindLabel = exportVariantLabels[variant];
  const forumName = meeting.forum.name;
  const date = shortDanishDate(meeting.date);
  const items = buildItems(ctx);
  const publicSuffix = options.public ? ' (offentlig udgave)' : '';
  const base = {
    variant,
    public: options.public,
    kindLabel,
    documentTitle: `${kindLabel} – ${forumName} – ${date}${publicSuffix}`,
    subject: `${kindLabel}${publicSuffix} af mødet i ${forumName} den ${date}: ${meeting.title}`,
    author: meeting.forum.organisation || forumName,
    organisation: meeting.forum.organisation || null,
    forumName,
    meetingTitle: meeting.title,
    jointBodies: meeting.jointBodies.length ? `Fællesmøde med ${meeting.jointBodies.join(' og ')}` : null,
    publicNote: options.public ? 'Offentlig udgave: lukkede punkter vises kun med nummer og titel, og lukkede bilag er udeladt.' : null,
    preamble: meeting.preamble ?? null,
    facts: facts(meeting, variant),
    items,
    nextMeeting: nextMeetingLines(meeting),
    attachments: attachmentGroups(meeting, items, options.public),
    signers: variant === 'agenda' ? [] : signers(meeting),
    furniture: { headerLeft: forumName, headerRight: date, footerLeft: `${kindLabel}${publicSuffix}` },
  };
  return { ...base, toc: tocEntries(base) };
}
