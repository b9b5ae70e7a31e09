import { useSyncExternalStore } from 'react';

/**
 * Which item the referent is in. Kept outside React state on purpose: moving from item to item
 * must re-render only the two items concerned and the live bar, not the whole meeting (with
 * 200 items that made every move, and every keystroke that moved focus, slow).
 */
export class CurrentItem {
  private id: string | null = null;
  private readonly listeners = new Set<() => void>();

  get = (): string | null => this.id;

  set = (id: string | null): void => {
    if (id === this.id) return;
    this.id = id;
    for (const cb of this.listeners) cb();
  };

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };
}

export function useCurrentItemId(store: CurrentItem): string | null {
  return useSyncExternalStore(store.subscribe, store.get);
}

export function useIsCurrent(store: CurrentItem, itemId: string): boolean {
  return useSyncExternalStore(store.subscribe, () => store.get() === itemId);
}
