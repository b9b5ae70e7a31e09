import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { spellChecker } from './spellChecker';
import { wordsIn } from './words';

const key = new PluginKey<DecorationSet>('spelling');
const checkDelayMs = 500;

/** Marks misspelled words with a wavy underline; the word being typed is left alone. */
function decorate(doc: PmNode, caret: number | null): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    const start = pos + 1;
    for (const w of wordsIn(text)) {
      const from = start + w.from;
      const to = start + w.to;
      if (caret !== null && caret >= from && caret <= to) continue;
      if (spellChecker.isMisspelled(w.word)) decorations.push(Decoration.inline(from, to, { class: 'misspelled', title: 'Stavefejl?' }));
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

function allWords(doc: PmNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) for (const w of wordsIn(node.textContent)) out.push(w.word);
    return !node.isTextblock;
  });
  return out;
}

/**
 * Danish spell checking in the editor: the words go to a worker (never on the typing path), the
 * answers come back as decorations. Only the field's own text is checked.
 */
export const Spelling = Extension.create({
  name: 'spelling',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => decorate(state.doc, null),
          apply: (tr, old, _prev, state) => (tr.docChanged ? decorate(state.doc, state.selection.from) : tr.getMeta(key) ? decorate(state.doc, null) : old),
        },
        props: { decorations: (state) => key.getState(state) },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | null = null;
          const schedule = () => {
            if (timer) clearTimeout(timer);
            timer = setTimeout(() => void spellChecker.check(allWords(view.state.doc)), checkDelayMs);
          };
          // Many fields are live at once: redraw only those holding a word whose status changed.
          const off = spellChecker.onChange((changed) => {
            if (!view.isDestroyed && allWords(view.state.doc).some((w) => changed.has(w))) view.dispatch(view.state.tr.setMeta(key, true));
          });
          schedule();
          return {
            update(v, prev) {
              if (!v.state.doc.eq(prev.doc)) schedule();
            },
            destroy() {
              if (timer) clearTimeout(timer);
              off();
            },
          };
        },
      }),
    ];
  },
});
