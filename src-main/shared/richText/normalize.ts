/**
 * One entry point for rich text from anywhere (a meeting file, the editor, a test): either spec
 * form in, the canonical ProseMirror form out (see canonical.ts), or null when there is no text.
 * The core treats empty rich text as absent, so "", "   ", {"type":"doc","content":[]} and an
 * editor's lone empty paragraph all become null.
 */
import { canonicalizeDoc } from './canonical';
import { markdownToDoc } from './markdown';
import { checkRichDoc, type RichDoc, type RichPath } from './proseMirror';

/** A rich document that breaks the accepted subset; `path` is inside the document. */
export class RichTextError extends Error {
  constructor(
    message: string,
    readonly path: RichPath,
  ) {
    super(message);
    this.name = 'RichTextError';
  }
}

/**
 * The canonical form of a Markdown string or ProseMirror document, or null when empty.
 * Throws RichTextError for a document outside the accepted subset (validate first at a boundary:
 * the meeting-file schema does, with the field's path).
 */
export function toRichDoc(value: string | RichDoc | null | undefined): RichDoc | null {
  if (value === null || value === undefined) return null;
  let doc: RichDoc;
  if (typeof value === 'string') {
    doc = markdownToDoc(value);
  } else {
    const problem = checkRichDoc(value);
    if (problem) throw new RichTextError(problem.message, problem.path);
    doc = canonicalizeDoc(value);
  }
  return doc.content.length === 0 ? null : doc;
}

/** True when a value holds no text at all (null, blank Markdown, an empty document). */
export function isEmptyRichText(value: string | RichDoc | null | undefined): boolean {
  return toRichDoc(value) === null;
}

/** Whether two rich values say the same thing (equal canonical forms). */
export function sameRichText(a: string | RichDoc | null | undefined, b: string | RichDoc | null | undefined): boolean {
  return JSON.stringify(toRichDoc(a)) === JSON.stringify(toRichDoc(b));
}
