/**
 * Reading a meeting file: the one place a file from outside becomes a MeetingFile. A file that
 * breaks any rule is refused whole, with one message that names the file, the JSON path in the
 * spec's style (`items[3].decision.outcome`) and what was expected, in Danish.
 *
 * Order of checks: JSON syntax; a JSON object; `format` and `formatVersion` (so a file of another
 * kind or a newer version gets that message, not a list of its differences); nesting depth; the
 * schema; cross-references.
 */
import { formatPath } from '../api/paths';
import { danishErrorMap } from './messages';
import { checkReferences, distinctPartIds } from './references';
import { formatSchema, formatVersionSchema, meetingFileSchema } from './schema';
import type { MeetingFile } from './types';

export type ParseMeetingResult = { ok: true; meeting: MeetingFile } | { ok: false; message: string; path: string };

/** Deeper than anything the spec can produce (rich text included); keeps recursion in later steps safe. */
export const MAX_JSON_DEPTH = 128;

const jsonMessages: Array<[RegExp, string]> = [
  [/Unexpected end of JSON input/, 'filen slutter, før JSON-dataene er afsluttet'],
  [/Expected ',' or '}' after property value/, "forventede ',' eller '}' efter en værdi"],
  [/Expected ',' or ']' after array element/, "forventede ',' eller ']' efter et element i en liste"],
  [/Expected double-quoted property name/, 'forventede et nøglenavn i dobbelte anførselstegn (et komma for meget?)'],
  [/Expected property name or '}'/, "forventede et nøglenavn eller '}'"],
  [/Expected ':' after property name/, "forventede ':' efter nøglenavnet"],
  [/Unterminated string/, 'en tekst mangler sit afsluttende anførselstegn'],
  [/Bad control character in string literal/, 'en tekst indeholder et kontroltegn (skriv linjeskift som \\n)'],
  [/Bad escaped character/, 'ugyldig \\-sekvens i en tekst'],
  [/Unexpected non-whitespace character after JSON/, 'der står mere efter JSON-objektet'],
  [/Unexpected token/, 'uventet tegn'],
];

function fail(fileName: string, path: string, what: string): ParseMeetingResult {
  return { ok: false, message: path ? `${fileName}: ${path}: ${what}` : `${fileName}: ${what}`, path };
}

function jsonError(text: string, fileName: string, error: unknown): ParseMeetingResult {
  if (error instanceof RangeError) return fail(fileName, '', 'ikke gyldig JSON: dataene er for dybt indlejret');
  const raw = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(raw);
  const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  const what = atEnd ? 'filen slutter, før JSON-dataene er afsluttet' : (jsonMessages.find(([re]) => re.test(raw))?.[1] ?? 'ugyldig JSON');
  const detail = `${what} (${raw.replace(/\s*\(line \d+ column \d+\)/, '')})`;
  if (!position) return fail(fileName, '', `ikke gyldig JSON: ${detail}`);
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return fail(fileName, '', `ikke gyldig JSON (linje ${line}, kolonne ${column}): ${detail}`);
}

function tooDeep(value: unknown): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_JSON_DEPTH) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Validates a value already parsed from JSON (or built in code) as a meeting file. */
export function parseMeetingValue(value: unknown, fileName: string): ParseMeetingResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(fileName, '', 'forventede et JSON-objekt med "format": "referent.meeting"');
  }
  const record = value as Record<string, unknown>;
  for (const [key, schema] of [['format', formatSchema], ['formatVersion', formatVersionSchema]] as const) {
    const r = schema.safeParse(record[key]);
    if (!r.success) return fail(fileName, key, r.error.issues[0]?.message ?? 'ugyldig');
  }
  if (tooDeep(value)) return fail(fileName, '', `dataene er indlejret dybere end ${MAX_JSON_DEPTH} niveauer`);
  const parsed = meetingFileSchema.safeParse(value, { error: danishErrorMap });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(fileName, issue ? formatPath(issue.path) : '', issue?.message ?? 'ugyldig mødefil');
  }
  distinctPartIds(parsed.data);
  const problem = checkReferences(parsed.data);
  if (problem) return fail(fileName, problem.path, problem.message);
  return { ok: true, meeting: parsed.data };
}

/** Parses and validates the text of a meeting file; `fileName` is named in every message. */
export function parseMeetingFile(text: string, fileName: string): ParseMeetingResult {
  // A byte order mark is what Windows Notepad puts in front of UTF-8; it is not content.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail(fileName, '', 'filen er tom');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return jsonError(body, fileName, error);
  }
  return parseMeetingValue(value, fileName);
}
