/**
 * Markdown → ProseMirror for the spec's subset (meeting-file spec, "Rich text"):
 * - paragraphs, separated by blank lines; a single newline inside a paragraph is a soft break
 *   (a space, as in CommonMark); a hard break is two or more trailing spaces or a backslash
 *   before the newline (the examples' "Carli, Venligboerne og Mødrehjælpen:  \nVenligboerne…");
 * - `### ` and `#### ` headings (levels 3 and 4), at the top level only (not inside list items);
 *   `#`, `##`, `#####` … are plain text, as is `### ` inside a list item;
 * - bullet lists with `-` or `*` (one kind: a change of bullet character does not start a new
 *   list), numbered lists `1.` keeping the first number; nested by indentation: a marker indented
 *   further than the item above it opens a list inside that item (more lenient than CommonMark,
 *   which wants the item's content column; hand-written files are rarely that exact). A list may
 *   interrupt a paragraph, a numbered one only when it starts at 1, so a wrapped line beginning
 *   "4. oktober" stays in its paragraph (at the start of a block it does begin a list at 4, as in
 *   CommonMark; docToMarkdown escapes it as "4\."); lists nest at most 8 deep, deeper markers
 *   are text;
 * - inline: see markdownInline.ts.
 * Everything else (HTML, `>` quotes, code, tables, rules, setext headings) is literal text.
 *
 * Returns the canonical document (canonical.ts); an empty or blank string gives
 * `{ type: 'doc', content: [] }` (`toRichDoc` turns that into null).
 */
import { canonicalizeDoc, trimEndSpaces } from './canonical';
import { parseInline } from './markdownInline';
import type { BlockNode, InlineNode, ListItemNode, ParagraphNode, RichDoc } from './proseMirror';

export const MAX_LIST_DEPTH = 8;

interface Marker { indent: number; ordered: boolean; start: number; content: string; contentIndent: number }

const markerRe = /^( *)([-*]|(\d{1,9})\.)(?:[ \t]+(.*))?$/;
const headingRe = /^ {0,3}(#{3,4})(?:[ \t]+(.*))?$/;

function matchMarker(line: string): Marker | null {
  const m = markerRe.exec(line);
  if (!m) return null;
  const indent = (m[1] as string).length;
  const marker = m[2] as string;
  const rest = m[4] ?? '';
  const content = rest.trim() === '' ? '' : rest;
  const gap = content === '' ? 1 : line.length - indent - marker.length - rest.length;
  return {
    indent,
    ordered: m[3] !== undefined,
    start: m[3] !== undefined ? Number(m[3]) : 1,
    content,
    contentIndent: indent + marker.length + (gap > 4 ? 1 : gap),
  };
}

const isBlank = (line: string) => /^[ \t]*$/.test(line);
const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;

/** Leading tabs count to the next multiple of 4 columns, so indentation can be compared. */
function expandLeadingTabs(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (!lead.includes('\t')) return line;
  let col = 0;
  for (const c of lead) col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  return ' '.repeat(col) + line.slice(lead.length);
}

function inline(lines: readonly string[]): InlineNode[] {
  const raw = trimEndSpaces(lines.map((l) => l.replace(/^[ \t]+/, '')).join('\n'));
  return parseInline(raw);
}

function paragraph(lines: readonly string[]): ParagraphNode {
  return { type: 'paragraph', content: inline(lines) };
}

/** Whether a line ends the paragraph above it (without a blank line between). */
function interrupts(line: string, depth: number): boolean {
  if (depth === 0 && headingRe.test(line)) return true;
  if (depth >= MAX_LIST_DEPTH) return false;
  const m = matchMarker(line);
  return m !== null && m.content !== '' && (!m.ordered || m.start === 1);
}

function parseBlocks(lines: readonly string[], depth: number): BlockNode[] {
  const blocks: BlockNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = depth === 0 ? headingRe.exec(line) : null;
    if (heading) {
      const level = (heading[1] as string).length as 3 | 4;
      blocks.push({ type: 'heading', attrs: { level }, content: inline([heading[2] ?? '']) });
      i++;
      continue;
    }
    if (depth < MAX_LIST_DEPTH && matchMarker(line)) {
      const { list, next } = parseList(lines, i, depth);
      blocks.push(list);
      i = next;
      continue;
    }
    const start = i++;
    while (i < lines.length && !isBlank(lines[i] as string) && !interrupts(lines[i] as string, depth)) i++;
    blocks.push(paragraph(lines.slice(start, i)));
  }
  return blocks;
}

function parseList(lines: readonly string[], from: number, depth: number): { list: BlockNode; next: number } {
  const first = matchMarker(lines[from] as string) as Marker;
  const items: ListItemNode[] = [];
  let i = from;
  for (;;) {
    const marker = matchMarker(lines[i] as string) as Marker;
    const itemLines: string[] = [marker.content];
    let open = marker.content !== '';
    i++;
    while (i < lines.length) {
      const line = lines[i] as string;
      if (isBlank(line)) {
        let j = i + 1;
        while (j < lines.length && isBlank(lines[j] as string)) j++;
        if (j < lines.length && indentOf(lines[j] as string) > marker.indent) {
          for (; i < j; i++) itemLines.push('');
          open = false;
          continue;
        }
        break;
      }
      const indent = indentOf(line);
      const inner = matchMarker(line);
      if (indent > marker.indent) {
        itemLines.push(line.slice(Math.min(indent, marker.contentIndent)));
        open = !inner || inner.content !== '';
        i++;
        continue;
      }
      if (inner || (depth === 0 && headingRe.test(line)) || !open) break;
      itemLines.push(line); // lazy continuation of the item's paragraph
      i++;
    }
    items.push(parseListItem(itemLines, depth + 1));
    let j = i;
    while (j < lines.length && isBlank(lines[j] as string)) j++;
    const sibling = j < lines.length ? matchMarker(lines[j] as string) : null;
    if (!sibling || sibling.ordered !== first.ordered) break;
    i = j;
  }
  const list: BlockNode = first.ordered
    ? { type: 'orderedList', attrs: { start: first.start }, content: items }
    : { type: 'bulletList', content: items };
  return { list, next: i };
}

function parseListItem(lines: readonly string[], depth: number): ListItemNode {
  if (lines[0] === '') {
    return { type: 'listItem', content: [{ type: 'paragraph' }, ...(parseBlocks(lines.slice(1), depth) as ListItemNode['content'])] };
  }
  let j = 1;
  while (j < lines.length && !isBlank(lines[j] as string) && !interrupts(lines[j] as string, depth)) j++;
  const rest = parseBlocks(lines.slice(j), depth) as ListItemNode['content'];
  return { type: 'listItem', content: [paragraph(lines.slice(0, j)), ...rest] };
}

export function markdownToDoc(md: string): RichDoc {
  const lines = md.split(/\r\n|\r|\n/).map(expandLeadingTabs);
  return canonicalizeDoc({ type: 'doc', content: parseBlocks(lines, 0) });
}
