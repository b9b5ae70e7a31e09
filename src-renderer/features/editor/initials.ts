import { Extension } from '@tiptap/core';

export interface InitialsOptions {
  /** The names of the meeting's people (read when the key is pressed, so it is always current). */
  names: () => string[];
}

/** "KBA" → "Kia Brisson Andersen": the first letters of each part of a name. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((p) => p[0]!)
    .join('')
    .toLocaleLowerCase('da');
}

/** The one person whose initials (or whose first name) are `word`, or null when none or several. */
export function expandInitials(word: string, names: string[]): string | null {
  const w = word.toLocaleLowerCase('da');
  if (w.length < 2) return null;
  const byInitials = names.filter((n) => initialsOf(n) === w);
  if (byInitials.length === 1) return byInitials[0]!;
  const byFirstName = names.filter((n) => n.split(/\s+/)[0]!.toLocaleLowerCase('da') === w);
  return byFirstName.length === 1 ? byFirstName[0]! : null;
}

/**
 * Ctrl+Mellemrum after a member's initials writes their full name: referents note who speaks
 * many times a minute.
 */
export const Initials = Extension.create<InitialsOptions>({
  name: 'initials',
  addOptions() {
    return { names: () => [] };
  },
  addKeyboardShortcuts() {
    return {
      'Ctrl-Space': () => {
        const { state } = this.editor;
        const { from, empty } = state.selection;
        if (!empty) return false;
        const before = state.doc.textBetween(Math.max(0, from - 40), from, '\n', '\n');
        const m = /([\p{L}]{2,})$/u.exec(before);
        if (!m) return false;
        const name = expandInitials(m[1]!, this.options.names());
        if (!name) return false;
        return this.editor.chain().deleteRange({ from: from - m[1]!.length, to: from }).insertContent(name).run();
      },
    };
  },
});
