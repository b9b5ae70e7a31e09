import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';

/**
 * The preload as Electron runs it: bundled to one CommonJS file (as scripts/buildMain.mjs does),
 * then run where, as in a sandboxed renderer, `require` offers nothing but `electron`. A fake
 * contextBridge records what the page would get.
 */
const root = join(import.meta.dirname, '..', '..', '..');

async function bundlePreload(): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src-main/electron/preload.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('the preload bundle', () => {
  it('needs only electron, and exposes window.referent with invoke and on alone', async () => {
    const code = await bundlePreload();
    const exposed = new Map<string, unknown>();
    const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn() };
    const requested: string[] = [];
    const sandboxRequire = (name: string) => {
      requested.push(name);
      if (name === 'electron') return { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) }, ipcRenderer };
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });

    expect(requested).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['referent']);
    const api = exposed.get('referent') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
  });
});
