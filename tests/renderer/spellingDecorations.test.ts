/**
 * The spelling underlines are redrawn only where a change touched the field (the typing path);
 * whatever the edit, the result must equal drawing the whole field again.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { richExtensions } from '../../src-renderer/features/editor/extensions';
import { decorate, redecorateChanged } from '../../src-renderer/features/spelling/spellingDecorations';

const schema = getSchema(richExtensions({ names: () => [] }));
// "Misspelled": any word with a q in it.
const isMisspelled = (w: string) => w.includes('q');
const words = ['referat', 'mødet', 'qvist', 'beslutning', 'aqua', 'og', 'Bo', 'kommunen', 'sqlite'];

const spans = (set: DecorationSet) =>
  set
    .find()
    .map((d) => `${d.from}-${d.to}`)
    .sort();

const paragraphs = fc.array(fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 6 });
type Edit = { kind: 'type'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'split'; at: number };
const edits = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('q', 'a', ' ', 'qu', 'x y', 'mødet ') }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 12 },
);

describe('spelling decorations', () => {
  it('redrawn where an edit touched them equal the whole field drawn again, edit after edit', () => {
    fc.assert(
      fc.property(paragraphs, edits, (paras, list: Edit[]) => {
        const doc = schema.node('doc', null, paras.map((ws) => schema.node('paragraph', null, ws.length ? [schema.text(ws.join(' '))] : [])));
        let state = EditorState.create({ schema, doc });
        let set = decorate(state.doc, null, isMisspelled);
        for (const e of list) {
          const size = state.doc.content.size;
          // A text position: inside a paragraph.
          const $at = state.doc.resolve(Math.min(e.at % (size + 1), size));
          const at = $at.parent.isTextblock ? $at.pos : Math.min($at.pos + 1, size - 1);
          if (!state.doc.resolve(at).parent.isTextblock) continue;
          let tr = state.tr;
          if (e.kind === 'type') tr = tr.insertText(e.text, at);
          else if (e.kind === 'split') tr = tr.split(at);
          else tr = tr.delete(at, Math.min(size, at + e.length));
          const caret = Math.min(tr.mapping.map(at, 1), tr.doc.content.size);
          if (!tr.doc.resolve(caret).parent.isTextblock) continue;
          tr.setSelection(TextSelection.create(tr.doc, caret));
          const caretBefore = state.selection.from;
          const next = state.apply(tr);
          set = redecorateChanged(tr, set, caretBefore, next.selection.from, isMisspelled);
          expect(spans(set)).toEqual(spans(decorate(next.doc, next.selection.from, isMisspelled)));
          state = next;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the word being typed alone and underlines it once the caret has left it', () => {
    const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('en qvist og mere')])]);
    let state = EditorState.create({ schema, doc, selection: TextSelection.create(doc, 1) });
    let set = decorate(state.doc, null, isMisspelled);
    expect(spans(set)).toEqual(['4-9']);
    // Typing "q" at the end of "mere": "mereq" is the word being typed.
    let tr = state.tr.insertText('q', 17);
    tr.setSelection(TextSelection.create(tr.doc, 18));
    let next = state.apply(tr);
    set = redecorateChanged(tr, set, state.selection.from, next.selection.from, isMisspelled);
    expect(spans(set)).toEqual(['4-9']);
    state = next;
    // A space, then a new paragraph: the caret has left "mereq".
    tr = state.tr.insertText(' ', 18).split(19);
    next = state.apply(tr);
    set = redecorateChanged(tr, set, state.selection.from, next.selection.from, isMisspelled);
    expect(spans(set)).toEqual(['13-18', '4-9']);
  });
});
