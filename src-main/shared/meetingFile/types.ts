/**
 * The meeting file (its spec, format version 1) as TypeScript: the enum values with
 * their Danish labels, and the parsed meeting that `parseMeetingFile` returns and
 * `serializeMeetingFile` takes.
 *
 * Keys the spec marks optional are optional here and may be null ("absent or null"). After
 * `parseMeetingFile` the keys with a spec default are always set (role, attendance, isReferent,
 * signs, access, done, revision, documentKind, status), rich text is canonical ProseMirror or null,
 * and keys this version does not know are still on the objects (not in these types) so they
 * survive a round trip; `serializeMeetingFile` writes them after the known keys.
 */
import type { RichDoc } from '../richText/proseMirror';

export const FORMAT = 'referent.meeting';
export const FORMAT_VERSION = 1;

export const documentKinds = ['agenda', 'minutes', 'decision-minutes'] as const;
export const statuses = ['draft', 'agenda-sent', 'in-meeting', 'final', 'signed'] as const;
export const roles = ['member', 'chair', 'vice-chair', 'administration', 'guest'] as const;
export const attendanceValues = ['present', 'notified-absence', 'absent', 'unknown'] as const;
export const itemKinds = ['information', 'discussion', 'decision', 'standing', 'break'] as const;
export const accessValues = ['open', 'closed'] as const;
export const outcomes = ['approved', 'approved-with-changes', 'decided', 'noted', 'discussed', 'postponed', 'rejected', 'none'] as const;
export const absenceReasons = ['inhabil', 'left', 'arrived-later', 'other'] as const;

export type DocumentKind = (typeof documentKinds)[number];
export type Status = (typeof statuses)[number];
export type Role = (typeof roles)[number];
export type Attendance = (typeof attendanceValues)[number];
export type ItemKind = (typeof itemKinds)[number];
export type Access = (typeof accessValues)[number];
export type Outcome = (typeof outcomes)[number];
export type AbsenceReason = (typeof absenceReasons)[number];

export const documentKindLabels: Record<DocumentKind, string> = {
  agenda: 'Dagsorden',
  minutes: 'Referat',
  'decision-minutes': 'Beslutningsreferat',
};
export const statusLabels: Record<Status, string> = {
  draft: 'Kladde',
  'agenda-sent': 'Dagsorden udsendt',
  'in-meeting': 'Mødet er i gang',
  final: 'Endelig',
  signed: 'Underskrevet',
};
export const roleLabels: Record<Role, string> = {
  member: 'Medlem',
  chair: 'Formand',
  'vice-chair': 'Næstformand',
  administration: 'Forvaltning',
  guest: 'Gæst',
};
export const attendanceLabels: Record<Attendance, string> = {
  present: 'Deltager',
  'notified-absence': 'Afbud',
  absent: 'Fraværende',
  unknown: 'Ukendt',
};
export const itemKindLabels: Record<ItemKind, string> = {
  information: 'Orientering',
  discussion: 'Drøftelse',
  decision: 'Beslutning',
  standing: 'Fast punkt',
  break: 'Pause',
};
export const accessLabels: Record<Access, string> = { open: 'Åben sag', closed: 'Lukket sag' };
export const outcomeLabels: Record<Outcome, string> = {
  approved: 'Godkendt',
  'approved-with-changes': 'Godkendt med ændringer',
  decided: 'Besluttet',
  noted: 'Taget til efterretning',
  discussed: 'Drøftet',
  postponed: 'Udsat',
  rejected: 'Afvist',
  none: 'Ingen',
};
export const absenceReasonLabels: Record<AbsenceReason, string> = {
  inhabil: 'Inhabil',
  left: 'Gik under punktet',
  'arrived-later': 'Kom senere',
  other: 'Anden grund',
};

/** The spec's default for `signs`: members, chair and vice-chair sign; administration and guests do not. */
export function defaultSigns(role: Role | null | undefined): boolean {
  return role !== 'administration' && role !== 'guest';
}

export interface MeetingForum {
  name: string;
  organisation?: string | null;
  shortName?: string | null;
}

export interface Person {
  id: string;
  name: string;
  organisation?: string | null;
  title?: string | null;
  role?: Role | null;
  attendance?: Attendance | null;
  attendanceNote?: string | null;
  remark?: string | null;
  isReferent?: boolean | null;
  signs?: boolean | null;
  substituteFor?: string | null;
}

export interface Votes {
  for: number;
  against: number;
  abstain: number;
}

export interface Dissent {
  personIds: string[];
  /** Required in the file; null when it holds no text. */
  text: RichDoc | null;
}

export interface Decision {
  outcome: Outcome;
  text?: RichDoc | null;
  decidedBy?: string | null;
  postponedTo?: string | null;
  votes?: Votes | null;
  dissent?: Dissent[] | null;
}

export interface ItemAbsence {
  personId: string;
  reason: AbsenceReason;
  note?: string | null;
}

export interface Action {
  id: string;
  text: string;
  ownerId?: string | null;
  ownerName?: string | null;
  due?: string | null;
  done?: boolean | null;
}

export interface RoundTableEntry {
  personId: string;
  /** Required in the file; null when it holds no text. */
  text: RichDoc | null;
}

export interface Attachment {
  id: string;
  number?: string | null;
  title: string;
  reference?: string | null;
  access?: Access | null;
  file?: string | null;
  sha256?: string | null;
}

/** An item's own fields; a sub-item is exactly this (it has no sub-items of its own). */
export interface SubItem {
  id: string;
  number?: string | null;
  title: string;
  subtitle?: string | null;
  kind?: ItemKind | null;
  presenter?: string | null;
  plannedMinutes?: number | null;
  caseNumber?: string | null;
  kleNumber?: string | null;
  access?: Access | null;
  routing?: string | null;
  description?: RichDoc | null;
  recommendation?: RichDoc | null;
  notes?: RichDoc | null;
  absent?: ItemAbsence[] | null;
  roundTable?: RoundTableEntry[] | null;
  decision?: Decision | null;
  actions?: Action[] | null;
  attachments?: Attachment[] | null;
}

export interface Item extends SubItem {
  subItems?: SubItem[] | null;
}

export interface NextMeeting {
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  location?: string | null;
  host?: string | null;
  note?: string | null;
}

export interface MeetingFile {
  format: typeof FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  id: string;
  revision?: number | null;
  updatedAt?: string | null;
  forum: MeetingForum;
  title: string;
  documentKind?: DocumentKind | null;
  date: string;
  startTime?: string | null;
  endTime?: string | null;
  location?: string | null;
  people?: Person[] | null;
  items?: Item[] | null;
  nextMeeting?: NextMeeting | null;
  status?: Status | null;
  jointBodies?: string[] | null;
  preamble?: RichDoc | null;
}

/** The known keys of each object, in the order of the spec's tables (the order the file is written in). */
export const keyOrder = {
  meeting: ['format', 'formatVersion', 'id', 'revision', 'updatedAt', 'forum', 'title', 'documentKind', 'date', 'startTime', 'endTime', 'location', 'people', 'items', 'nextMeeting', 'status', 'jointBodies', 'preamble'],
  forum: ['name', 'organisation', 'shortName'],
  person: ['id', 'name', 'organisation', 'title', 'role', 'attendance', 'attendanceNote', 'remark', 'isReferent', 'signs', 'substituteFor'],
  item: ['id', 'number', 'title', 'subtitle', 'kind', 'presenter', 'plannedMinutes', 'caseNumber', 'kleNumber', 'access', 'routing', 'description', 'recommendation', 'notes', 'absent', 'roundTable', 'decision', 'actions', 'attachments', 'subItems'],
  decision: ['outcome', 'text', 'decidedBy', 'postponedTo', 'votes', 'dissent'],
  votes: ['for', 'against', 'abstain'],
  dissent: ['personIds', 'text'],
  absence: ['personId', 'reason', 'note'],
  action: ['id', 'text', 'ownerId', 'ownerName', 'due', 'done'],
  roundTable: ['personId', 'text'],
  attachment: ['id', 'number', 'title', 'reference', 'access', 'file', 'sha256'],
  nextMeeting: ['date', 'startTime', 'endTime', 'location', 'host', 'note'],
} as const;
