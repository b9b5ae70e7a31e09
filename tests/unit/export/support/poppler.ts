/** poppler and qpdf on a real PDF file, as DESIGN.md asks tests to check PDFs. */
import { execFileSync, spawnSync } from 'node:child_process';

/** The text of each page (pdftotext -layout), page 1 first. */
export function pdfPages(file: string, layout = true): string[] {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** pdffonts' rows: name and whether embedded. */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  // Columns are fixed width; "emb" is the first yes/no after the encoding column.
  return lines.map((l) => {
    const m = /^(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(l);
    if (!m) throw new Error(`pdffonts line not understood: ${l}`);
    return { name: m[1]!, embedded: m[2] === 'yes' };
  });
}

export function qpdfCheck(file: string): { status: number; output: string } {
  const r = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Line {
  page: number;
  text: string;
}

/**
 * Reads the table of contents and the headings from pdftotext's pages: for each expected heading
 * (in document order), the page number its table-of-contents entry shows and the page on which
 * the heading itself is found after the table of contents. Both searches only move forward, so a
 * heading out of order is not found (null).
 */
export function tocAndHeadingPages(pages: string[], headings: string[]): Array<{ heading: string; toc: number | null; found: number | null }> {
  const lines: Line[] = pages.flatMap((p, i) => p.split('\n').map((l) => ({ page: i + 1, text: norm(l) }))).filter((l) => l.text);
  const starts = (line: string, heading: string) => line.startsWith(norm(heading).slice(0, 40));
  let at = lines.findIndex((l) => l.text === 'Indholdsfortegnelse');
  if (at < 0) throw new Error('no Indholdsfortegnelse in the text');
  const toc = headings.map((h) => {
    for (let i = at + 1; i < lines.length; i++) {
      if (!starts(lines[i]!.text, h)) continue;
      at = i;
      const num = / (\d+)$/.exec(lines[i]!.text) ?? / (\d+)$/.exec(lines[i + 1]?.text ?? '');
      return num ? Number(num[1]) : null;
    }
    return null;
  });
  return headings.map((heading, k) => {
    for (let i = at + 1; i < lines.length; i++) {
      if (!starts(lines[i]!.text, heading)) continue;
      at = i;
      return { heading, toc: toc[k]!, found: lines[i]!.page };
    }
    return { heading, toc: toc[k]!, found: null };
  });
}

/** Whether `words` occur in the text in this order (whitespace and line breaks ignored). */
export function inOrder(text: string, words: string[]): { ok: boolean; missing: string | null } {
  const flat = norm(text);
  let from = 0;
  for (const w of words) {
    const i = flat.indexOf(norm(w), from);
    if (i < 0) return { ok: false, missing: w };
    from = i + norm(w).length;
  }
  return { ok: true, missing: null };
}
