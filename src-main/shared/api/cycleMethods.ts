import { z } from 'zod';
import { method } from './method';
import { dateString, id } from './fields';
import { statuses } from '../meetingFile/types';
import { templateFileSchema, type Template } from '../templates/templateFile';
import type { Saved } from '../domain/meeting';

export interface FollowUp {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  itemId: string;
  itemTitle: string;
  actionId: string;
  text: string;
  ownerId: string | null;
  ownerName: string | null;
  /** The owner's name as shown (a person of that meeting, or the free name). */
  owner: string | null;
  due: string | null;
  done: boolean;
}

/** Templates, the life cycle of a meeting, and the forum's follow-up register. */
export const cycleMethods = {
  'templates.list': method<Template[]>()(z.object({}).strict()),
  'templates.save': method<Template>()(z.object({ id: id.optional(), template: templateFileSchema }).strict()),
  'templates.delete': method<{ deleted: true }>()(z.object({ id }).strict()),
  'templates.fromMeeting': method<Template>()(z.object({ meetingId: id, name: z.string().trim().min(1, 'Skriv skabelonens navn.').max(200) }).strict()),
  'templates.exportFile': method<{ fileName: string; text: string }>()(z.object({ id }).strict()),
  'templates.importFile': method<Template>()(z.object({ fileName: z.string().min(1).max(500), text: z.string().max(5 * 1024 * 1024) }).strict()),

  /** Moves a meeting along Kladde → Dagsorden udsendt → Møde i gang → Endeligt referat (and back). */
  'meetings.setStatus': method<Saved>()(z.object({ meetingId: id, status: z.enum(statuses).exclude(['signed']) }).strict()),
  /** "Opret næste møde": the next meeting of the forum, from this one, with every carry-over rule. */
  'meetings.createNext': method<{ id: string }>()(z.object({ meetingId: id, templateId: id.optional(), date: dateString.optional() }).strict()),

  'followUps.list': method<FollowUp[]>()(z.object({ forumId: id, includeDone: z.boolean().optional() }).strict()),
};
