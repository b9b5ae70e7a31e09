import type { Action, Attachment, DocumentKind, Item, ItemAbsence, MeetingFile, Person, RoundTableEntry, Status, SubItem } from '../meetingFile/types';

/** An item as the core hands it out: every list present (possibly empty). */
type ListKeys = 'absent' | 'roundTable' | 'actions' | 'attachments';
export type MeetingSubItem = Omit<SubItem, ListKeys> & {
  absent: ItemAbsence[];
  roundTable: RoundTableEntry[];
  actions: Action[];
  attachments: Attachment[];
};
export type MeetingItem = Omit<Item, ListKeys | 'subItems'> & MeetingSubItem & { subItems: MeetingSubItem[] };

/** A meeting as the core hands it to the renderer: the meeting file plus where it lives here. */
export type MeetingView = Omit<MeetingFile, 'documentKind' | 'status' | 'people' | 'items' | 'jointBodies'> & {
  forumId: string;
  revision: number;
  updatedAt: string;
  documentKind: DocumentKind;
  status: Status;
  people: Person[];
  items: MeetingItem[];
  jointBodies: string[];
  /** The agenda as it was when it was sent (status "Dagsorden udsendt"), to show changes since. */
  agendaSent: AgendaSnapshot | null;
};

export interface AgendaSnapshot {
  sentAt: string;
  items: { id: string; title: string; parentId: string | null; index: number }[];
}
export type Meeting = MeetingView;

/** One line of a meeting list. */
export interface MeetingSummary {
  id: string;
  forumId: string;
  forumName: string;
  title: string;
  date: string;
  documentKind: DocumentKind;
  status: Status;
  revision: number;
  updatedAt: string;
}

/** What every edit answers: the meeting's revision after the change. */
export interface Saved {
  revision: number;
}
