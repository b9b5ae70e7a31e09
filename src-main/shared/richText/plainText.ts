/**
 * Rich text as plain text, for search and for the CPR-number check: paragraphs and headings
 * separated by blank lines, list items one a line prefixed "- " or "1. " (nested lists indented
 * two spaces a level), a hardBreak as a newline, marks and link addresses left out.
 */
import type { BlockNode, InlineNode, ListNode, RichDoc } from './proseMirror';

function inlineText(content: readonly InlineNode[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

function indent(text: string, pad: string): string {
  return text.split('\n').map((l, i) => (i === 0 || l === '' ? l : pad + l)).join('\n');
}

function listText(list: ListNode): string {
  const start = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 1;
  return list.content
    .map((item, index) => {
      const prefix = list.type === 'bulletList' ? '- ' : `${start + index}. `;
      const parts = item.content.map((b) => blockText(b));
      return prefix + indent(parts.join('\n'), ' '.repeat(prefix.length));
    })
    .join('\n');
}

function blockText(block: BlockNode): string {
  return block.type === 'bulletList' || block.type === 'orderedList' ? listText(block) : inlineText(block.content);
}

export function docToPlainText(doc: RichDoc | null | undefined): string {
  if (!doc) return '';
  return (doc.content ?? []).map(blockText).join('\n\n');
}
