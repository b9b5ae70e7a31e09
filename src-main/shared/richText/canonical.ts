/**
 * The canonical form of a rich document. Two documents that say the same thing are equal here,
 * byte for byte once serialized, whether they came from Markdown or from the editor. That is what
 * lets export(import(f)) equal f, and two installations write identical meeting files.
 *
 * The rules (each also what the Markdown subset can express, so Markdown ↔ ProseMirror agree):
 * - Marks: one of each type, in the order link, bold, italic, underline; a link keeps only `href`
 *   (tiptap's `target`, `rel`, `class` are presentation the app decides, not the file).
 * - Text: a newline inside a text node becomes a hardBreak; a hardBreak carries no marks; spaces
 *   and tabs at the start and end of a paragraph, heading or line (around a hardBreak) are
 *   dropped, and so are hardBreaks at the start or end of a block; adjacent text nodes with equal
 *   marks are merged.
 * - Whitespace between two words is bold/italic exactly when both words have the same bold and
 *   italic, and plain otherwise (also at the start or end of a line). A bold or italic space shows
 *   nothing, and Markdown can only say it this way: `** x**` is not bold, and `**a *b*** *c*`
 *   cannot give the space before c italic. So "**a** **b**" and "**a b**" are the same text.
 * - Blocks: empty paragraphs and headings are dropped; a list item with nothing in it is dropped,
 *   and so is a list with no items left; adjacent lists of the same kind are merged (Markdown
 *   cannot keep them apart); a list item starts with a paragraph, empty only when a nested list
 *   follows; orderedList has `attrs.start` only when it is not 1.
 * - Key order as ProseMirror's toJSON writes it: type, attrs, content, marks, text.
 */
import { markOrder, type BlockNode, type InlineNode, type ListItemNode, type ListNode, type ParagraphNode, type RichDoc, type RichMark, type TextNode } from './proseMirror';

interface Seg { text: string; marks: RichMark[]; key: string }
type Line = Seg[];

function canonicalMarks(marks: readonly RichMark[] | undefined): RichMark[] {
  if (!marks || marks.length === 0) return [];
  const byType = new Map<string, RichMark>();
  for (const m of marks) {
    if (byType.has(m.type)) continue;
    byType.set(m.type, m.type === 'link' ? { type: 'link', attrs: { href: m.attrs.href } } : { type: m.type });
  }
  return markOrder.flatMap((t) => {
    const m = byType.get(t);
    return m ? [m] : [];
  });
}

function marksKey(marks: readonly RichMark[]): string {
  return marks.map((m) => (m.type === 'link' ? `link:${m.attrs.href}` : m.type)).join('|');
}

function seg(text: string, marks: RichMark[]): Seg {
  return { text, marks, key: marksKey(marks) };
}

/** Splits inline content into lines at hardBreaks and newlines. */
function toLines(content: readonly InlineNode[] | undefined): Line[] {
  const lines: Line[] = [[]];
  for (const node of content ?? []) {
    if (node.type === 'hardBreak') {
      lines.push([]);
      continue;
    }
    const marks = canonicalMarks(node.marks);
    const parts = node.text.split(/\r\n|\r|\n/);
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') (lines[lines.length - 1] as Line).push(seg(part, marks));
    });
  }
  return lines;
}

/**
 * Without trailing spaces and tabs. By hand: `/[ \t]+$/` is quadratic on a long run of spaces
 * followed by a letter, and a file may hold a million of them.
 */
export function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end === text.length ? text : text.slice(0, end);
}

function trimLine(line: Line): Line {
  const out = line.map((s) => ({ ...s }));
  let from = 0;
  while (from < out.length && ((out[from] as Seg).text = (out[from] as Seg).text.replace(/^[ \t]+/, '')) === '') from++;
  let to = out.length;
  while (to > from && ((out[to - 1] as Seg).text = trimEndSpaces((out[to - 1] as Seg).text)) === '') to--;
  return out.slice(from, to);
}

const isEmphasis = (m: RichMark) => m.type === 'bold' || m.type === 'italic';
const emphasisKey = (s: Seg) => s.marks.filter(isEmphasis).map((m) => m.type).join('|');

/**
 * Whitespace between two words is bold or italic exactly when both words have the same bold and
 * italic; otherwise it is neither. Whitespace at the start or end of a line is neither.
 */
function normalizeSpaceMarks(line: Line): Line {
  // Most text has no marks at all: then no space can carry one, and splitting it would change nothing.
  if (line.every((s) => s.marks.length === 0)) return line;
  const pieces: Seg[] = [];
  for (const s of line) {
    for (const text of s.text.match(/\s+|\S+/gu) ?? []) pieces.push(seg(text, s.marks));
  }
  const isSpace = (p: Seg) => /^\s/u.test(p.text);
  let i = 0;
  while (i < pieces.length) {
    if (!isSpace(pieces[i] as Seg)) {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && isSpace(pieces[j] as Seg)) j++;
    const left = i > 0 ? (pieces[i - 1] as Seg) : null;
    const right = j < pieces.length ? (pieces[j] as Seg) : null;
    const emphasis = left && right && emphasisKey(left) === emphasisKey(right) ? left.marks.filter(isEmphasis) : [];
    for (let k = i; k < j; k++) {
      const p = pieces[k] as Seg;
      const marks = markOrder.flatMap((t) => {
        const m = isEmphasis({ type: t } as RichMark) ? emphasis.find((e) => e.type === t) : p.marks.find((e) => e.type === t);
        return m ? [m] : [];
      });
      pieces[k] = seg(p.text, marks);
    }
    i = j;
  }
  return pieces;
}

function mergeLine(line: Line): Line {
  const out: Line = [];
  for (const s of line) {
    if (s.text === '') continue;
    const prev = out[out.length - 1];
    if (prev && prev.key === s.key) prev.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** The canonical inline content of a paragraph or heading (empty array when nothing is left). */
export function canonicalInline(content: readonly InlineNode[] | undefined): InlineNode[] {
  let lines = toLines(content).map((line) => mergeLine(normalizeSpaceMarks(trimLine(line))));
  while (lines.length > 0 && (lines[0] as Line).length === 0) lines = lines.slice(1);
  while (lines.length > 0 && (lines[lines.length - 1] as Line).length === 0) lines = lines.slice(0, -1);
  const out: InlineNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: 'hardBreak' });
    for (const s of line) {
      const node: TextNode = s.marks.length > 0 ? { type: 'text', marks: s.marks, text: s.text } : { type: 'text', text: s.text };
      out.push(node);
    }
  });
  return out;
}

function paragraph(content: InlineNode[]): ParagraphNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function canonicalList(list: ListNode): ListNode | null {
  const items = list.content.map(canonicalListItem).filter((i): i is ListItemNode => i !== null);
  if (items.length === 0) return null;
  if (list.type === 'bulletList') return { type: 'bulletList', content: items };
  const start = typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  return start === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { start }, content: items };
}

function canonicalListItem(item: ListItemNode): ListItemNode | null {
  const [first, ...rest] = item.content;
  const firstInline = first && first.type === 'paragraph' ? canonicalInline(first.content) : [];
  const others = canonicalBlocks(first && first.type !== 'paragraph' ? item.content : rest);
  if (firstInline.length > 0) return { type: 'listItem', content: [paragraph(firstInline), ...others] as ListItemNode['content'] };
  if (others.length === 0) return null;
  if (others[0]?.type === 'paragraph') return { type: 'listItem', content: others as ListItemNode['content'] };
  return { type: 'listItem', content: [paragraph([]), ...others] as ListItemNode['content'] };
}

function canonicalBlocks(blocks: readonly BlockNode[]): BlockNode[] {
  const out: BlockNode[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') {
      const content = canonicalInline(block.content);
      if (content.length === 0) continue;
      out.push(block.type === 'heading' ? { type: 'heading', attrs: { level: block.attrs.level }, content } : paragraph(content));
      continue;
    }
    const list = canonicalList(block);
    if (!list) continue;
    const prev = out[out.length - 1];
    if (prev && prev.type === list.type) prev.content.push(...(list.content as ListItemNode[]));
    else out.push(list);
  }
  return out;
}

/** The canonical form of a valid document (see the rules above). Never mutates its input. */
export function canonicalizeDoc(doc: RichDoc): RichDoc {
  return { type: 'doc', content: canonicalBlocks(doc.content ?? []) };
}
