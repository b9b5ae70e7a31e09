import { z } from 'zod';
import { method } from './method';
import { id, optText } from './fields';
import { attendanceValues, roles } from '../meetingFile/types';
import type { Saved } from '../domain/meeting';
import type { Member } from '../domain/member';

const name = z.string().trim().min(1, 'Skriv et navn.').max(200, 'Højst 200 tegn.');

const personFields = z
  .object({
    name,
    organisation: optText(300),
    title: optText(300),
    role: z.enum(roles),
    attendance: z.enum(attendanceValues),
    attendanceNote: optText(500),
    remark: optText(500),
    isReferent: z.boolean(),
    signs: z.boolean().nullable(),
    substituteFor: id.nullable(),
  })
  .partial()
  .strict();

/** The people of one meeting (attendance) and the standing members of a forum. */
export const peopleMethods = {
  'people.add': method<Saved & { personId: string }>()(
    z.object({ meetingId: id, person: personFields.extend({ name }) }).strict(),
  ),
  'people.update': method<Saved>()(z.object({ meetingId: id, personId: id, patch: personFields }).strict()),
  'people.remove': method<Saved>()(z.object({ meetingId: id, personId: id }).strict()),
  'people.allPresent': method<Saved>()(z.object({ meetingId: id }).strict()),
  'people.move': method<Saved>()(z.object({ meetingId: id, personId: id, index: z.number().int().min(0) }).strict()),

  'members.list': method<Member[]>()(z.object({ forumId: id, includeRetired: z.boolean().optional() }).strict()),
  'members.add': method<Member>()(
    z
      .object({ forumId: id, name, organisation: optText(300).optional(), title: optText(300).optional(), role: z.enum(roles).optional() })
      .strict(),
  ),
  'members.update': method<Member>()(
    z
      .object({
        memberId: id,
        patch: z.object({ name, organisation: optText(300), title: optText(300), role: z.enum(roles), signs: z.boolean().nullable() }).partial().strict(),
      })
      .strict(),
  ),
  'members.retire': method<Member>()(z.object({ memberId: id, retired: z.boolean() }).strict()),
};
