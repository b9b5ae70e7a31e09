import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '../../src-renderer/features/meeting/saveQueue';

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
