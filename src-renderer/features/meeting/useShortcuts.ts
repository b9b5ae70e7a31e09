import { useEffect } from 'react';
import type { Outcome } from '../../../src-main/shared/meetingFile/types';
import { outcomeKeys } from '../../../src-main/shared/api/outcomeKeys';
import { focusItem } from './focusItem';

export interface ShortcutActions {
  itemIds: () => string[];
  currentItemId: () => string | null;
  setOutcome(itemId: string, outcome: Outcome): void;
  showHelp(): void;
  undo(): boolean;
}

/** Is the key meant for a text field (so `?` or Ctrl+Z belong to it, not to us)? */
const inText = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/**
 * The meeting's keyboard shortcuts (see ShortcutsDialog). Alt with a letter or a digit: Ctrl+Alt
 * is AltGr on Danish keyboards (it types { [ ] } @), and Alt+F/R/V/H open the menus on Windows.
 */
export function useShortcuts(a: ShortcutActions): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ids = a.itemIds();
      const chosen = a.currentItemId();
      const current = chosen ?? ids[0] ?? null;
      if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
        // With no item chosen yet, Alt+↓ goes to the first item.
        const i = chosen ? ids.indexOf(chosen) : -1;
        const go = (id: string | undefined, part: Parameters<typeof focusItem>[1]) => {
          if (!id) return;
          e.preventDefault();
          focusItem(id, part);
        };
        if (e.key === 'ArrowDown') return go(ids[Math.min(ids.length - 1, i + 1)], 'notes');
        if (e.key === 'ArrowUp') return go(ids[Math.max(0, i - 1)], 'notes');
        if (!current) return;
        const key = e.code.startsWith('Digit') ? e.code.slice(5) : e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
        if (key === 'b') return go(current, 'decision');
        if (key === 'o') return go(current, 'newAction');
        if (key === 'i') return go(current, 'absence');
        const n = Number(key);
        if (n >= 1 && n <= outcomeKeys.length) {
          e.preventDefault();
          a.setOutcome(current, outcomeKeys[n - 1]!);
        }
        return;
      }
      if (e.key === '?' && !inText(e.target)) {
        e.preventDefault();
        a.showHelp();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z' && !e.shiftKey && !inText(e.target)) {
        if (a.undo()) e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [a]);
}
