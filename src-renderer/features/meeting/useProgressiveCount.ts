import { startTransition, useEffect, useState } from 'react';

const first = 3;
const batch = 6;

/**
 * How many items to render: the first few at once, the rest a batch per task, so a 60-item
 * meeting shows and takes keystrokes at once instead of after rendering all of it (measured:
 * rendering 60 items in one go blocked the page for about a second). Once everything has been
 * rendered, items added later render at once (they may be focused right after a reload).
 */
export function useProgressiveCount(total: number): number {
  const [count, setCount] = useState(first);
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    if (complete) return;
    if (count >= total) {
      if (total > 0) setComplete(true);
      return;
    }
    // A transition: React renders the batch in slices and lets a keystroke in between, so the
    // first key typed while the rest of a long meeting renders is not kept waiting behind it.
    const timer = setTimeout(() => startTransition(() => setCount((c) => Math.min(total, c + batch))), 0);
    return () => clearTimeout(timer);
  }, [count, total, complete]);
  return complete ? total : Math.min(count, total);
}
