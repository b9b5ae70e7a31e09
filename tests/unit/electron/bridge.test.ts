import { describe, expect, it, vi } from 'vitest';
import { createBridge, type IpcRendererLike } from '../../../src-main/electron/bridge';
import { eventChannel, invokeChannel } from '../../../src-main/electron/channels';
import { methodNames } from '../../../src-main/shared/api/contract';
import { eventNames } from '../../../src-main/shared/api/events';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** A stand-in for ipcRenderer: records invokes, lets the test emit what main would send. */
function fakeIpc(answer: unknown = { ok: true, value: 'answer' }) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => answer),
    on: vi.fn((channel: string, l: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    }),
    removeListener: vi.fn((channel: string, l: Listener) => {
      listeners.get(channel)?.delete(l);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => {
    const ipcEvent = { sender: { send: () => 'the page must never see this' }, ports: [] };
    for (const l of listeners.get(channel) ?? []) l(ipcEvent, ...args);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { ipc, emit, count };
}

describe('createBridge', () => {
  it('exposes exactly invoke and on', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('passes a contract method and its input to the one invoke channel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    const method = methodNames[0]!;
    await expect(bridge.invoke(method, { a: 1 })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(ipc.invoke).toHaveBeenCalledWith(invokeChannel, method, { a: 1 });
  });

  it.each(['nope.nothing', '', 'constructor', '__proto__', 'toString', 'forums.list '])(
    'refuses the unknown method %j without reaching IPC',
    async (method) => {
      const { ipc } = fakeIpc();
      const answer = await createBridge(ipc).invoke(method, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
      expect(ipc.invoke).not.toHaveBeenCalled();
    },
  );

  it('refuses a non-string method without reaching IPC', async () => {
    const { ipc } = fakeIpc();
    const answer = await createBridge(ipc).invoke({ toString: () => 'forums.list' } as unknown as string, {});
    expect(answer.ok).toBe(false);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('answers an envelope, not a rejection, when the main process has no handler', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error("No handler registered for 'referent:invoke'"));
    await expect(createBridge(ipc).invoke(methodNames[0]!, {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses to subscribe to an unknown event, and to a non-function', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(() => bridge.on('nope.changed', () => {})).toThrow(TypeError);
    expect(() => bridge.on(eventNames[0]!, 'x' as unknown as () => void)).toThrow(TypeError);
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('hands the callback the payload alone, never the IPC event', () => {
    const { ipc, emit } = fakeIpc();
    const cb = vi.fn();
    createBridge(ipc).on(eventNames[0]!, cb);
    emit(eventChannel, eventNames[0], { forum: { id: 'f1' } });
    expect(cb).toHaveBeenCalledTimes(1);
    expect(cb.mock.calls[0]).toEqual([{ forum: { id: 'f1' } }]);
  });

  it('delivers only the subscribed event, and ignores names outside the contract', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const first = vi.fn();
    const second = vi.fn();
    bridge.on(eventNames[0]!, first);
    bridge.on(eventNames[1]!, second);
    emit(eventChannel, eventNames[1], 'p');
    emit(eventChannel, 'evil.event', 'p');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('p');
  });

  it('unsubscribes, and drops its IPC listener with the last subscriber', () => {
    const { ipc, emit, count } = fakeIpc();
    const bridge = createBridge(ipc);
    const cb = vi.fn();
    const offA = bridge.on(eventNames[0]!, cb);
    const offB = bridge.on(eventNames[0]!, cb);
    expect(count(eventChannel)).toBe(1);
    emit(eventChannel, eventNames[0], 1);
    expect(cb).toHaveBeenCalledTimes(2);
    offA();
    offA();
    emit(eventChannel, eventNames[0], 2);
    expect(cb).toHaveBeenCalledTimes(3);
    offB();
    expect(count(eventChannel)).toBe(0);
    emit(eventChannel, eventNames[0], 3);
    expect(cb).toHaveBeenCalledTimes(3);
  });

  it('keeps delivering to the others when one listener throws', () => {
    const { ipc, emit } = fakeIpc();
    const bridge = createBridge(ipc);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = vi.fn();
    bridge.on(eventNames[0]!, () => {
      throw new Error('boom');
    });
    bridge.on(eventNames[0]!, good);
    emit(eventChannel, eventNames[0], 'p');
    expect(good).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
