/**
 * Text that looks like a Danish CPR number (personnummer), to be pointed out before a public
 * export. "ddmmyy-xxxx" with a real day and month counts on its own; ten digits in a row, or
 * with a space, count only after a word that says so ("CPR", "personnummer", "født"), because
 * account, phone and document numbers are ten digits too. Case numbers ("20/968"), KLE numbers,
 * dates ("15-04-2021") and times never match. Modulus 11 is not checked: numbers issued since
 * 2007 need not satisfy it.
 */
export interface CprMatch {
  index: number;
  text: string;
}

const dashed = /(?<![\d/.\-–])(\d{2})(\d{2})(\d{2})[-‐‑–](\d{4})(?![\d/]|[-–.]\d)/g;
const undashed = /(?<![\d/.\-–])(\d{2})(\d{2})(\d{2}) ?(\d{4})(?![\d/]|[-–.]\d)/g;
const context = /(?:cpr|personn(?:umme)?r|person-?nr|født)[\s.:-]*(?:nr\.?|nummer)?[\s.:-]*$/i;

const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day and month that exist (29 February always: the century is not in the number). */
function realDate(dd: string, mm: string): boolean {
  const d = Number(dd);
  const m = Number(mm);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn[m - 1]!;
}

export function findCprNumbers(text: string): CprMatch[] {
  const found = new Map<number, CprMatch>();
  for (const m of text.matchAll(dashed)) {
    if (realDate(m[1]!, m[2]!)) found.set(m.index, { index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(undashed)) {
    if (found.has(m.index) || !realDate(m[1]!, m[2]!)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (context.test(before)) found.set(m.index, { index: m.index, text: m[0] });
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** The words around a match with its last four digits hidden: "… født 150421-•••• i …". */
export function cprExcerpt(text: string, match: CprMatch, radius = 30): string {
  const masked = match.text.slice(0, -4) + '••••';
  const start = Math.max(0, match.index - radius);
  const end = Math.min(text.length, match.index + match.text.length + radius);
  const before = text.slice(start, match.index).replace(/\s+/g, ' ');
  const after = text.slice(match.index + match.text.length, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${before}${masked}${after}${end < text.length ? '…' : ''}`.trim();
}
