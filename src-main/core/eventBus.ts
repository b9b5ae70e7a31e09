import type { EventName, EventPayloads } from '../shared/api/events';

type Listener = (payload: unknown) => void;

/** In-process fan-out of core events to the transports (IPC, the host's event stream). */
export class EventBus {
  private readonly listeners = new Map<EventName, Set<Listener>>();

  on<E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(cb as Listener);
    return () => set.delete(cb as Listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const cb of this.listeners.get(event) ?? []) {
      try {
        cb(payload);
      } catch (e) {
        // A broken listener (a closed window, a dropped stream) must not undo a saved change.
        console.error(`listener for ${event} failed`, e);
      }
    }
  }
}
