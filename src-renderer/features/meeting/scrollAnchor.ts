/**
 * Keeps the item the referent scrolled to where they put it while the sections around it wake
 * (sectionAwake.ts). Chromium's own scroll anchoring does not survive a section swapping its
 * text for its form: measured, a jump to item 26 of 50 left item 26 2,281 px below the top, as
 * the sections above it woke and grew. So the meeting screen remembers, at every scroll, which
 * item section is at the top of the view and where; a section that wakes puts it back there
 * before the frame is painted. Where Chromium did keep it, the difference is 0 and nothing moves.
 */
let anchor: { el: Element; top: number } | null = null;

/** After a scroll: the top-level item section at the top of the view, and its place. */
export function rememberScrollAnchor(): void {
  const sections = document.querySelectorAll('.meeting-body > section.item-section');
  // Binary search: the first section whose bottom is below the top of the view.
  let lo = 0;
  let hi = sections.length - 1;
  let found: Element | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const el = sections[mid]!;
    if (el.getBoundingClientRect().bottom > 0) {
      found = el;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  anchor = found ? { el: found, top: found.getBoundingClientRect().top } : null;
}

/** After a section woke (layout effect): the remembered section back at its place. */
export function restoreScrollAnchor(): void {
  if (!anchor || !anchor.el.isConnected) return;
  const moved = anchor.el.getBoundingClientRect().top - anchor.top;
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
}

/** Leaving the meeting screen: nothing to hold on to. */
export function forgetScrollAnchor(): void {
  anchor = null;
}
