/** Which part of an item a shortcut or the agenda jumps to. */
export type ItemPart = 'title' | 'notes' | 'decision' | 'newAction' | 'absence';

const selectors: Record<ItemPart, (id: string) => string> = {
  title: (id) => `#item-${CSS.escape(id)}-title`,
  notes: (id) => `#notes-${CSS.escape(id)}`,
  decision: (id) => `#decision-${CSS.escape(id)}`,
  newAction: (id) => `#new-action-${CSS.escape(id)}`,
  absence: (id) => `#absence-person-${CSS.escape(id)}`,
};

/** Scrolls to an item and focuses the wanted part (a lazy editor wakes up on focus); false when not on screen yet. */
export function focusItem(itemId: string, part: ItemPart): boolean {
  const el = document.querySelector<HTMLElement>(selectors[part](itemId));
  if (!el) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  return true;
}
