import { describe, expect, it } from 'vitest';
import { checkRichDoc, isAllowedHref, richDocSchema, MAX_RICH_DEPTH } from '../../../../src-main/shared/richText/proseMirror';
import { formatPath } from '../../../../src-main/shared/api/paths';

const para = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const problem = (v: unknown) => {
  const p = checkRichDoc(v);
  return p ? `${formatPath(p.path)}: ${p.message}` : null;
};

describe('richDocSchema', () => {
  it('accepts what tiptap writes', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 4 }, content: [{ type: 'text', text: 'Indstilling' }] },
        { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'link', attrs: { href: 'https://x.dk', target: '_blank', rel: 'noopener noreferrer nofollow', class: null } }, { type: 'bold' }], text: 'x' }, { type: 'hardBreak' }] },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'underline' }, { type: 'italic' }], text: 'y' }] }] }] }] }] },
        { type: 'paragraph' },
      ],
    };
    expect(richDocSchema.safeParse(doc).success).toBe(true);
    expect(richDocSchema.safeParse({ type: 'doc', content: [] }).success).toBe(true);
    // ProseMirror's toJSON leaves an empty node's content out.
    expect(problem({ type: 'doc' })).toBe(null);
    expect(problem({ type: 'doc', content: 'abc' })).toBe('content: content skal være en liste af afsnit, overskrifter og lister');
  });

  it('refuses unknown nodes and marks, with the path', () => {
    expect(problem({ type: 'doc', content: [{ type: 'image', attrs: { src: 'x' } }] })).toBe('content[0].type: ukendt nodetype "image"; tilladt her: paragraph, heading, bulletList, orderedList');
    expect(problem({ type: 'doc', content: [{ type: 'codeBlock' }] })).toMatch(/^content\[0\]\.type: ukendt nodetype "codeBlock"/);
    expect(problem(para({ type: 'text', text: 'x', marks: [{ type: 'strike' }] }))).toBe('content[0].content[0].marks[0].type: ukendt mærke "strike"; tilladt: bold, italic, underline, link');
    expect(problem(para({ type: 'text', text: 'x', marks: [{ type: 'bold' }, { type: 'bold' }] }))).toMatch(/marks\[1\]\.type: mærket "bold" står to gange/);
  });

  it('refuses links that are not http, https or mailto', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', '/relative', 'https://x.dk/a b', '', 'https://']) {
      expect(problem(para({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] }))).toMatch(/^content\[0\]\.content\[0\]\.marks\[0\]\.attrs\.href: et link skal være/);
    }
    expect(isAllowedHref('HTTPS://X.DK')).toBe(true);
    expect(isAllowedHref('mailto:kia@ringsted.dk')).toBe(true);
  });

  it('enforces the nesting rules', () => {
    expect(problem({ type: 'doc', content: [{ type: 'listItem', content: [] }] })).toMatch(/^content\[0\]\.type: "listItem" kan ikke stå her/);
    expect(problem({ type: 'doc', content: [{ type: 'text', text: 'x' }] })).toMatch(/"text" kan ikke stå her/);
    expect(problem(para({ type: 'paragraph' }))).toMatch(/^content\[0\]\.content\[0\]\.type: "paragraph" kan ikke stå her/);
    expect(problem({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'paragraph' }] }] })).toMatch(/tilladt her: listItem/);
    expect(problem({ type: 'doc', content: [{ type: 'bulletList', content: [] }] })).toBe('content[0].content: en liste skal have mindst ét punkt (listItem)');
    expect(problem({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [] }] }] }] })).toMatch(/et listepunkt skal begynde med et afsnit/);
    expect(problem({ type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, { type: 'heading', attrs: { level: 3 } }] }] }] })).toMatch(/"heading" kan ikke stå her/);
    expect(problem({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 } }] })).toBe('content[0].attrs.level: overskriftsniveau skal være 3 eller 4, fik 2');
    expect(problem({ type: 'doc', content: [{ type: 'orderedList', attrs: { start: -1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] })).toMatch(/attrs\.start/);
  });

  it('refuses empty text nodes and malformed shapes', () => {
    expect(problem(para({ type: 'text', text: '' }))).toBe('content[0].content[0].text: en tekstnode skal have en ikke-tom tekst');
    expect(problem(para({ type: 'text' }))).toMatch(/en tekstnode skal have en ikke-tom tekst/);
    expect(problem({ type: 'paragraph' })).toBe('type: forventede "doc", fik "paragraph"');
    expect(problem({ type: 'doc', content: {} })).toMatch(/^content: content skal være en liste/);
    expect(problem('tekst')).toMatch(/forventede et ProseMirror-dokument/);
  });

  it('bounds the depth without overflowing the stack', () => {
    let node: unknown = { type: 'paragraph' };
    for (let i = 0; i < 100_000; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, node] }] };
    expect(problem({ type: 'doc', content: [node] })).toMatch(new RegExp(`for dybt indlejret \\(højst ${MAX_RICH_DEPTH} niveauer\\)`));
  });
});
