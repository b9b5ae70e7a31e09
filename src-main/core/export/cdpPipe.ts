/**
 * A minimal Chrome DevTools Protocol client over the pipe Chromium opens with
 * `--remote-debugging-pipe`: commands go in on the child's fd 3, answers and events come out on
 * its fd 4, each message JSON ended by a NUL byte.
 *
 * Why not playwright-core here: the CLI's cold export is a referent's (or an archive job's) whole
 * wait, and loading playwright-core alone cost ~300 ms, its launch and first page ~350 ms more,
 * against ~270 ms for Chromium up with a page over this pipe (measured on the build machine). A
 * pipe and not `--remote-debugging-port`: a port on 127.0.0.1 lets any local process attach to a
 * page holding the minutes' personal data; a pipe belongs to this process alone. The PDF export
 * needs five commands, all of them stable parts of the protocol.
 */
import type { Readable, Writable } from 'node:stream';

type Json = Record<string, unknown>;

interface Pending {
  method: string;
  resolve(value: Json): void;
  reject(error: Error): void;
}

export interface CdpConnection {
  /** Sends one command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Json>(method: string, params?: Json, sessionId?: string): Promise<T>;
  /** Called once the pipe ends or fails; every command still waiting is rejected with `reason`. */
  onClose(cb: (reason: Error) => void): void;
  /** Ends the connection (the commands still waiting fail). */
  dispose(reason?: Error): void;
}

export function connectCdp(toBrowser: Writable, fromBrowser: Readable): CdpConnection {
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const closeListeners: Array<(reason: Error) => void> = [];
  let closed: Error | null = null;
  let chunks: Buffer[] = [];

  function end(reason: Error): void {
    if (closed) return;
    closed = reason;
    for (const p of pending.values()) p.reject(reason);
    pending.clear();
    for (const cb of closeListeners) cb(reason);
  }

  function dispatch(text: string): void {
    let message: { id?: number; result?: Json; error?: { message?: string } };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return; // not ours to understand; events we never asked for are dropped the same way
    }
    if (typeof message.id !== 'number') return; // an event: this client subscribes to none
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    if (message.error) p.reject(new Error(`${p.method}: ${message.error.message ?? 'fejl fra Chromium'}`));
    else p.resolve(message.result ?? {});
  }

  fromBrowser.on('data', (data: Buffer) => {
    // Messages can arrive split over several reads, or several in one read.
    let start = 0;
    for (let end = data.indexOf(0); end !== -1; end = data.indexOf(0, start)) {
      chunks.push(data.subarray(start, end));
      dispatch(Buffer.concat(chunks).toString('utf8'));
      chunks = [];
      start = end + 1;
    }
    if (start < data.length) chunks.push(data.subarray(start));
  });
  fromBrowser.on('close', () => end(new Error('Chromium lukkede forbindelsen')));
  fromBrowser.on('error', (e) => end(e));
  toBrowser.on('error', (e) => end(e));

  return {
    send<T = Json>(method: string, params: Json = {}, sessionId?: string): Promise<T> {
      if (closed) return Promise.reject(closed);
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { method, resolve: resolve as (v: Json) => void, reject });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    onClose(cb) {
      if (closed) cb(closed);
      else closeListeners.push(cb);
    },
    dispose(reason = new Error('forbindelsen til Chromium er lukket')) {
      end(reason);
    },
  };
}
