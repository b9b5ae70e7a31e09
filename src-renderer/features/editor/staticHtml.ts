import { getHTMLFromFragment, getSchema } from '@tiptap/core';
import { Node as PmNode, type Schema } from '@tiptap/pm/model';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { richExtensions } from './extensions';

let schema: Schema | null = null;

/**
 * A field's text as static HTML, for fields not yet turned into editors. The schema is built once
 * (building it per field cost more than rendering the field), and only the schema's nodes and
 * marks are written, with the text escaped.
 */
export function staticHtml(doc: RichDoc | null): string {
  if (!doc) return '';
  schema ??= getSchema(richExtensions({ names: () => [] }));
  return getHTMLFromFragment(PmNode.fromJSON(schema, doc).content, schema);
}
