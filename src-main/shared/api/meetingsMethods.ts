import { z } from 'zod';
import { method } from './method';
import { dateString, id, optText, timeString, title } from './fields';
import { richDocSchema } from '../richText/proseMirror';
import { documentKinds } from '../meetingFile/types';
import type { Meeting, MeetingSummary, Saved } from '../domain/meeting';

const nextMeeting = z
  .object({
    date: dateString.nullish(),
    startTime: timeString.nullish(),
    endTime: timeString.nullish(),
    location: optText(500).optional(),
    host: optText(500).optional(),
    note: optText(2000).optional(),
  })
  .strict();

export interface ImportResult {
  id: string;
  title: string;
  /** created, updated (the file's revision was newer), unchanged (same revision), older (kept ours). */
  action: 'created' | 'updated' | 'unchanged' | 'older';
}

export const meetingsMethods = {
  'meetings.list': method<MeetingSummary[]>()(z.object({ forumId: id.optional() }).strict()),
  'meetings.get': method<Meeting>()(z.object({ id }).strict()),
  'meetings.create': method<Meeting>()(
    z
      .object({
        forumId: id,
        title,
        /** Required unless the meeting starts from the last one and that one's Næste møde has a date. */
        date: dateString.optional(),
        documentKind: z.enum(documentKinds).optional(),
        startTime: timeString.nullish(),
        endTime: timeString.nullish(),
        location: optText(500).optional(),
        /** Start from this meeting's agenda and people (their roles, not their attendance). */
        copyAgendaFrom: id.optional(),
        /** Start from an agenda template (built-in or the user's). */
        templateId: id.optional(),
        /** Start from the forum's last meeting with every carry-over rule (postponed items, open follow-ups, Næste møde). */
        fromLast: z.boolean().optional(),
      })
      .strict(),
  ),
  'meetings.updateHeader': method<Saved>()(
    z
      .object({
        meetingId: id,
        patch: z
          .object({
            title,
            documentKind: z.enum(documentKinds),
            date: dateString,
            startTime: timeString.nullable(),
            endTime: timeString.nullable(),
            location: optText(500),
            jointBodies: z.array(z.string().trim().min(1).max(200)).max(20),
            preamble: richDocSchema.nullable(),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'meetings.setNextMeeting': method<Saved>()(z.object({ meetingId: id, nextMeeting: nextMeeting.nullable() }).strict()),
  'meetings.delete': method<{ deleted: true }>()(z.object({ id }).strict()),
  'meetings.importFile': method<ImportResult>()(
    z.object({ fileName: z.string().min(1).max(500), text: z.string().max(64 * 1024 * 1024, 'Filen er større end 64 MB.') }).strict(),
  ),
  'meetings.exportFile': method<{ fileName: string; text: string }>()(z.object({ id }).strict()),
};
