import { z } from 'zod';
import { method } from './method';
import { dateString, id, optText } from './fields';
import { richDocSchema } from '../richText/proseMirror';
import { absenceReasons, outcomes } from '../meetingFile/types';
import type { Saved } from '../domain/meeting';

const count = z.number().int().min(0).max(10000);

/** What is written during the meeting: decisions, round table, per-item absences, follow-ups. */
export const minutesMethods = {
  'decisions.update': method<Saved>()(
    z
      .object({
        meetingId: id,
        itemId: id,
        /** Creates the decision (outcome "none") when the item has none yet. */
        patch: z
          .object({
            outcome: z.enum(outcomes),
            text: richDocSchema.nullable(),
            decidedBy: optText(300),
            postponedTo: dateString.nullable(),
            votes: z.object({ for: count, against: count, abstain: count }).strict().nullable(),
            dissent: z.array(z.object({ personIds: z.array(id).min(1), text: richDocSchema }).strict()).max(100),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'decisions.clear': method<Saved>()(z.object({ meetingId: id, itemId: id }).strict()),
  'roundTable.set': method<Saved>()(
    z.object({ meetingId: id, itemId: id, personId: id, text: richDocSchema.nullable() }).strict(),
  ),
  'absences.set': method<Saved>()(
    z
      .object({
        meetingId: id,
        itemId: id,
        personId: id,
        /** A person may have one absence of each reason in an item; null: the person took part in the item after all (every absence of theirs removed). */
        reason: z.enum(absenceReasons).nullable(),
        note: optText(500).optional(),
      })
      .strict(),
  ),
  /** Removes one of a person's absences in an item (say "kom senere" kept, "gik" taken back). */
  'absences.remove': method<Saved>()(z.object({ meetingId: id, itemId: id, personId: id, reason: z.enum(absenceReasons) }).strict()),
  'actions.add': method<Saved & { actionId: string }>()(
    z
      .object({
        meetingId: id,
        itemId: id,
        text: z.string().trim().min(1, 'Skriv opfølgningen.').max(2000),
        ownerId: id.nullish(),
        ownerName: optText(200).optional(),
        due: dateString.nullish(),
      })
      .strict(),
  ),
  'actions.update': method<Saved>()(
    z
      .object({
        meetingId: id,
        actionId: id,
        patch: z
          .object({
            text: z.string().trim().min(1, 'Skriv opfølgningen.').max(2000),
            ownerId: id.nullable(),
            ownerName: optText(200),
            due: dateString.nullable(),
            done: z.boolean(),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  'actions.delete': method<Saved>()(z.object({ meetingId: id, actionId: id }).strict()),
};
