import { useSyncExternalStore } from 'react';

/**
 * Item titles as typed, before the meeting is next loaded. A title is saved as a small patch
 * (never a reload of the whole meeting, which would re-render every item while someone types),
 * so the agenda side bar and the item's own heading read the typed title from here. The meeting
 * screen clears it whenever the meeting is loaded again: by then the store has every title.
 */
const typed = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

const notify = () => {
  version++;
  for (const l of listeners) l();
};

export function setLiveTitle(itemId: string, title: string): void {
  typed.set(itemId, title);
  notify();
}

export function clearLiveTitles(): void {
  if (typed.size === 0) return;
  typed.clear();
  notify();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The title to show for an item: as typed, else as loaded. */
export function useLiveTitle(itemId: string, loaded: string): string {
  return useSyncExternalStore(subscribe, () => typed.get(itemId)) ?? loaded;
}

/** For a list of items (the agenda): a lookup that re-renders when any typed title changes. */
export function useLiveTitles(): (itemId: string, loaded: string) => string {
  useSyncExternalStore(subscribe, () => version);
  return (itemId, loaded) => typed.get(itemId) ?? loaded;
}
