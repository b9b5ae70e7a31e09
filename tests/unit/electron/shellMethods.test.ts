import { describe, expect, it } from 'vitest';
import { withShellMethods } from '../../../src-main/electron/shellMethods';

describe('methods the shell answers itself', () => {
  const core = async (method: unknown) => ({ ok: true as const, value: `core:${String(method)}` });

  it('answers the folder dialog in the shell and passes everything else to the core', async () => {
    const invoke = withShellMethods(core, { 'sync.chooseFolder': async () => ({ available: true, folder: 'C:\\Referater' }) });
    expect(await invoke('sync.chooseFolder', {})).toEqual({ ok: true, value: { available: true, folder: 'C:\\Referater' } });
    expect(await invoke('sync.status', {})).toEqual({ ok: true, value: 'core:sync.status' });
  });

  it('still validates the input, and turns a failing dialog into a message', async () => {
    const invoke = withShellMethods(core, {
      'sync.chooseFolder': async () => {
        throw new Error('no window');
      },
    });
    expect(await invoke('sync.chooseFolder', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await invoke('sync.chooseFolder', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('skriv stien') } });
  });

  it('does not treat inherited names as shell methods', async () => {
    const invoke = withShellMethods(core, {});
    expect(await invoke('toString', {})).toEqual({ ok: true, value: 'core:toString' });
  });
});
