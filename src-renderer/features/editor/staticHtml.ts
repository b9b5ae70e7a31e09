import { getSchema } from '@tiptap/core';
import { DOMSerializer, Node as PmNode, type Schema } from '@tiptap/pm/model';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { richExtensions } from './extensions';

let built: { schema: Schema; serializer: DOMSerializer; container: HTMLElement } | null = null;

/**
 * A field's text as static HTML, for fields not yet turned into editors. The schema and its
 * serializer are built once (building them per field cost more than rendering the field), and
 * the nodes are made in one inert document kept for the purpose: tiptap's getHTMLFromFragment
 * makes a new document per call, ~230 of them left for the collector when a meeting opens. Only
 * the schema's nodes and marks are written, with the text escaped.
 */
export function staticHtml(doc: RichDoc | null): string {
  if (!doc) return '';
  if (!built) {
    const schema = getSchema(richExtensions({ names: () => [] }));
    const inert = document.implementation.createHTMLDocument('');
    built = { schema, serializer: DOMSerializer.fromSchema(schema), container: inert.createElement('div') };
  }
  const { schema, serializer, container } = built;
  const fragment = serializer.serializeFragment(PmNode.fromJSON(schema, doc).content, { document: container.ownerDocument });
  container.replaceChildren(fragment);
  const html = container.innerHTML;
  container.replaceChildren();
  return html;
}
