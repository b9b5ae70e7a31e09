import { z } from 'zod';
import { documentKinds, itemKinds } from '../meetingFile/types';
import { richDocSchema } from '../richText/proseMirror';
import { toRichDoc } from '../richText/normalize';
import { formatPath } from '../api/paths';

/** The parts of an item a template can show; an item shows all of them when its template says nothing. */
export const itemSections = ['description', 'recommendation', 'notes', 'roundTable', 'decision', 'actions', 'attachments'] as const;
export type ItemSection = (typeof itemSections)[number];

const rich = z
  .union([z.string().max(100_000), richDocSchema])
  .nullish()
  .transform((v) => toRichDoc(v ?? null));
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'forventede TT:MM');

export const templateItemSchema = z
  .object({
    title: z.string().trim().min(1, 'skriv punktets titel').max(500),
    kind: z.enum(itemKinds).nullish(),
    plannedMinutes: z.number().int().min(0).max(1440).nullish(),
    presenter: z.string().max(200).nullish(),
    description: rich,
    recommendation: rich,
    /** Which sections the referent sees for this item. */
    sections: z.array(z.enum(itemSections)).nullish(),
  })
  .strict();

/** A template file (`.referent-skabelon.json`): a named agenda and default header facts. */
export const templateFileSchema = z
  .object({
    format: z.literal('referent.template', { message: 'forventede "referent.template" (en dagsordensskabelon)' }),
    formatVersion: z.literal(1, { message: 'denne version af Referent læser skabeloner i version 1' }),
    name: z.string().trim().min(1, 'skriv skabelonens navn').max(200),
    documentKind: z.enum(documentKinds).nullish(),
    location: z.string().max(500).nullish(),
    startTime: time.nullish(),
    endTime: time.nullish(),
    items: z.array(templateItemSchema).max(300),
  })
  .strict();

export type TemplateFile = z.output<typeof templateFileSchema>;
export type TemplateItem = z.output<typeof templateItemSchema>;

export interface Template extends TemplateFile {
  id: string;
  builtIn: boolean;
}

/** Parses a template file; the message names the file and the JSON path. */
export function parseTemplateFile(text: string, fileName: string): { ok: true; template: TemplateFile } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${fileName}: ikke gyldig JSON (${(e as Error).message}).` };
  }
  const r = templateFileSchema.safeParse(value);
  if (r.success) return { ok: true, template: r.data };
  const issue = r.error.issues[0]!;
  const path = formatPath(issue.path);
  return { ok: false, message: `${fileName}: ${path ? `${path}: ` : ''}${issue.message}. Skabelonen blev ikke gemt.` };
}
