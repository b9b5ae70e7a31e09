import { describe, expect, it } from 'vitest';
import { RichTextError, sameRichText, toRichDoc } from '../../../../src-main/shared/richText/normalize';
import type { RichDoc } from '../../../../src-main/shared/richText/proseMirror';

const para = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] }) as unknown as RichDoc;

describe('toRichDoc', () => {
  it('gives null for nothing: null, blank Markdown, an empty doc, an editor with one empty paragraph', () => {
    expect(toRichDoc(null)).toBeNull();
    expect(toRichDoc(undefined)).toBeNull();
    expect(toRichDoc('')).toBeNull();
    expect(toRichDoc(' \n\n ')).toBeNull();
    expect(toRichDoc({ type: 'doc', content: [] })).toBeNull();
    expect(toRichDoc({ type: 'doc', content: [{ type: 'paragraph' }] })).toBeNull();
    expect(toRichDoc(para({ type: 'text', text: '   ' }, { type: 'hardBreak' }))).toBeNull();
  });

  it('merges adjacent text with equal marks and sorts marks link, bold, italic, underline', () => {
    const messy = para(
      { type: 'text', marks: [{ type: 'italic' }, { type: 'bold' }], text: 'Gode' },
      { type: 'text', marks: [{ type: 'bold' }, { type: 'italic' }], text: 'dag' },
      { type: 'text', marks: [{ type: 'underline' }, { type: 'link', attrs: { href: 'https://x.dk', target: '_blank', rel: 'noopener', class: null } }], text: '!' },
    );
    expect(toRichDoc(messy)).toEqual(
      para(
        { type: 'text', marks: [{ type: 'bold' }, { type: 'italic' }], text: 'Godedag' },
        { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://x.dk' } }, { type: 'underline' }], text: '!' },
      ),
    );
  });

  it('trims lines, drops edge hard breaks and marks on breaks, turns newlines into breaks', () => {
    const messy = para(
      { type: 'hardBreak' },
      { type: 'text', text: '  Ringsted \nKommune ' },
      { type: 'hardBreak', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' Sorøvej 22  ' },
      { type: 'hardBreak' },
    );
    expect(toRichDoc(messy)).toEqual(
      para({ type: 'text', text: 'Ringsted' }, { type: 'hardBreak' }, { type: 'text', text: 'Kommune' }, { type: 'hardBreak' }, { type: 'text', text: 'Sorøvej 22' }),
    );
  });

  it('gives whitespace between words bold/italic only when both words have the same', () => {
    expect(toRichDoc('**a** **b**')).toEqual(toRichDoc('**a b**'));
    expect(toRichDoc(para({ type: 'text', marks: [{ type: 'bold' }], text: 'a ' }, { type: 'text', text: 'b' }))).toEqual(toRichDoc('**a** b'));
  });

  it('drops empty blocks and items, merges adjacent lists of one kind, keeps start only when not 1', () => {
    const messy = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'heading', attrs: { level: 3 } },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: ' ' }] },
        { type: 'orderedList', attrs: { start: 7 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }, { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    } as unknown as RichDoc;
    expect(toRichDoc(messy)).toEqual(toRichDoc('1. a\n2. b'));
    expect(toRichDoc('3. c')).toEqual({ type: 'doc', content: [{ type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'c' }] }] }] }] });
  });

  it('makes Markdown and ProseMirror of the same text equal', () => {
    const pm = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Beslutning' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Arbejdsplanen blev ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'godkendt' }, { type: 'text', text: ':' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mødet den 17. maj udgår' }] }] }] },
      ],
    } as unknown as RichDoc;
    expect(toRichDoc(pm)).toEqual(toRichDoc('### Beslutning\n\nArbejdsplanen blev **godkendt**:\n\n- Mødet den 17. maj udgår'));
    expect(sameRichText(pm, '### Beslutning\nArbejdsplanen blev **godkendt**:\n* Mødet den 17. maj udgår\n')).toBe(true);
  });

  it('is idempotent and does not change its input', () => {
    const input = para({ type: 'text', marks: [{ type: 'italic' }, { type: 'bold' }], text: ' x ' });
    const copy = structuredClone(input);
    const once = toRichDoc(input);
    expect(toRichDoc(once)).toEqual(once);
    expect(input).toEqual(copy);
  });

  it('throws RichTextError with the path for a document outside the subset', () => {
    const bad = para({ type: 'text', text: 'x', marks: [{ type: 'strike' }] });
    expect(() => toRichDoc(bad)).toThrow(RichTextError);
    try {
      toRichDoc(bad);
    } catch (e) {
      expect((e as RichTextError).path).toEqual(['content', 0, 'content', 0, 'marks', 0, 'type']);
    }
  });
});
