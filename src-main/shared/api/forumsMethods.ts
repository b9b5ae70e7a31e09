import { z } from 'zod';
import { method } from './method';
import { forumName, optionalText, type Forum } from '../domain/forum';

/** A forum's logo as the settings screen shows it. */
export interface ForumLogo {
  mediaType: 'image/png' | 'image/jpeg';
  dataBase64: string;
  alt: string;
  updatedAt: string;
}

const base64 = z.string().min(1, 'Vælg en billedfil.').max(1_500_000, 'Logoet må højst fylde 1 MB.').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Filen er ikke kodet som base64.');

/** One word: letters (with marks), apostrophes and hyphens inside, as the spell checker splits text. */
const listWord = z
  .string()
  .trim()
  .min(2, 'Skriv et ord på mindst to bogstaver.')
  .max(100, 'Et ord må højst være 100 tegn.')
  .regex(/^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u, 'Kun ét ord, af bogstaver (og bindestreg eller apostrof inde i ordet).');

export const forumsMethods = {
  'forums.list': method<Forum[]>()(z.object({}).strict()),
  'forums.get': method<Forum>()(z.object({ id: z.string().min(1) }).strict()),
  'forums.create': method<Forum>()(
    z
      .object({
        name: forumName,
        organisation: optionalText(200),
        shortName: optionalText(40),
      })
      .strict(),
  ),
  /** The logo on the forum's PDFs (PNG or JPEG, at most 1 MB), with its alternative text (default: the organisation's name). */
  'forums.setLogo': method<ForumLogo>()(
    z.object({ forumId: z.string().min(1), fileName: z.string().min(1).max(500), dataBase64: base64, alt: optionalText(200) }).strict(),
  ),
  'forums.removeLogo': method<{ removed: true }>()(z.object({ forumId: z.string().min(1) }).strict()),
  'forums.logo': method<{ logo: ForumLogo | null }>()(z.object({ forumId: z.string().min(1) }).strict()),
  /** The forum's own words for the spell checker (names, place names, words of the trade). */
  'forums.words': method<{ words: string[] }>()(z.object({ forumId: z.string().min(1) }).strict()),
  'forums.addWord': method<{ words: string[] }>()(z.object({ forumId: z.string().min(1), word: listWord }).strict()),
  'forums.removeWord': method<{ words: string[] }>()(z.object({ forumId: z.string().min(1), word: listWord }).strict()),
};
