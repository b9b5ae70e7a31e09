/**
 * Rich text (the spec's ProseMirror subset) as docx paragraphs: paragraphs, headings placed
 * under the section as in the HTML, bullet and numbered lists (each numbered list its own
 * instance, so it counts from its own start), bold, italic, underline, links (http, https, mailto only).
 */
import { ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { isAllowedHref, type BlockNode, type InlineNode, type ListNode, type RichDoc } from '../../shared/richText/proseMirror';

export const orderedListReference = 'referent-ordered';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

export function headingLevel(level: number) {
  return headingLevels[Math.min(Math.max(level, 1), 6) - 1]!;
}

export class ListInstances {
  private n = 0;
  /** The start numbers other than 1 that lists use: each gets a numbering of its own (see meetingDocx). */
  readonly starts = new Set<number>();
  next(): number {
    return ++this.n;
  }
  /** The numbering reference of an ordered list that counts from `start` ("3." in the file stays 3.). */
  reference(start: number): string {
    if (start === 1) return orderedListReference;
    this.starts.add(start);
    return `${orderedListReference}-${start}`;
  }
}

function runs(nodes: readonly InlineNode[] | undefined, bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'hardBreak') {
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    const marks = new Set((n.marks ?? []).map((m) => m.type));
    const link = n.marks?.find((m) => m.type === 'link');
    const run = new TextRun({
      text: n.text,
      bold: bold || marks.has('bold'),
      italics: marks.has('italic'),
      underline: marks.has('underline') ? {} : undefined,
      style: link ? 'Hyperlink' : undefined,
    });
    out.push(link && isAllowedHref(link.attrs.href) ? new ExternalHyperlink({ link: link.attrs.href, children: [run] }) : run);
  }
  return out;
}

interface Ctx {
  base: number;
  last: number;
  lists: ListInstances;
}

function list(node: ListNode, depth: number, ctx: Ctx, out: Paragraph[]): void {
  const instance = node.type === 'orderedList' ? ctx.lists.next() : 0;
  const reference = node.type === 'orderedList' ? ctx.lists.reference(node.attrs?.start ?? 1) : orderedListReference;
  for (const item of node.content) {
    item.content.forEach((child, i) => {
      if (child.type === 'paragraph') {
        const first = i === 0;
        const numbering = node.type === 'orderedList' && first ? { numbering: { reference, level: depth, instance } } : {};
        const bullet = node.type === 'bulletList' && first ? { bullet: { level: depth } } : {};
        out.push(new Paragraph({ children: runs(child.content), ...numbering, ...bullet, indent: first ? undefined : { left: 720 * (depth + 1) } }));
      } else {
        list(child, Math.min(depth + 1, 8), ctx, out);
      }
    });
  }
}

function block(node: BlockNode, ctx: Ctx, out: Paragraph[]): void {
  switch (node.type) {
    case 'paragraph':
      if (node.content?.length) out.push(new Paragraph({ children: runs(node.content) }));
      return;
    case 'heading': {
      if (!node.content?.length) return;
      ctx.last = Math.min(ctx.base + (node.attrs.level - 3), ctx.last + 1);
      out.push(ctx.last <= 6 ? new Paragraph({ heading: headingLevel(ctx.last), children: runs(node.content) }) : new Paragraph({ children: runs(node.content, true) }));
      return;
    }
    case 'bulletList':
    case 'orderedList':
      list(node, 0, ctx, out);
  }
}

/** `base`: the heading level an editor heading of level 3 becomes here (as in richTextHtml). */
export function richTextDocx(doc: RichDoc | null | undefined, base: number, lists: ListInstances): Paragraph[] {
  const out: Paragraph[] = [];
  const ctx: Ctx = { base, last: base - 1, lists };
  for (const b of doc?.content ?? []) block(b, ctx, out);
  return out;
}
