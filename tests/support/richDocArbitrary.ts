/**
 * fast-check arbitraries for rich text. `richDocArbitrary` makes documents the way an editor
 * does (words with marks, spaces between them, hard breaks, nested lists), optionally in tiptap's
 * non-canonical shapes (split text nodes, link target/rel attrs, empty paragraphs), so tests can
 * check canonicalization and the Markdown round trip.
 */
import fc from 'fast-check';
import type { BlockNode, InlineNode, ListItemNode, RichDoc, RichMark } from '../../src-main/shared/richText/proseMirror';

export interface RichDocOptions {
  /** Allow underline (which Markdown cannot hold). */
  underline?: boolean;
  /** Allow hard breaks inside headings (which Markdown cannot hold). */
  headingBreaks?: boolean;
  /** Produce tiptap's non-canonical shapes too. */
  messy?: boolean;
}

/** Words that exercise escaping and the subset's edges, plus ordinary Danish text. */
export const wordArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('møde', 'Ringsted', 'B45', '20/968', 'kl.', '15.30', '–', 'æøå', 'Mødrehjælpen', '(§ 99)', '"Sig', 'nogen"', '😀', 'Søgaard (A)') },
  { weight: 2, arbitrary: fc.constantFrom('*', '**', 'a*b', '[x]', '[', ']', '\\', '#', '###', '####', '-', '1.', '12.', '<b>x</b>', '_x_', '`code`', '>', '&amp;', '(', ')', '](https://x.dk)', '!') },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-zA-Z0-9æøåÆØÅ.,:;!?()/-]{1,8}$/) },
);

const hrefArbitrary = fc.constantFrom('https://example.dk', 'https://norddjurs.dk/a_(b)?q=1&r=2', 'http://x.dk', 'mailto:kia@ringsted.dk', 'https://x.dk/\\path');

interface MarkFlags { bold: boolean; italic: boolean; underline: boolean; link: string | null }

function marksOf(f: MarkFlags): RichMark[] {
  const marks: RichMark[] = [];
  if (f.link !== null) marks.push({ type: 'link', attrs: { href: f.link } });
  if (f.bold) marks.push({ type: 'bold' });
  if (f.italic) marks.push({ type: 'italic' });
  if (f.underline) marks.push({ type: 'underline' });
  return marks;
}

type Token = { word: string; flags: MarkFlags } | 'br';

function inlineFromTokens(tokens: readonly Token[], messy: boolean): InlineNode[] {
  const out: InlineNode[] = [];
  let prev: MarkFlags | null = null;
  for (const t of tokens) {
    if (t === 'br') {
      out.push({ type: 'hardBreak' });
      prev = null;
      continue;
    }
    if (prev) {
      // The space between two words carries the marks both words share.
      const shared: MarkFlags = {
        bold: prev.bold && t.flags.bold,
        italic: prev.italic && t.flags.italic,
        underline: prev.underline && t.flags.underline,
        link: prev.link !== null && prev.link === t.flags.link ? prev.link : null,
      };
      const marks = marksOf(shared);
      out.push(marks.length > 0 ? { type: 'text', marks, text: ' ' } : { type: 'text', text: ' ' });
    }
    const marks = marksOf(t.flags);
    const pieces = messy && t.word.length > 1 ? [t.word.slice(0, 1), t.word.slice(1)] : [t.word];
    for (const text of pieces) {
      const node: InlineNode = marks.length > 0 ? { type: 'text', marks, text } : { type: 'text', text };
      if (messy && node.marks?.[0]?.type === 'link') {
        // What tiptap writes: extra link attrs, marks in another order.
        const href = (node.marks[0] as { attrs: { href: string } }).attrs.href;
        const link = { type: 'link', attrs: { href, target: '_blank', rel: 'noopener noreferrer nofollow', class: null } } as unknown as RichMark;
        node.marks = [link, ...node.marks.slice(1)].reverse();
      }
      out.push(node);
    }
    prev = t.flags;
  }
  return out;
}

function inlineArbitrary(o: RichDocOptions, breaks: boolean): fc.Arbitrary<InlineNode[]> {
  const flags = fc.record({
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: o.underline ? fc.boolean() : fc.constant(false),
    link: fc.option(hrefArbitrary, { nil: null, freq: 4 }),
  });
  const word: fc.Arbitrary<Token> = fc.record({ word: wordArbitrary, flags });
  const token: fc.Arbitrary<Token> = breaks ? fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: fc.constant<Token>('br') }) : word;
  return fc.array(token, { minLength: o.messy ? 0 : 1, maxLength: 8 }).map((t) => inlineFromTokens(t, o.messy === true));
}

export function richDocArbitrary(o: RichDocOptions = {}): fc.Arbitrary<RichDoc> {
  const { block } = fc.letrec<{ block: BlockNode; item: ListItemNode; list: BlockNode }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', maxDepth: 4, depthIdentifier: 'richBlocks', withCrossShrink: true },
      inlineArbitrary(o, true).map((content): BlockNode => ({ type: 'paragraph', content })),
      fc
        .tuple(fc.constantFrom<3 | 4>(3, 4), inlineArbitrary(o, o.headingBreaks === true))
        .map(([level, content]): BlockNode => ({ type: 'heading', attrs: { level }, content })),
      tie('list'),
    ),
    list: fc
      .tuple(fc.boolean(), fc.constantFrom(1, 1, 0, 3, 10), fc.array(tie('item'), { minLength: 1, maxLength: 3 }))
      .map(([ordered, start, items]): BlockNode => {
        if (!ordered) return { type: 'bulletList', content: items };
        if (o.messy) return { type: 'orderedList', attrs: { start, type: null } as never, content: items };
        return start === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { start }, content: items };
      }),
    item: fc
      .tuple(
        inlineArbitrary(o, true),
        fc.array(
          fc.oneof(
            { depthSize: 'small', maxDepth: 4, depthIdentifier: 'richBlocks' },
            inlineArbitrary(o, true).map((content): BlockNode => ({ type: 'paragraph', content })),
            tie('list'),
          ),
          { maxLength: 2 },
        ),
      )
      .map(([first, rest]): ListItemNode => ({ type: 'listItem', content: [{ type: 'paragraph', content: first }, ...(rest as ListItemNode['content'])] })),
  }));
  return fc.array(block, { maxLength: 5 }).map((content) => ({ type: 'doc', content }));
}
