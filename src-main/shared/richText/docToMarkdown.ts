/**
 * ProseMirror → Markdown, the inverse of markdownToDoc for export and debugging:
 * markdownToDoc(docToMarkdown(d)) equals d for a canonical d, with these known losses, all
 * things the Markdown subset cannot say:
 * - underline is dropped (there is no Markdown for it, and HTML is not taken);
 * - a hardBreak inside a heading becomes a space (a Markdown heading is one line);
 * - emphasis that changes inside a word in overlapping ways (bold "a", bold+italic "b", italic
 *   "c" with no space between) can come back differently, as in any CommonMark writer.
 * Hard breaks are written as a backslash before the newline (two trailing spaces would vanish in
 * editors that trim lines, and a line of only a break would read as a blank line).
 */
import type { BlockNode, InlineNode, ListItemNode, ListNode, RichDoc, TextNode } from './proseMirror';

type Emphasis = 'bold' | 'italic';

function emphasisOf(node: TextNode): Emphasis[] {
  return (node.marks ?? []).flatMap((m) => (m.type === 'bold' || m.type === 'italic' ? [m.type] : []));
}

function linkOf(node: TextNode): string | null {
  const link = (node.marks ?? []).find((m) => m.type === 'link');
  return link && link.type === 'link' ? link.attrs.href : null;
}

function escapeText(text: string, atLineStart: boolean): string {
  let t = text.replace(/[\\*[\]]/g, '\\$&');
  if (atLineStart) {
    if (/^#{3,4}(?=[ \t]|$)/.test(t) || /^-(?=[ \t]|$)/.test(t)) t = `\\${t}`;
    else t = t.replace(/^(\d{1,9})\.(?=[ \t]|$)/, '$1\\.');
  }
  return t;
}

const delimiter = (e: Emphasis) => (e === 'bold' ? '**' : '*');

/**
 * Inline content as Markdown; `breaks` false writes hard breaks as spaces (headings).
 * A link is always the innermost construct: it may be closed and reopened anywhere (link text may
 * begin or end with a space), while an emphasis delimiter must touch a non-space on its inner
 * side. So emphasis changes force the link to close and reopen, never the other way round, and
 * with canonical whitespace (canonical.ts) every change of emphasis between words can be written.
 */
export function inlineToMarkdown(content: readonly InlineNode[] | undefined, breaks = true): string {
  const nodes = content ?? [];
  const stack: Emphasis[] = [];
  let link: string | null = null;
  let out = '';
  let atLineStart = true;
  const closeLink = () => {
    if (link !== null) out += `](${link.replace(/[\\()]/g, '\\$&')})`;
    link = null;
  };
  const closeTo = (depth: number) => {
    if (stack.length > depth) closeLink();
    while (stack.length > depth) out += delimiter(stack.pop() as Emphasis);
  };
  // How many nodes from `from` on (up to a break) keep an emphasis: the longer-lived opens outside.
  const runLength = (from: number, e: Emphasis): number => {
    let k = from;
    while (k < nodes.length) {
      const node = nodes[k] as InlineNode;
      if (node.type !== 'text' || !emphasisOf(node).includes(e)) break;
      k++;
    }
    return k - from;
  };
  nodes.forEach((node, index) => {
    if (node.type === 'hardBreak') {
      closeLink();
      closeTo(0);
      out += breaks ? '\\\n' : ' ';
      atLineStart = breaks;
      return;
    }
    const wanted = emphasisOf(node);
    const href = linkOf(node);
    if (link !== href) closeLink();
    const keep = stack.findIndex((e) => !wanted.includes(e));
    if (keep >= 0) closeTo(keep);
    const missing = wanted
      .filter((e) => !stack.includes(e))
      .sort((a, b) => runLength(index, b) - runLength(index, a) || (a === 'bold' ? -1 : 1));
    if (missing.length > 0) closeLink();
    for (const e of missing) {
      out += delimiter(e);
      stack.push(e);
    }
    const lineStart = atLineStart && stack.length === 0 && link === null && href === null;
    if (href !== null && link === null) {
      // "!" right before a link's bracket would read back as an image (text): escape it.
      if (out.endsWith('!')) out = `${out.slice(0, -1)}\\!`;
      out += '[';
      link = href;
    }
    out += escapeText(node.text, lineStart);
    atLineStart = false;
  });
  closeTo(0);
  closeLink();
  return out;
}

function listLines(list: ListNode): string[] {
  const start = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 1;
  return list.content.flatMap((item: ListItemNode, index) => {
    const marker = list.type === 'bulletList' ? '-' : `${Math.min(start + index, 999_999_999)}.`;
    const pad = ' '.repeat(marker.length + 1);
    const [first, ...rest] = item.content;
    const firstLines = first && first.type === 'paragraph' ? inlineToMarkdown(first.content).split('\n') : [''];
    const restLines = blocksToLines(first && first.type !== 'paragraph' ? item.content : rest);
    const head = firstLines[0] === '' ? marker : `${marker} ${firstLines[0]}`;
    const body = [...firstLines.slice(1), ...(restLines.length > 0 ? ['', ...restLines] : [])];
    return [head, ...body.map((l) => (l === '' ? '' : pad + l))];
  });
}

function blockLines(block: BlockNode): string[] {
  switch (block.type) {
    case 'paragraph':
      return inlineToMarkdown(block.content).split('\n');
    case 'heading':
      return [`${'#'.repeat(block.attrs.level)} ${inlineToMarkdown(block.content, false)}`];
    default:
      return listLines(block);
  }
}

function blocksToLines(blocks: readonly BlockNode[]): string[] {
  return blocks.flatMap((b, i) => (i === 0 ? blockLines(b) : ['', ...blockLines(b)]));
}

/** The document as Markdown of the spec's subset ('' for null or an empty document). */
export function docToMarkdown(doc: RichDoc | null | undefined): string {
  if (!doc) return '';
  return blocksToLines(doc.content ?? []).join('\n');
}
