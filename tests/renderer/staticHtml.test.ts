/**
 * A field not yet turned into an editor shows static HTML of its text. It must be exactly what
 * tiptap writes for the same content (the editor that replaces it renders the same schema), with
 * the text escaped, and one call must leave nothing behind for the next.
 */
import { describe, expect, it } from 'vitest';
import { getHTMLFromFragment, getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import type { RichDoc } from '../../src-main/shared/richText/proseMirror';
import { richExtensions } from '../../src-renderer/features/editor/extensions';
import { staticHtml } from '../../src-renderer/features/editor/staticHtml';

const schema = getSchema(richExtensions({ names: () => [] }));
const tiptapHtml = (doc: RichDoc) => getHTMLFromFragment(PmNode.fromJSON(schema, doc).content, schema);

const text = (t: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

const docs: Record<string, RichDoc> = {
  marks: { type: 'doc', content: [para(text('Mødet '), text('godkendte', [{ type: 'bold' }]), text(' planen '), text('med ændringer', [{ type: 'italic' }]))] } as RichDoc,
  escaped: { type: 'doc', content: [para(text('<script>alert(1)</script> & "citat" æøå'))] } as RichDoc,
  structure: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 3 }, content: [text('Drøftelse')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('Boliger'))] }, { type: 'listItem', content: [para(text('Sundhed'))] }] },
      { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [para(text('Første'))] }] },
      para(text('Se '), text('kommunens side', [{ type: 'link', attrs: { href: 'https://www.norddjurs.dk' } }])),
    ],
  } as RichDoc,
};

describe('staticHtml', () => {
  it.each(Object.keys(docs))('writes what tiptap writes: %s', (name) => {
    expect(staticHtml(docs[name]!)).toBe(tiptapHtml(docs[name]!));
  });

  it('escapes the text: no element comes out of a field’s words', () => {
    const html = staticHtml(docs.escaped!);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps nothing of one field in the next', () => {
    staticHtml(docs.structure!);
    expect(staticHtml(docs.marks!)).toBe(tiptapHtml(docs.marks!));
    expect(staticHtml(docs.marks!)).not.toContain('Drøftelse');
  });

  it('writes nothing for an empty field', () => {
    expect(staticHtml(null)).toBe('');
  });
});
