import { createContext, useContext } from 'react';

/**
 * Whether an item section shows its form (inputs, selects, outcome chips …) or, while it is far
 * from the viewport, the same facts as plain text. Measured on the 60-item bench meeting: the
 * forms of the far sections were ~40 MB of the renderer's memory (Blink's per-control shadow
 * trees, layout and listeners), the text they hold almost nothing. The text stays in the page, so
 * Ctrl+F and a screen reader still see the whole meeting. A section wakes, and stays awake, once
 * Chromium renders it (content-visibility tells it), when anything in it takes the focus, or when
 * a shortcut or the agenda asks for one of its fields. Rich-text fields are in the same place in
 * both forms, so waking never moves a caret.
 */
export const SectionAwakeContext = createContext(true);

export const useSectionAwake = (): boolean => useContext(SectionAwakeContext);

/** Dispatched on a sleeping section's element to wake it at once (focusItem). */
export const wakeSectionEvent = 'referent-wake-section';
