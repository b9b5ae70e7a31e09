import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { findNativeBinding } from '../../../src-main/electron/nativeBinding';

describe('findNativeBinding', () => {
  const addon = join('/work/app', '.cache', 'electron-native', 'better_sqlite3.node');

  it('uses the .cache build in development', () => {
    expect(findNativeBinding({ isPackaged: false, appPath: '/work/app' }, (f) => f === addon)).toBe(addon);
  });

  it('leaves better-sqlite3 to its own (Electron-rebuilt) addon when packaged', () => {
    const exists = vi.fn(() => true);
    expect(findNativeBinding({ isPackaged: true, appPath: '/opt/Referent/resources/app.asar' }, exists)).toBeUndefined();
    expect(exists).not.toHaveBeenCalled();
  });

  it('says how to build it when it is missing in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(findNativeBinding({ isPackaged: false, appPath: '/work/app' }, () => false)).toBeUndefined();
    expect(warn.mock.calls[0]?.[0]).toContain('electronNative.mjs');
    warn.mockRestore();
  });
});
