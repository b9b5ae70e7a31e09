import type { Transport } from '../../src-main/shared/api/client';
import type { Envelope } from '../../src-main/shared/api/envelope';

const tokenKey = 'referent.hostToken';

/**
 * The host's token arrives in the URL fragment (`#token=…`), which the browser never sends to
 * the server. Kept in sessionStorage so a reload of the tab keeps working.
 */
export function readHostToken(): string | null {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(tokenKey, m[1]!);
    // Take the token out of the address bar (and of screenshots and history); the tab keeps it.
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
    return m[1]!;
  }
  return sessionStorage.getItem(tokenKey);
}

export function createHttpTransport(token: string): Transport {
  const headers = { authorization: `Bearer ${token}` };
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let streamStarted = false;

  async function openStream(): Promise<void> {
    // fetch rather than EventSource: EventSource cannot send the Authorization header.
    for (;;) {
      try {
        const res = await fetch('/api/events', { headers });
        if (!res.ok || !res.body) throw new Error(String(res.status));
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            dispatchFrame(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
          }
        }
      } catch {
        // the host restarted or the tab slept: try again shortly
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  function dispatchFrame(frame: string): void {
    let event = '';
    let data = '';
    for (const line of frame.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!event || !data) return;
    const payload: unknown = JSON.parse(data);
    for (const cb of listeners.get(event) ?? []) cb(payload);
  }

  return {
    async invoke(method, input) {
      try {
        const res = await fetch('/api/invoke', {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ method, input }),
        });
        return (await res.json()) as Envelope<unknown>;
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'Forbindelsen til Referent blev afbrudt. Genindlæs siden.' },
        };
      }
    },
    on(event, cb) {
      if (!streamStarted) {
        streamStarted = true;
        void openStream();
      }
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(cb);
      return () => set.delete(cb);
    },
  };
}
