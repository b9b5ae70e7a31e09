import type { EditorView } from '@tiptap/pm/view';

/** A misspelled word the referent asked about (right-click, or the menu key / Shift+F10). */
export interface SpellMenuRequest {
  word: string;
  /** Where the word is in the editor's document. */
  from: number;
  to: number;
  view: EditorView;
  /** Where to show the menu, in the window's coordinates. */
  left: number;
  top: number;
}

type Listener = (r: SpellMenuRequest | null) => void;

/** One menu for the whole window: the editors open it, the SpellMenu component shows it. */
class SpellMenuStore {
  private current: SpellMenuRequest | null = null;
  private readonly listeners = new Set<Listener>();
  get(): SpellMenuRequest | null {
    return this.current;
  }
  open(r: SpellMenuRequest): void {
    this.current = r;
    this.listeners.forEach((l) => l(r));
  }
  close(): void {
    this.current = null;
    this.listeners.forEach((l) => l(null));
  }
  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

export const spellMenu = new SpellMenuStore();
