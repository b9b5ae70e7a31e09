/**
 * The export model: a meeting reduced to what one variant of one export shows, in order, with
 * every Danish label already chosen. The HTML (and so the PDF) and the DOCX are both drawn from
 * it, so they hold the same content in the same order, and the CPR check reads exactly the text
 * that would be published.
 */
import type { RichDoc } from '../../shared/richText/proseMirror';
import type { ExportVariant } from '../../shared/export/types';

export type Part =
  /** Rich text as the referent wrote it. */
  | { type: 'rich'; doc: RichDoc }
  /** One paragraph of plain text; `strong` for the outcome and similar lead-ins. */
  | { type: 'text'; text: string; strong?: boolean }
  /** A list of plain lines: follow-ups with bullets; attachments `plain`, as they carry their own numbers. */
  | { type: 'list'; items: string[]; plain?: boolean }
  /** One person's turn in Bordet rundt: the name in bold, then what they said. */
  | { type: 'speaker'; name: string; detail: string | null; doc: RichDoc | null };

export type SectionField = 'description' | 'recommendation' | 'notes' | 'roundTable' | 'absent' | 'decision' | 'actions' | 'attachments';

export interface Section {
  field: SectionField;
  /** "Sagsfremstilling", "Beslutning i … den 15-04-2021"; null for a section shown without a label. */
  label: string | null;
  parts: Part[];
}

export interface ExportItem {
  itemId: string;
  /** The HTML id and PDF named destination: "punkt-3", "punkt-2-1". */
  anchor: string;
  /** "3", "2.a"; null for a break. */
  number: string | null;
  title: string;
  /** What the heading says: "3. Arbejdsplan"; a break: "Pause (10 min.)". */
  heading: string;
  isBreak: boolean;
  /** A closed item in a public export: only the heading and "Lukket punkt" are shown. */
  closedPlaceholder: boolean;
  subtitle: string | null;
  /** "v/ Gitte Dueholm (10 min.)". */
  presenterLine: string | null;
  /** "Sagsnr. 20/968", "KLE 00.15.00.A00", "Åben sag", "Sagsgang: DFSU". */
  meta: string[];
  sections: Section[];
  subItems: ExportItem[];
}

export interface FactRow {
  label: string;
  /** One line a value: a date, or one line a person. */
  lines: string[];
  /** People rows are shown as a list, one person a line. */
  list: boolean;
}

export interface AttachmentEntry {
  attachmentId: string;
  /** "1. Arbejdsplan for dialogforum for socialt udsatte 20/21 (55219/21)". */
  line: string;
  title: string;
  /** Where the attachment's bytes are, when the store has them (for the samlet PDF). */
  sha256: string | null;
  file: string | null;
}

export interface AttachmentGroup {
  heading: string;
  anchor: string;
  entries: AttachmentEntry[];
}

export interface Signer {
  name: string;
  detail: string | null;
}

export interface TocEntry {
  anchor: string;
  text: string;
  children: TocEntry[];
}

export interface ExportDoc {
  variant: ExportVariant;
  public: boolean;
  /** "Referat", "Dagsorden", "Beslutningsreferat". */
  kindLabel: string;
  /** The PDF's Title, the HTML title: "Referat – Dialogforum for socialt udsatte – 15. april 2021". */
  documentTitle: string;
  /** The PDF's Subject / dc:description. */
  subject: string;
  /** The PDF's Author / dc:creator: the organisation, else the forum. */
  author: string;
  organisation: string | null;
  forumName: string;
  meetingTitle: string;
  /** "Fællesmøde med Kommunalbestyrelsen". */
  jointBodies: string | null;
  /** Shown in a public export under the heading. */
  publicNote: string | null;
  preamble: RichDoc | null;
  facts: FactRow[];
  toc: TocEntry[];
  items: ExportItem[];
  nextMeeting: string[];
  attachments: AttachmentGroup[];
  signers: Signer[];
  /** The running header and footer. */
  furniture: { headerLeft: string; headerRight: string; footerLeft: string };
}

export const closingAnchors = { nextMeeting: 'naeste-moede', attachments: 'bilagsoversigt', signatures: 'underskriftsside' } as const;
