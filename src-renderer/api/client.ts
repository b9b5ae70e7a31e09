import { createClient, type Client, type Transport } from '../../src-main/shared/api/client';
import { createHttpTransport, readHostToken } from './httpTransport';

declare global {
  interface Window {
    /** Set by Electron's preload; absent when the renderer runs in a plain browser via the host. */
    referent?: Transport;
  }
}

/** The contract's client: Electron's bridge when present, otherwise the host over HTTP. */
export function connect(): Client | null {
  if (window.referent) return createClient(window.referent);
  const token = readHostToken();
  return token ? createClient(createHttpTransport(token)) : null;
}
