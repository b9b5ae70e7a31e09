/**
 * The decision ipc.ts makes for every `referent:invoke`, kept pure for a Node test: a call
 * whose sender frame is not our own page is refused before the core sees it. The preload is
 * not enough on its own: any frame that somehow gets a preload-less IPC route (an iframe, a
 * page navigated to elsewhere) must still be turned away by the main process.
 */
import { fail, type Envelope } from '../shared/api/envelope';
import { isTrustedSenderUrl } from './senderCheck';

export type Invoke = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

export async function guardedInvoke(
  invoke: Invoke,
  senderUrl: string | undefined | null,
  method: unknown,
  input: unknown,
): Promise<Envelope<unknown>> {
  if (!isTrustedSenderUrl(senderUrl)) {
    // Logged for whoever debugs it; the page is told nothing it could use to probe further.
    console.warn(`[referent] refused ${String(method)} from untrusted sender ${String(senderUrl)}`);
    return fail('invalid-input', 'Kaldet kom ikke fra Referents eget vindue og blev afvist.');
  }
  return invoke(method, input);
}
