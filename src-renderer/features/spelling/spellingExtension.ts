import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import type { EditorView } from '@tiptap/pm/view';
import { spellChecker } from './spellChecker';
import { spellMenu } from './spellMenuStore';
import { wordsIn, type WordAt } from './words';
import { blockText, decorate as decorateWith, redecorateChanged as redecorateWith } from './spellingDecorations';

const misspelled = (word: string) => spellChecker.isMisspelled(word) === true;
const decorate = (doc: PmNode, caret: number | null) => decorateWith(doc, caret, misspelled);

const key = new PluginKey<DecorationSet>('spelling');
const checkDelayMs = 500;

function allWords(doc: PmNode): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) for (const w of wordsIn(blockText(node))) out.push(w.word);
    return !node.isTextblock;
  });
  return out;
}

/** The word at the pointer (right-click) or, from the keyboard, at the caret; with its place in the document. */
function wordAt(view: EditorView, event: MouseEvent | null): (WordAt & { left: number; top: number }) | null {
  const fromPointer = event && (event.clientX || event.clientY) ? view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos : undefined;
  const pos = fromPointer ?? view.state.selection.from;
  const $pos = view.state.doc.resolve(pos);
  if (!$pos.parent.isTextblock) return null;
  const w = wordsIn(blockText($pos.parent)).find((x) => x.from <= $pos.parentOffset && $pos.parentOffset <= x.to);
  if (!w) return null;
  const from = $pos.start() + w.from;
  const at = view.coordsAtPos(from);
  return { word: w.word, from, to: $pos.start() + w.to, left: at.left, top: at.bottom };
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
          // New answers from the worker redraw the whole field (words anywhere may have changed).
          apply: (tr, old, prev, state) =>
            tr.getMeta(key) ? decorate(state.doc, null) : tr.docChanged ? redecorateWith(tr, old, prev.selection.from, state.selection.from, misspelled) : old,
        },
        props: {
          decorations: (state) => key.getState(state),
          handleDOMEvents: {
            // A misspelled word's own menu (suggestions, add to the forum's word list) instead of the browser's.
            contextmenu(view, event) {
              const found = wordAt(view, event);
              if (!found || !spellChecker.isMisspelled(found.word)) return false;
              event.preventDefault();
              spellMenu.open({ ...found, view });
              return true;
            },
          },
          // From the keyboard, as Windows has it: the menu key or Shift+F10 on the word at the caret.
          handleKeyDown(view, event) {
            if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return false;
            const found = wordAt(view, null);
            if (!found || !spellChecker.isMisspelled(found.word)) return false;
            event.preventDefault();
            spellMenu.open({ ...found, view });
            return true;
          },
        },
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
