/**
 * The small value types of the meeting file (dates, times, instants, ids, paths, rich text) as
 * zod schemas with Danish messages that name what was expected.
 */
import { z } from 'zod';
import { checkRichDoc, danishNumber, MAX_RICH_TEXT_CHARS, type RichDoc } from '../richText/proseMirror';
import { toRichDoc } from '../richText/normalize';
import { describeValue } from './messages';

const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;
const timeRe = /^([01]\d|2[0-3]):([0-5]\d)$/;
const instantRe = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)$/;

/** True for `YYYY-MM-DD` naming a day that exists (2021-02-30 does not; 2024-02-29 does). */
export function isCalendarDate(s: string): boolean {
  const m = dateRe.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] as number;
  return d <= days;
}

export const isoDate = z.string().superRefine((v, ctx) => {
  if (!dateRe.test(v)) ctx.addIssue({ code: 'custom', message: `forventede en dato på formen ÅÅÅÅ-MM-DD, fik ${describeValue(v)}` });
  else if (!isCalendarDate(v)) ctx.addIssue({ code: 'custom', message: `datoen ${v} findes ikke i kalenderen` });
});

export const clockTime = z.string().superRefine((v, ctx) => {
  if (!timeRe.test(v)) ctx.addIssue({ code: 'custom', message: `forventede et klokkeslæt TT:MM fra 00:00 til 23:59, fik ${describeValue(v)}` });
});

export const instant = z.string().superRefine((v, ctx) => {
  const m = instantRe.exec(v);
  if (!m || !isCalendarDate(m[1] as string)) {
    ctx.addIssue({ code: 'custom', message: `forventede et tidspunkt i ISO 8601 med tidszone, fx 2021-04-15T17:05:00Z eller 2021-04-15T19:05:00+02:00; fik ${describeValue(v)}` });
  }
});

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuid = z.string().superRefine((v, ctx) => {
  if (!uuidRe.test(v)) ctx.addIssue({ code: 'custom', message: `forventede et UUID (fx 5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10), fik ${describeValue(v)}` });
});

/** Text that must say something: not empty, not only spaces, at most `max` characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((v, ctx) => {
      if (v.trim() === '') ctx.addIssue({ code: 'custom', message: 'må ikke være tom' });
    });

/** Text that is there but may be empty (an agenda item not named yet): the spec asks only for a string. */
export const plainText = (max: number) => z.string().max(max);

/** Text that may be left out; a blank one is the same as left out (the file writer leaves "" out too). */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((v) => (typeof v === 'string' && v.trim() === '' ? null : v));

/** Ids are free text (a UUID, "p1", …), unique where the spec says so (see references.ts). */
export const id = requiredText(200);

/**
 * An attachment's `file`: a relative path beside the meeting file, with forward slashes, that
 * cannot leave the meeting's folder once joined to it on any system (hence no `..`, no leading
 * slash, no backslash, no `:` of a drive letter or an NTFS stream, no empty segment).
 */
export function relativePathProblem(p: string): string | null {
  if (p === '') return 'må ikke være tom';
  if (p.includes('\\')) return 'skal bruge / mellem mapper, ikke \\';
  if (p.startsWith('/')) return 'skal være en relativ sti ved siden af mødefilen (ikke begynde med /)';
  if (/^[A-Za-z]:/.test(p)) return 'skal være en relativ sti ved siden af mødefilen, ikke et drevbogstav';
  if (p.includes(':')) return 'må ikke indeholde :';
  if (/\p{Cc}/u.test(p)) return 'må ikke indeholde kontroltegn';
  const segments = p.split('/');
  if (segments.includes('..')) return 'må ikke indeholde .. (stien skal blive i mødets mappe)';
  if (segments.some((s) => s === '')) return 'må ikke have tomme mappenavne (// eller / i enden)';
  return null;
}

export const relativePath = z
  .string()
  .max(1000)
  .superRefine((v, ctx) => {
    const problem = relativePathProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; fik ${describeValue(v)}` });
  });

export const sha256 = z.string().superRefine((v, ctx) => {
  if (!/^[0-9a-fA-F]{64}$/.test(v)) ctx.addIssue({ code: 'custom', message: `forventede en SHA-256 som 64 hexadecimale tegn, fik ${describeValue(v)}` });
});

/** A rich text value as the file holds it: Markdown or a ProseMirror document. */
export type RichInput = string | RichDoc;

/**
 * A rich text field: validated (size, and the ProseMirror subset with the path inside the
 * document), then turned into the canonical ProseMirror form, or null when it holds no text.
 */
export const richText = z
  .custom<RichInput>(() => true)
  .superRefine((v, ctx) => {
    if (typeof v === 'string') {
      if (v.length > MAX_RICH_TEXT_CHARS) {
        ctx.addIssue({ code: 'custom', message: `teksten er for lang: ${danishNumber(v.length)} tegn; højst ${danishNumber(MAX_RICH_TEXT_CHARS)} tegn` });
      }
      return;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      const expected = 'tekst (Markdown) eller et ProseMirror-dokument {"type":"doc",…}';
      ctx.addIssue({ code: 'custom', message: v === undefined ? `mangler (forventede ${expected})` : `forventede ${expected}, fik ${describeValue(v)}` });
      return;
    }
    const problem = checkRichDoc(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  })
  .transform((v) => toRichDoc(v));
