import { wakeSectionEvent } from './sectionAwake';

/** Which part of an item a shortcut or the agenda jumps to. */
export type ItemPart = 'title' | 'notes' | 'decision' | 'newAction' | 'absence';

const selectors: Record<ItemPart, (id: string) => string> = {
  title: (id) => `#item-${CSS.escape(id)}-title`,
  notes: (id) => `#notes-${CSS.escape(id)}`,
  decision: (id) => `#decision-${CSS.escape(id)}`,
  newAction: (id) => `#new-action-${CSS.escape(id)}`,
  absence: (id) => `#absence-person-${CSS.escape(id)}`,
};

/** What was asked of a section that was asleep: focused once its form is there (resumeFocus). */
let pending: { itemId: string; part: ItemPart } | null = null;

function focusNow(itemId: string, part: ItemPart): boolean {
  const el = document.querySelector<HTMLElement>(selectors[part](itemId));
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  // A signed meeting's fields are read-only editors, which take no focus: the item itself takes
  // it, so the shortcuts still go from item to item (and the current item follows).
  if (document.activeElement !== el) {
    const section = el.closest<HTMLElement>('section.item-section');
    if (section) {
      if (!section.hasAttribute('tabindex')) section.tabIndex = -1;
      section.focus({ preventScroll: true });
    }
  }
  return true;
}

/**
 * Scrolls to an item and focuses the wanted part (a lazy editor wakes up on focus). A section
 * asleep (far away, its facts as text) is woken first and focused when its form is rendered.
 * False when the item is not on the page yet.
 */
export function focusItem(itemId: string, part: ItemPart): boolean {
  pending = null;
  if (focusNow(itemId, part)) return true;
  const section = document.querySelector<HTMLElement>(`section[data-item-id="${CSS.escape(itemId)}"]`);
  if (!section || section.dataset.awake === 'true') return false;
  pending = { itemId, part };
  section.scrollIntoView({ block: 'start' });
  section.dispatchEvent(new Event(wakeSectionEvent));
  return true;
}

/** Called by a section that has just woken: the focus it was asked for, if any. */
export function resumeFocus(itemId: string): void {
  const p = pending;
  if (!p || p.itemId !== itemId) return;
  pending = null;
  focusNow(p.itemId, p.part);
}
