/**
 * When the referent's latest input happened, on the page's clock (the input event's own time
 * stamp). The autosave's wait counts from the keystroke, not from when the editor got round to
 * reporting the change: ProseMirror reads the typed character back from the DOM a few ms after
 * the key, and those ms would otherwise be added to every save.
 */
const inputEvents = ['keydown', 'beforeinput', 'paste', 'drop', 'cut'] as const;

/** An input older than this did not cause the change being reported (a timer, a late answer). */
const sameChangeMs = 100;

export interface InputClock {
  /** When the change being reported now began: the last input if it was just now, else now. */
  changeStartedAt(): number;
  now(): number;
  stop(): void;
}

export function watchInput(target: Pick<Document, 'addEventListener' | 'removeEventListener'>, now: () => number = () => performance.now()): InputClock {
  let last = -Infinity;
  const seen = (e: Event) => {
    last = e.timeStamp;
  };
  for (const type of inputEvents) target.addEventListener(type, seen, { capture: true, passive: true });
  return {
    changeStartedAt() {
      const at = now();
      return at - last >= 0 && at - last < sameChangeMs ? last : at;
    },
    now,
    stop() {
      for (const type of inputEvents) target.removeEventListener(type, seen, { capture: true });
    },
  };
}

let page: InputClock | null = null;

/** The page's one input clock, watching the document from the first call on. */
export function pageInputClock(): InputClock {
  return (page ??= watchInput(document));
}
