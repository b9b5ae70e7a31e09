/**
 * Autosave without a save button. Each field has a key; the first keystroke starts a short timer
 * and when it fires the field's latest content is saved (a throttle, not a debounce: someone
 * typing without pause is still saved every 250 ms, so no keystroke waits longer than that).
 * The 250 ms count from the input that made the change (see inputClock), not from when the
 * editor reported it.
 * Saves of one key run one at a time in order, so the last text typed is the last one written.
 * The status ("Gemmer…", "Gemt", an error) is derived from what is waiting, running and failed.
 */
export const saveDelayMs = 250;

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'error'; message: string };

interface Slot {
  timer: ReturnType<typeof setTimeout> | null;
  next: (() => Promise<unknown>) | null;
  running: Promise<void> | null;
}

export class SaveQueue {
  private readonly slots = new Map<string, Slot>();
  private readonly listeners = new Set<(s: SaveState) => void>();
  private error: string | null = null;
  private snapshot: SaveState = { kind: 'saved' };

  /**
   * `changeStartedAt` says when the change being scheduled began (the keystroke), on the clock of
   * `now`; without it the wait counts from the call.
   */
  constructor(
    private readonly delayMs = saveDelayMs,
    private readonly clock: { changeStartedAt(): number; now(): number } = { changeStartedAt: () => 0, now: () => 0 },
  ) {}

  /** Saves `run` for `key` within `delayMs` of the change; a newer call for the same key replaces a waiting one. */
  schedule(key: string, run: () => Promise<unknown>, delayMs = this.delayMs): void {
    const slot = this.slot(key);
    slot.next = run;
    if (slot.timer) return;
    const late = Math.max(0, this.clock.now() - this.clock.changeStartedAt());
    slot.timer = setTimeout(() => {
      slot.timer = null;
      void this.drain(key);
    }, Math.max(0, delayMs - late));
    this.notify();
  }

  /** Saves now (a structural change, or leaving the field): returns when written. */
  async now(key: string, run: () => Promise<unknown>): Promise<void> {
    const slot = this.slot(key);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.next = run;
    await this.drain(key);
  }

  /** Writes everything waiting, at once (before a reload or navigation). */
  async flush(): Promise<void> {
    await Promise.all(
      [...this.slots.entries()].map(([key, slot]) => {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        return this.drain(key);
      }),
    );
  }

  get state(): SaveState {
    if (this.error) return { kind: 'error', message: this.error };
    for (const s of this.slots.values()) if (s.timer || s.next || s.running) return { kind: 'saving' };
    return { kind: 'saved' };
  }

  get pending(): boolean {
    return this.state.kind === 'saving';
  }

  /** For useSyncExternalStore: the same object until the status changes. */
  getSnapshot = (): SaveState => this.snapshot;

  subscribe = (cb: (s: SaveState) => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  /** A structural change failed (its own message): shown like a failed save until the next success. */
  report(message: string): void {
    this.error = message;
    this.notify();
  }

  private slot(key: string): Slot {
    let s = this.slots.get(key);
    if (!s) this.slots.set(key, (s = { timer: null, next: null, running: null }));
    return s;
  }

  private async drain(key: string): Promise<void> {
    const slot = this.slot(key);
    while (slot.running) await slot.running;
    const run = slot.next;
    if (!run) return;
    slot.next = null;
    slot.running = (async () => {
      try {
        await run();
        this.error = null;
      } catch (e) {
        // Keep the text in the field and say what to do; the next keystroke tries again.
        this.error = (e as Error).message;
        if (!slot.next) slot.next = run;
        if (!slot.timer) {
          slot.timer = setTimeout(() => {
            slot.timer = null;
            void this.drain(key);
          }, 2000);
        }
      } finally {
        slot.running = null;
      }
    })();
    this.notify();
    await slot.running;
    if (!slot.next && !slot.timer) this.slots.delete(key);
    this.notify();
  }

  private last = 'saved';

  /** Tells listeners only when the status changes: a keystroke must not re-render anything. */
  private notify(): void {
    const s = this.state;
    const key = s.kind === 'error' ? `error:${s.message}` : s.kind;
    if (key === this.last) return;
    this.last = key;
    this.snapshot = s;
    for (const cb of this.listeners) cb(s);
  }
}
