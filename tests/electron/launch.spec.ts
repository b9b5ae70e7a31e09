/**
 * Smoke test of the real Electron app (out/main/main.cjs, built by `npm run build`): it starts,
 * shows the renderer from app://referent, and the page sees window.referent (invoke and on
 * only) and no Node. Runs only where an Electron
 * binary is installed; on machines that cannot download it, it is skipped with the reason
 * printed. Presence is found from node_modules/electron/path.txt, never by importing
 * 'electron', whose index.js tries to download the binary when it is missing.
 */
import { _electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const mainBundle = join(root, 'out', 'main', 'main.cjs');

/** The Electron executable, or why there is none. */
function findElectron(): { path: string } | { reason: string } {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return { reason: 'Electron binary not present (no download possible here): skipping the Electron launch test' };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  // The same override node_modules/electron/index.js honours.
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist');
  const path = join(dist, relative);
  if (!existsSync(path)) return { reason: `Electron binary not present at ${path}: skipping the Electron launch test` };
  return { path };
}

test('the app starts with a secure window and exposes only window.referent', async () => {
  const electron = findElectron();
  if ('reason' in electron) {
    console.log(electron.reason);
    test.skip(true, electron.reason);
    return;
  }
  expect(existsSync(mainBundle), 'run `npm run build` first').toBe(true);

  const dataDir = mkdtempSync(join(tmpdir(), 'referent-electron-'));
  const app = await _electron.launch({
    executablePath: electron.path,
    // The project folder, as `npm start` runs it: package.json's main is out/main/main.cjs, and
    // the app gets its name and version from package.json. Chromium refuses to run as root with
    // its sandbox on (CI containers run as root).
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, REFERENT_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');

    expect(window.url()).toMatch(/^app:\/\/referent\//);
    expect(await window.title()).toBe('Referent');

    const page = await window.evaluate(() => {
      const bridge = (window as unknown as { referent?: Record<string, unknown> }).referent;
      return {
        bridgeKeys: bridge ? Object.keys(bridge).sort() : null,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      };
    });
    expect(page.bridgeKeys).toEqual(['invoke', 'on']);
    expect(page.require).toBe('undefined');
    expect(page.process).toBe('undefined');

    // Through the bridge, IPC and the core, and the allowlist in front of it.
    const answers = await window.evaluate(async () => {
      const bridge = (window as unknown as { referent: { invoke(m: string, i: unknown): Promise<{ ok: boolean; error?: { code: string } }> } }).referent;
      return { info: await bridge.invoke('app.info', {}), unknown: await bridge.invoke('no.such', {}) };
    });
    expect(answers.info.ok).toBe(true);
    expect(answers.unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });

    // One window, and the main process agrees on where it is.
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.webContents.getURL()));
    expect(windows).toEqual([expect.stringMatching(/^app:\/\/referent\//)]);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
