/**
 * What the preload exposes as `window.referent`, built over anything shaped like ipcRenderer so
 * a Node test can drive it without electron. The page gets exactly two functions:
 * - `invoke(method, input)`: refused here, without touching IPC, unless the method is in the
 *   contract; the main process checks again (the sender frame and the input's schema).
 * - `on(event, cb)`: only the contract's events; the callback receives the payload alone,
 *   never Electron's IPC event object (which would hand the page `sender`, i.e. ipcRenderer).
 */
import { isMethodName } from '../shared/api/contract';
import { fail, type Envelope } from '../shared/api/envelope';
import { isEventName } from '../shared/api/events';
import type { Transport } from '../shared/api/client';
import { eventChannel, invokeChannel } from './channels';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike): Transport {
  const subscribers = new Map<string, Set<(payload: unknown) => void>>();

  // One IPC listener for all subscriptions, added on the first and removed with the last, so
  // subscribing many times never trips Node's MaxListeners warning.
  const listener = (_event: unknown, name: unknown, payload: unknown): void => {
    if (!isEventName(name)) return;
    for (const cb of [...(subscribers.get(name) ?? [])]) {
      try {
        cb(payload);
      } catch (e) {
        // One failing subscriber must not keep the event from the others.
        console.error(`[referent] a listener for ${name} failed`, e);
      }
    }
  };
  const listening = (): boolean => [...subscribers.values()].some((set) => set.size > 0);

  return Object.freeze({
    async invoke(method: string, input: unknown): Promise<Envelope<unknown>> {
      if (!isMethodName(method)) {
        return fail('unknown-method', `Ukendt funktion «${String(method)}». Opdatér Referent, hvis fejlen bliver ved.`);
      }
      try {
        return (await ipc.invoke(invokeChannel, method, input)) as Envelope<unknown>;
      } catch {
        // Only when the main process has no handler (still starting, or shutting down): the
        // page always gets an envelope, never a rejected promise with Electron's wording.
        return fail('internal', 'Referent er ved at starte eller lukke. Prøv igen om et øjeblik.');
      }
    },

    on(event: string, cb: (payload: unknown) => void): () => void {
      if (!isEventName(event)) throw new TypeError(`Ukendt hændelse «${String(event)}».`);
      if (typeof cb !== 'function') throw new TypeError('on() kræver en funktion.');
      if (!listening()) ipc.on(eventChannel, listener);
      let set = subscribers.get(event);
      if (!set) subscribers.set(event, (set = new Set()));
      // Wrap so the same function subscribed twice gets two independent subscriptions.
      const entry = (payload: unknown): void => cb(payload);
      set.add(entry);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        set.delete(entry);
        if (!listening()) ipc.removeListener(eventChannel, listener);
      };
    },
  });
}
