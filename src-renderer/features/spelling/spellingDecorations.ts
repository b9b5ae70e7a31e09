/**
 * The spelling decorations of a field: a wavy underline under each misspelled word, the word
 * being typed left alone. Pure functions of the document and a misspelled-word predicate (the
 * checker's cache), so the incremental path can be tested against the whole-field one.
 */
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { wordsIn } from './words';

export type IsMisspelled = (word: string) => boolean;

/**
 * A text block's text with one character per position: a hard break counts as one (U+FFFC, not a
 * letter), so a word's offset in the text is its offset in the document.
 */
export const blockText = (node: PmNode) => node.textBetween(0, node.content.size, '', '\ufffc');

/** The misspelled words of one text block (at `pos`) as decorations; the word being typed is left alone. */
function blockDecorations(node: PmNode, pos: number, caret: number | null, isMisspelled: IsMisspelled, out: Decoration[]): void {
  const start = pos + 1;
  for (const w of wordsIn(blockText(node))) {
    const from = start + w.from;
    const to = start + w.to;
    if (caret !== null && caret >= from && caret <= to) continue;
    if (isMisspelled(w.word)) out.push(Decoration.inline(from, to, { class: 'misspelled', title: 'Stavefejl?' }));
  }
}

/** Marks misspelled words with a wavy underline in the whole document. */
export function decorate(doc: PmNode, caret: number | null, isMisspelled: IsMisspelled): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) blockDecorations(node, pos, caret, isMisspelled, decorations);
    return !node.isTextblock;
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * After a change only the text blocks it touched are checked again; the rest of the field's
 * decorations are mapped through it. Redoing the whole field on every keystroke cost a walk
 * over every word of a long Referat and a redraw check of every paragraph, on the typing path.
 */
export function redecorateChanged(tr: Transaction, old: DecorationSet, caretBefore: number, caret: number, isMisspelled: IsMisspelled): DecorationSet {
  const doc = tr.doc;
  let set = old.map(tr.mapping, doc);
  const touched: Array<[number, number]> = [];
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_oldFrom, _oldTo, from, to) => touched.push([rest.map(from, -1), rest.map(to, 1)]));
  });
  // The block the caret left: its word is no longer being typed.
  const left = tr.mapping.map(caretBefore);
  touched.push([left, left]);
  const seen = new Set<number>();
  const fresh: Decoration[] = [];
  const clamp = (x: number) => Math.max(0, Math.min(x, doc.content.size));
  for (const [from, to] of touched) {
    // One position wider on each side: a range that ends on a block's edge (a join, a split)
    // still reaches the block.
    doc.nodesBetween(clamp(from - 1), clamp(to + 1), (node, pos) => {
      if (!node.isTextblock) return true;
      if (seen.has(pos)) return false;
      seen.add(pos);
      set = set.remove(set.find(pos, pos + node.nodeSize));
      blockDecorations(node, pos, caret, isMisspelled, fresh);
      return false;
    });
  }
  return fresh.length ? set.add(doc, fresh) : set;
}

