import { describe, expect, it, vi } from 'vitest';
import { guardedInvoke } from '../../../src-main/electron/guardedInvoke';

describe('guardedInvoke (the main-process side of referent:invoke)', () => {
  it('passes a call from app://referent to the core', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: 42 }));
    await expect(guardedInvoke(invoke, 'app://referent/index.html', 'forums.list', {})).resolves.toEqual({ ok: true, value: 42 });
    expect(invoke).toHaveBeenCalledWith('forums.list', {});
  });

  it.each([undefined, null, 'file:///tmp/x.html', 'https://evil.example/', 'about:blank', 'app://other/'])(
    'refuses a call from %s before the core sees it',
    async (url) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const invoke = vi.fn();
      const answer = await guardedInvoke(invoke, url, 'forums.create', { name: 'x' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(invoke).not.toHaveBeenCalled();
      warn.mockRestore();
    },
  );
});
