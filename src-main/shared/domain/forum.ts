import { z } from 'zod';

/** A body that meets: a dialogforum, an udsatteråd, a handicapråd … */
export interface Forum {
  id: string;
  name: string;
  organisation: string | null;
  shortName: string | null;
  createdAt: string;
}

/** Names are what people read in lists and on the PDF: trimmed, never empty, bounded. */
export const forumName = z.string().trim().min(1, 'Skriv forummets navn.').max(200, 'Navnet må højst være 200 tegn.');
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Højst ${max} tegn.`)
    .nullish()
    .transform((v) => (v ? v : null));
