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

type Open = { type: 'bold' } | { type: 'italic' } | { type: 'link'; href: string };

function sameOpen(a: Open, b: Open): boolean {
  return a.type === b.type && (a.type !== 'link' || a.href === (b as { href: string }).href);
}

function opensOf(node: TextNode): Open[] {
  const out: Open[] = [];
  for (const m of node.marks ?? []) {
    if (m.type === 'link') out.push({ type: 'link', href: m.attrs.href });
    else if (m.type === 'bold' || m.type === 'italic') out.push({ type: m.type });
  }
  return out;
}

const tieOrder = { link: 0, bold: 1, italic: 2 } as const;

function escapeText(text: string, atLineStart: boolean): string {
  let t = text.replace(/[\\*[\]]/g, '\\$&');
  if (atLineStart) {
    if (/^#{3,4}(?=[ \t]|$)/.test(t) || /^-(?=[ \t]|$)/.test(t)) t = `\\${t}`;
    else t = t.replace(/^(\d{1,9})\.(?=[ \t]|$)/, '$1\\.');
  }
  return t;
}

function openDelim(o: Open): string {
  return o.type === 'link' ? '[' : o.type === 'bold' ? '**' : '*';
}

function closeDelim(o: Open): string {
  return o.type === 'link' ? `](${o.href.replace(/[\\()]/g, '\\$&')})` : o.type === 'bold' ? '**' : '*';
}

/** Inline content as Markdown; `breaks` false writes hard breaks as spaces (headings). */
export function inlineToMarkdown(content: readonly InlineNode[] | undefined, breaks = true): string {
  const nodes = content ?? [];
  const stack: Open[] = [];
  let out = '';
  let atLineStart = true;
  const closeTo = (depth: number) => {
    while (stack.length > depth) out += closeDelim(stack.pop() as Open);
  };
  // How many following nodes (up to a break) keep a mark: the longer-lived mark opens outside.
  const runLength = (from: number, o: Open): number => {
    let k = from;
    while (k < nodes.length) {
      const node = nodes[k] as InlineNode;
      if (node.type !== 'text' || !opensOf(node).some((x) => sameOpen(x, o))) break;
      k++;
    }
    return k - from;
  };
  nodes.forEach((node, index) => {
    if (node.type === 'hardBreak') {
      closeTo(0);
      out += breaks ? '\\\n' : ' ';
      atLineStart = breaks;
      return;
    }
    const wanted = opensOf(node);
    const keep = stack.findIndex((o) => !wanted.some((w) => sameOpen(w, o)));
    if (keep >= 0) closeTo(keep);
    const missing = wanted
      .filter((w) => !stack.some((o) => sameOpen(o, w)))
      .map((o) => ({ o, len: runLength(index, o) }))
      .sort((a, b) => b.len - a.len || tieOrder[a.o.type] - tieOrder[b.o.type]);
    for (const { o } of missing) {
      out += openDelim(o);
      stack.push(o);
    }
    out += escapeText(node.text, atLineStart && stack.length === 0);
    atLineStart = false;
  });
  closeTo(0);
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
