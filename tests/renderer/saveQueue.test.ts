import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '../../src-renderer/features/meeting/saveQueue';
import { watchInput } from '../../src-renderer/features/meeting/inputClock';

describe('SaveQueue (autosave)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest content of a field at most every delay, even while typing goes on', async () => {
    const q = new SaveQueue(300);
    const written: string[] = [];
    const save = (text: string) => () => Promise.resolve(void written.push(text));
    q.schedule('notes', save('a'));
    await vi.advanceTimersByTimeAsync(100);
    q.schedule('notes', save('ab'));
    await vi.advanceTimersByTimeAsync(100);
    q.schedule('notes', save('abc'));
    expect(q.state).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(100);
    expect(written).toEqual(['abc']);
    q.schedule('notes', save('abcd'));
    await vi.advanceTimersByTimeAsync(300);
    expect(written).toEqual(['abc', 'abcd']);
    expect(q.state).toEqual({ kind: 'saved' });
  });

  it('keeps the order of one field’s saves and flushes everything at once', async () => {
    const q = new SaveQueue(300);
    const written: string[] = [];
    let release!: () => void;
    q.schedule('a', () => new Promise<void>((r) => (release = () => r(void written.push('a1')))));
    await vi.advanceTimersByTimeAsync(300);
    q.schedule('a', () => Promise.resolve(void written.push('a2')));
    q.schedule('b', () => Promise.resolve(void written.push('b1')));
    const flushed = q.flush();
    release();
    await flushed;
    // one field's saves stay in order; other fields do not wait for it
    expect(written.filter((w) => w.startsWith('a'))).toEqual(['a1', 'a2']);
    expect(written.indexOf('b1')).toBeLessThan(written.indexOf('a1'));
  });

  it('reports an error with its message and retries, keeping the text', async () => {
    const q = new SaveQueue(300);
    let fail = true;
    const written: string[] = [];
    q.schedule('x', () => (fail ? Promise.reject(new Error('Disken er fuld.')) : Promise.resolve(void written.push('x'))));
    await vi.advanceTimersByTimeAsync(300);
    expect(q.state).toEqual({ kind: 'error', message: 'Disken er fuld.' });
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(written).toEqual(['x']);
    expect(q.state).toEqual({ kind: 'saved' });
  });
});

describe('SaveQueue counts the wait from the keystroke', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves delay ms after the input that made the change, not after the editor reported it', async () => {
    let now = 1000;
    const written: string[] = [];
    // the key was pressed 8 ms before the editor reported its change
    const q = new SaveQueue(300, { now: () => now, changeStartedAt: () => now - 8 });
    q.schedule('notes', () => Promise.resolve(void written.push('a')));
    await vi.advanceTimersByTimeAsync(291);
    now += 291;
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['a']);
  });
});

describe('watchInput', () => {
  it('gives the time of an input just made, else now', () => {
    let now = 0;
    const clock = watchInput(document, () => now);
    const key = new KeyboardEvent('keydown', { key: 'a' });
    document.dispatchEvent(key);
    now = key.timeStamp + 5;
    expect(clock.changeStartedAt()).toBe(key.timeStamp);
    // a change reported long after the last key (an answer from the core) starts its own wait
    now = key.timeStamp + 500;
    expect(clock.changeStartedAt()).toBe(now);
    clock.stop();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'b' }));
    now += 1;
    expect(clock.changeStartedAt()).toBe(now);
  });
});
