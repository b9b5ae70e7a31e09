/**
 * Danish messages for schema issues, given per parse (`safeParse(v, { error })`) so a library
 * module never changes zod's global configuration. Each says what was expected and what was
 * found; the file name and the JSON path are put in front by validate.ts.
 */
import type { z } from 'zod';
import { da } from 'zod/locales';
import { danishNumber } from '../richText/proseMirror';

/** zod's own Danish messages, for the issue kinds the meeting-file schema does not word itself. */
const zodDanish = da().localeError;

/** A short Danish description of a JSON value, for "fik …". */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'ingenting';
  if (v === null) return 'null';
  if (typeof v === 'string') {
    if (v.length > 60) return `en tekst på ${danishNumber(v.length)} tegn`;
    return `"${v}"`;
  }
  if (typeof v === 'number') return `tallet ${v}`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'en liste';
  return 'et objekt';
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  int: 'et helt tal',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et objekt',
  null: 'null',
};

export const danishErrorMap: z.core.$ZodErrorMap = (issue) => {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `mangler (forventede ${typeNames[issue.expected] ?? issue.expected})`;
      return `forventede ${typeNames[issue.expected] ?? issue.expected}, fik ${describeValue(input)}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `forventede ${JSON.stringify(issue.values[0])}, fik ${describeValue(input)}`;
      return `forventede en af ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; fik ${describeValue(input)}`;
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof input === 'string' ? `${danishNumber(input.length)} tegn; ` : '';
        return `teksten er for lang: ${length}højst ${danishNumber(Number(issue.maximum))} tegn`;
      }
      if (issue.origin === 'array') return `for mange elementer: højst ${danishNumber(Number(issue.maximum))}`;
      return `skal være højst ${String(issue.maximum)}, fik ${describeValue(input)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'må ikke være tom' : `skal være mindst ${String(issue.minimum)} tegn`;
      if (issue.origin === 'array') return Number(issue.minimum) <= 1 ? 'listen må ikke være tom' : `skal have mindst ${String(issue.minimum)} elementer`;
      return `skal være mindst ${String(issue.minimum)}, fik ${describeValue(input)}`;
    default:
      return zodDanish(issue);
  }
};
