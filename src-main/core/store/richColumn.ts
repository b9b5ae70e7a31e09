import type { RichDoc } from '../../shared/richText/proseMirror';
import { toRichDoc } from '../../shared/richText/normalize';
import { docToPlainText } from '../../shared/richText/plainText';

/**
 * What a rich-text column holds: the canonical ProseMirror JSON (the editor's extra attributes,
 * such as a link's target, dropped), or NULL when the field holds no text at all (an emptied
 * editor sends one empty paragraph).
 */
export function richColumn(value: RichDoc | null | undefined): string | null {
  const doc = toRichDoc(value ?? null);
  if (doc === null || docToPlainText(doc).trim() === '') return null;
  return JSON.stringify(doc);
}
