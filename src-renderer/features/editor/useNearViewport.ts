import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';

/**
 * Whether the item section around a field is near the viewport (null outside an item section).
 * A section knows it for free: it is `content-visibility: auto`, and Chromium tells each such
 * element when it starts or stops being rendered (`contentvisibilityautostatechange`), from the
 * intersection work it does anyway. One IntersectionObserver per field cost ~0.65 ms of every
 * keystroke's frame in a 60-item meeting (measured), as every observer is recomputed each frame.
 */
export const SectionNearContext = createContext<boolean | null>(null);

const hasContentVisibilityEvent = typeof HTMLElement !== 'undefined' && 'oncontentvisibilityautostatechange' in HTMLElement.prototype;

/** For an item section: true once Chromium renders its content (near the viewport), and stays true. */
export function useSectionNear<T extends HTMLElement>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  // Before the first paint, so the first state the browser reports is heard.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || near || !hasContentVisibilityEvent) return;
    const seen = (e: Event) => !(e as Event & { skipped: boolean }).skipped && setNear(true);
    el.addEventListener('contentvisibilityautostatechange', seen);
    return () => el.removeEventListener('contentvisibilityautostatechange', seen);
  }, [near]);
  const observed = useObserved(ref, !hasContentVisibilityEvent && !near);
  return [ref, near || observed];
}

/** True once the element has come within a screen or two of the viewport (and stays true). */
export function useNearViewport<T extends Element>(margin = '1200px'): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const section = useContext(SectionNearContext);
  const observed = useObserved(ref, section === null, margin);
  return [ref, section ?? observed];
}

function useObserved(ref: React.RefObject<Element | null>, enabled: boolean, margin = '1200px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el || near) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, enabled, margin, near]);
  return near;
}
