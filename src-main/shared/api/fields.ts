import { z } from 'zod';

/** Small building blocks of the contract's input schemas. */
export const id = z.string().min(1).max(200);
export const meetingRef = { meetingId: id };
export const text = (max: number) => z.string().max(max, `Højst ${max} tegn.`);
/** Optional text: empty or whitespace-only becomes null, so "" never sits in the database. */
export const optText = (max: number) =>
  z
    .string()
    .max(max, `Højst ${max} tegn.`)
    .nullable()
    .transform((v) => (v === null || v.trim() === '' ? null : v));
// As long as a meeting file may hold (schema.ts limits.title), so an imported title can be edited.
export const title = z.string().trim().min(1, 'Skriv en titel.').max(5000, 'Højst 5000 tegn.');
export const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Skriv datoen som ÅÅÅÅ-MM-DD.').refine(isRealDate, 'Datoen findes ikke i kalenderen.');
export const timeString = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv klokkeslættet som TT:MM.');

export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
