import type { MeetingFile } from '../meetingFile/types';

/** A meeting as the core hands it to the renderer: the meeting file plus where it lives here. */
export type Meeting = MeetingFile & {
  forumId: string;
  revision: number;
  updatedAt: string;
};

/** One line of a meeting list. */
export interface MeetingSummary {
  id: string;
  forumId: string;
  forumName: string;
  title: string;
  date: string;
  documentKind: MeetingFile['documentKind'];
  status: MeetingFile['status'];
  revision: number;
  updatedAt: string;
}

/** What every edit answers: the meeting's revision after the change. */
export interface Saved {
  revision: number;
}
