/**
 * The meeting file (its spec, "The meeting file (mødefil), format version 1") as zod schemas. Objects are
 * loose: keys this version does not know are kept on the parsed objects so they survive a round
 * trip. Parsing applies the spec's defaults and turns rich text into canonical ProseMirror (or null
 * when empty). Cross-references (ids, person references) are checked after the schema, in
 * references.ts, because they span the whole file.
 *
 * Use `parseMeetingFile` (validate.ts) rather than these schemas directly: it gives the message
 * with file name and path, checks references, and reads a wrong format or version first.
 */
import { z } from 'zod';
import { clockTime, id, instant, isoDate, optionalText, plainText, relativePath, requiredText, richText, sha256, uuid } from './scalars';
import {
  absenceReasons,
  accessValues,
  attendanceValues,
  defaultSigns,
  documentKinds,
  FORMAT,
  FORMAT_VERSION,
  itemKinds,
  outcomes,
  roles,
  statuses,
  type MeetingFile,
} from './types';

/**
 * Bounds on plain text. The spec sets none: these only keep a broken file (a whole document pasted
 * into a name) from being taken in, and are far above anything real minutes hold.
 */
export const limits = { title: 5000, name: 1000, shortName: 200, note: 10_000, number: 50, code: 200, actionText: 100_000 } as const;

const count = z.int().min(0).max(1_000_000);

export const formatSchema = z.unknown().superRefine((v, ctx) => {
  if (v !== FORMAT) ctx.addIssue({ code: 'custom', message: `forventede "${FORMAT}" (filen er ikke en Referent-mødefil), fik ${JSON.stringify(v) ?? 'ingenting'}` });
});

export const formatVersionSchema = z.unknown().superRefine((v, ctx) => {
  if (v === FORMAT_VERSION) return;
  const message =
    typeof v === 'number'
      ? `formatVersion ${v} understøttes ikke; denne version af Referent læser version ${FORMAT_VERSION}`
      : `forventede formatVersion ${FORMAT_VERSION}, fik ${JSON.stringify(v) ?? 'ingenting'}`;
  ctx.addIssue({ code: 'custom', message });
});

export const forumSchema = z.looseObject({
  name: requiredText(limits.name),
  organisation: optionalText(limits.name),
  shortName: optionalText(limits.shortName),
});

export const personSchema = z
  .looseObject({
    id,
    name: requiredText(limits.name),
    organisation: optionalText(limits.name),
    title: optionalText(limits.name),
    role: z.enum(roles).nullish(),
    attendance: z.enum(attendanceValues).nullish(),
    attendanceNote: optionalText(limits.title),
    remark: optionalText(limits.title),
    isReferent: z.boolean().nullish(),
    signs: z.boolean().nullish(),
    substituteFor: id.nullish(),
  })
  .transform((p) => ({
    ...p,
    role: p.role ?? 'member',
    attendance: p.attendance ?? 'unknown',
    isReferent: p.isReferent ?? false,
    signs: p.signs ?? defaultSigns(p.role),
  }));

export const dissentSchema = z.looseObject({
  personIds: z.array(id),
  text: richText,
});

export const votesSchema = z.looseObject({ for: count, against: count, abstain: count });

export const decisionSchema = z.looseObject({
  outcome: z.enum(outcomes),
  text: richText.nullish(),
  decidedBy: optionalText(limits.title),
  postponedTo: isoDate.nullish(),
  votes: votesSchema.nullish(),
  dissent: z.array(dissentSchema).nullish(),
});

export const itemAbsenceSchema = z.looseObject({
  personId: id,
  reason: z.enum(absenceReasons),
  note: optionalText(limits.title),
});

export const actionSchema = z
  .looseObject({
    id,
    text: plainText(limits.actionText),
    ownerId: id.nullish(),
    ownerName: optionalText(limits.name),
    due: isoDate.nullish(),
    done: z.boolean().nullish(),
  })
  .transform((a) => ({ ...a, done: a.done ?? false }));

export const roundTableEntrySchema = z.looseObject({
  personId: id,
  text: richText,
});

export const attachmentSchema = z
  .looseObject({
    id,
    number: optionalText(limits.number),
    title: plainText(limits.title),
    reference: optionalText(limits.name),
    access: z.enum(accessValues).nullish(),
    file: relativePath.nullish(),
    sha256: sha256.nullish(),
  })
  .transform((a) => ({ ...a, access: a.access ?? 'open' }));

const itemShape = {
  id,
  number: optionalText(limits.number),
  title: plainText(limits.title),
  subtitle: optionalText(limits.title),
  kind: z.enum(itemKinds).nullish(),
  presenter: optionalText(limits.name),
  plannedMinutes: z.int().min(0).max(1440).nullish(),
  caseNumber: optionalText(limits.code),
  kleNumber: optionalText(limits.code),
  access: z.enum(accessValues).nullish(),
  routing: optionalText(limits.name),
  description: richText.nullish(),
  recommendation: richText.nullish(),
  notes: richText.nullish(),
  absent: z.array(itemAbsenceSchema).nullish(),
  roundTable: z.array(roundTableEntrySchema).nullish(),
  decision: decisionSchema.nullish(),
  actions: z.array(actionSchema).nullish(),
  attachments: z.array(attachmentSchema).nullish(),
};

/** A sub-item may carry `subItems` only as nothing: sub-items are one level deep. */
const noDeeperItems = z.unknown().superRefine((v, ctx) => {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return;
  ctx.addIssue({ code: 'custom', message: 'underpunkter kan kun være ét niveau dybe (et underpunkt kan ikke have underpunkter)' });
});

export const subItemSchema = z
  .looseObject({ ...itemShape, subItems: noDeeperItems.optional() })
  .transform(({ subItems: _none, ...item }) => ({ ...item, access: item.access ?? 'open' }));

export const itemSchema = z
  .looseObject({ ...itemShape, subItems: z.array(subItemSchema).nullish() })
  .transform((item) => ({ ...item, access: item.access ?? 'open' }));

export const nextMeetingSchema = z.looseObject({
  date: isoDate.nullish(),
  startTime: clockTime.nullish(),
  endTime: clockTime.nullish(),
  location: optionalText(limits.title),
  host: optionalText(limits.name),
  note: optionalText(limits.note),
});

export const meetingFileSchema = z
  .looseObject({
    format: formatSchema,
    formatVersion: formatVersionSchema,
    id: uuid,
    revision: z.int().min(1).nullish(),
    updatedAt: instant.nullish(),
    forum: forumSchema,
    title: requiredText(limits.title),
    documentKind: z.enum(documentKinds).nullish(),
    date: isoDate,
    startTime: clockTime.nullish(),
    endTime: clockTime.nullish(),
    location: optionalText(limits.title),
    people: z.array(personSchema).nullish(),
    items: z.array(itemSchema).nullish(),
    nextMeeting: nextMeetingSchema.nullish(),
    status: z.enum(statuses).nullish(),
    jointBodies: z.array(requiredText(limits.name)).nullish(),
    preamble: richText.nullish(),
  })
  .transform(
    (m): MeetingFile => ({
      ...m,
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      revision: m.revision ?? 1,
      documentKind: m.documentKind ?? 'minutes',
      status: m.status ?? 'draft',
    }),
  );

/** What a file may hold: rich text as Markdown or ProseMirror, defaults not yet applied. */
export type MeetingFileInput = z.input<typeof meetingFileSchema>;
