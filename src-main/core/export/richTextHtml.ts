/**
 * Rich text (the spec's ProseMirror subset) to HTML, by hand: only the schema's nodes and marks
 * are ever emitted, every text is escaped, and a link is written only for an http, https or
 * mailto address (anything else stays plain text), so no markup from a meeting file can reach
 * the page.
 *
 * The editor's headings are levels 3 and 4 wherever they are typed; in the document they must
 * sit under the section that holds them without skipping a level (PDF/UA), so they are placed
 * relative to `base` (the level just under the section's label) and never deeper than one below
 * the previous heading of the same field. Below H6 a heading becomes a bold paragraph.
 */
import { isAllowedHref, type BlockNode, type InlineNode, type ListNode, type RichDoc, type RichMark } from '../../shared/richText/proseMirror';
import { esc, attr } from './htmlEscape';

const markTags: Record<Exclude<RichMark['type'], 'link'>, string> = { bold: 'strong', italic: 'em', underline: 'u' };

function inlineHtml(nodes: readonly InlineNode[] | undefined): string {
  let out = '';
  for (const n of nodes ?? []) {
    if (n.type === 'hardBreak') {
      out += '<br>';
      continue;
    }
    let html = esc(n.text);
    let href: string | null = null;
    for (const m of n.marks ?? []) {
      if (m.type === 'link') href = isAllowedHref(m.attrs.href) ? m.attrs.href : null;
      else html = `<${markTags[m.type]}>${html}</${markTags[m.type]}>`;
    }
    out += href ? `<a href=${attr(href)}>${html}</a>` : html;
  }
  return out;
}

class HeadingLevels {
  private last: number;
  constructor(private readonly base: number) {
    this.last = base - 1;
  }
  next(richLevel: 3 | 4): number {
    const wanted = this.base + (richLevel - 3);
    this.last = Math.min(wanted, this.last + 1);
    return this.last;
  }
}

function listHtml(list: ListNode, levels: HeadingLevels): string {
  const start = list.type === 'orderedList' && list.attrs?.start !== undefined && list.attrs.start !== 1 ? ` start="${list.attrs.start}"` : '';
  const tag = list.type === 'orderedList' ? 'ol' : 'ul';
  const items = list.content.map((li) => `<li>${li.content.map((b) => blockHtml(b, levels)).join('')}</li>`).join('');
  return `<${tag}${start}>${items}</${tag}>`;
}

function blockHtml(block: BlockNode, levels: HeadingLevels): string {
  switch (block.type) {
    case 'paragraph': {
      const inner = inlineHtml(block.content);
      return inner === '' ? '' : `<p>${inner}</p>`;
    }
    case 'heading': {
      const inner = inlineHtml(block.content);
      if (inner === '') return '';
      const level = levels.next(block.attrs.level);
      return level <= 6 ? `<h${level}>${inner}</h${level}>` : `<p><strong>${inner}</strong></p>`;
    }
    case 'bulletList':
    case 'orderedList':
      return listHtml(block, levels);
  }
}

/** `base`: the HTML level an editor heading of level 3 becomes here. */
export function richTextHtml(doc: RichDoc | null | undefined, base: number): string {
  if (!doc) return '';
  const levels = new HeadingLevels(base);
  return `<div class="rich">${doc.content.map((b) => blockHtml(b, levels)).join('')}</div>`;
}
