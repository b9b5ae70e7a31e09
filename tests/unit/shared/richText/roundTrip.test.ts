import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docToMarkdown } from '../../../../src-main/shared/richText/docToMarkdown';
import { markdownToDoc } from '../../../../src-main/shared/richText/markdown';
import { toRichDoc } from '../../../../src-main/shared/richText/normalize';
import { checkRichDoc, type RichDoc } from '../../../../src-main/shared/richText/proseMirror';
import { richDocArbitrary } from '../../../support/richDocArbitrary';

const empty: RichDoc = { type: 'doc', content: [] };

describe('Markdown ↔ ProseMirror', () => {
  it('markdownToDoc ∘ docToMarkdown is the identity on canonical documents', () => {
    fc.assert(
      fc.property(richDocArbitrary(), (doc) => {
        const canonical = toRichDoc(doc) ?? empty;
        expect(markdownToDoc(docToMarkdown(canonical))).toEqual(canonical);
      }),
      { numRuns: 1500 },
    );
  });

  it('a "!" right before a link is written so that it reads back as text and a link, not an image', () => {
    const d: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej!' }, { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://x.dk' } }], text: 'link' }] }] };
    expect(docToMarkdown(d)).toBe('Hej\\![link](https://x.dk)');
    expect(markdownToDoc(docToMarkdown(d))).toEqual(d);
  });

  it('canonicalization is idempotent, also on tiptap-shaped documents with underline', () => {
    fc.assert(
      fc.property(richDocArbitrary({ messy: true, underline: true, headingBreaks: true }), (doc) => {
        expect(checkRichDoc(doc)).toBeNull();
        const once = toRichDoc(doc);
        expect(once === null ? null : toRichDoc(once)).toEqual(once);
        if (once) expect(checkRichDoc(once)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('any string parses to a valid canonical document that survives a round trip', () => {
    const piece = fc.constantFrom('a', 'æ', ' ', '  ', '\t', '*', '**', '\\', '[', ']', '(', ')', '](https://x.dk)', '](javascript:x)', '\n', '\n\n', '- ', '1. ', '3. ', '### ', '#### ', '# ', '  - ', '   ', '.', '_', '<b>', '!', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        const doc = markdownToDoc(s);
        expect(checkRichDoc(doc)).toBeNull();
        expect(toRichDoc(doc) ?? empty).toEqual(doc);
        expect(markdownToDoc(docToMarkdown(doc))).toEqual(doc);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('docToMarkdown', () => {
  it('escapes what would otherwise be read as Markdown', () => {
    const doc = toRichDoc({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '- ikke en liste *og* [ikke] et link \\ ' }, { type: 'hardBreak' }, { type: 'text', text: '4. oktober' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '### ikke en overskrift' }] },
      ],
    });
    const md = docToMarkdown(doc);
    expect(md).toBe('\\- ikke en liste \\*og\\* \\[ikke\\] et link \\\\\\\n4\\. oktober\n\n\\### ikke en overskrift');
    expect(markdownToDoc(md)).toEqual(doc);
  });

  it('writes nested lists with their numbering', () => {
    const md = '1. COVID-19:\n\n   - a. Hvad\n   - b. Erfaring\n2. Kommende';
    expect(docToMarkdown(markdownToDoc(md))).toBe(md);
    expect(docToMarkdown(markdownToDoc('7. syv\n8. otte'))).toBe('7. syv\n8. otte');
  });

  it('drops underline and writes a break in a heading as a space (the subset has neither)', () => {
    const doc = toRichDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'a' }, { type: 'hardBreak' }, { type: 'text', text: 'b' }] },
        { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'underline' }], text: 'u' }] },
      ],
    });
    expect(docToMarkdown(doc)).toBe('### a b\n\nu');
    expect(docToMarkdown(null)).toBe('');
  });
});
