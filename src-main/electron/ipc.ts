/**
 * The contract over IPC: one handler for every method (the core validates each input against
 * its schema), and the core's events pushed to the window. The sender check lives in
 * guardedInvoke.ts so a Node test covers it.
 */
import { ipcMain, type WebContents } from 'electron';
import type { Core } from '../core/createCore';
import { eventNames } from '../shared/api/events';
import { eventChannel, invokeChannel } from './channels';
import { guardedInvoke } from './guardedInvoke';
import { isTrustedSenderUrl } from './senderCheck';

/** Wires IPC to the core; returns the undo, called before the core closes. */
export function registerIpc(core: Pick<Core, 'invoke' | 'on'>, target: () => WebContents | undefined): () => void {
  ipcMain.handle(invokeChannel, (event, method: unknown, input: unknown) =>
    // senderFrame is null when the frame has navigated away or gone: then untrusted too.
    guardedInvoke(core.invoke, event.senderFrame?.url, method, input),
  );

  const unsubscribers = eventNames.map((name) =>
    core.on(name, (payload) => {
      const contents = target();
      // Only our own page gets events; a window that navigated elsewhere (it cannot, see
      // navigation.ts) or is closing gets nothing.
      if (!contents || contents.isDestroyed()) return;
      // Before the page has loaded there is no one to tell: it reads fresh state on load.
      if (!isTrustedSenderUrl(contents.getURL())) return;
      contents.send(eventChannel, name, payload);
    }),
  );

  return () => {
    ipcMain.removeHandler(invokeChannel);
    for (const off of unsubscribers) off();
  };
}
