/**
 * The main process's wiring, run for real under Node with a stand-in for electron (the one
 * place DESIGN.md allows a mock: the Electron binary cannot run here). main.ts is bundled as
 * scripts/buildMain.mjs does, next to a fake out/renderer, and driven through start-up, an IPC
 * call from a trusted and an untrusted frame, app:// requests, navigation and quit. The core
 * behind it is the real one, on a temporary SQLite file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src-main/shared/csp';

type Fn = (...args: never[]) => unknown;
const root = join(import.meta.dirname, '..', '..', '..');

function fakeElectron(dataDir: string) {
  const calls: string[] = [];
  const appListeners = new Map<string, Fn[]>();
  const contentsListeners = new Map<string, (event: { url: string; preventDefault(): void }) => void>();
  const state = {
    calls,
    appListeners,
    contentsListeners,
    ready: (): void => {},
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
    windowOpen: undefined as undefined | ((details: { url: string }) => unknown),
    windowOptions: undefined as undefined | { webPreferences: Record<string, unknown> },
    opened: [] as string[],
    openedPaths: [] as string[],
    sessionListeners: new Map<string, Fn>(),
    sent: [] as unknown[][],
  };
  const ready = new Promise<void>((resolve) => (state.ready = resolve));
  const contents = {
    on: (name: string, f: (event: { url: string; preventDefault(): void }) => void) => contentsListeners.set(name, f),
    setWindowOpenHandler: (f: (details: { url: string }) => unknown) => (state.windowOpen = f),
    send: (...args: unknown[]) => state.sent.push(args),
    isDestroyed: () => false,
    getURL: () => 'app://referent/index.html',
  };
  class BrowserWindow {
    webContents = contents;
    constructor(options: { webPreferences: Record<string, unknown> }) {
      state.windowOptions = options;
      for (const f of appListeners.get('web-contents-created') ?? []) (f as (e: unknown, c: unknown) => void)({}, contents);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      on: (name: string, f: Fn) => appListeners.set(name, [...(appListeners.get(name) ?? []), f]),
      whenReady: () => ready,
      requestSingleInstanceLock: () => true,
      enableSandbox: () => calls.push('enableSandbox'),
      setPath: () => {},
      getPath: () => dataDir,
      // Packaged: better-sqlite3 loads its own (here Node) build, as electron-builder arranges.
      isPackaged: true,
      getVersion: () => '0.0.0',
      setAboutPanelOptions: () => {},
      setAppUserModelId: () => {},
      quit: () => calls.push('quit'),
      exit: (code: number) => calls.push(`exit ${code}`),
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string) => calls.push(`errorBox ${title}`) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => calls.push('menu') },
    nativeTheme: { shouldUseDarkColors: false },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (f: (wc: unknown, p: string, cb: (ok: boolean) => void) => void) =>
          f(null, 'media', (ok) => calls.push(`permission request ${ok}`)),
        setPermissionCheckHandler: (f: () => boolean) => calls.push(`permission check ${f()}`),
        setDevicePermissionHandler: (f: () => boolean) => calls.push(`device permission ${f()}`),
        on: (name: string, f: Fn) => state.sessionListeners.set(name, f),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push('registerSchemesAsPrivileged'),
      handle: (_scheme: string, f: (request: Request) => Promise<Response>) => (state.protocolHandler = f),
    },
    ipcMain: {
      handle: (channel: string, f: (event: unknown, ...args: unknown[]) => Promise<unknown>) => state.ipcHandlers.set(channel, f),
      removeHandler: (channel: string) => calls.push(`removeHandler ${channel}`),
    },
    shell: {
      openExternal: async (url: string) => void state.opened.push(url),
      openPath: async (path: string) => (state.openedPaths.push(path), ''),
    },
  };
  return { electron, state };
}

describe('main.ts wired to a stand-in electron', () => {
  // Under the project (gitignored .cache) so the bundle's require('better-sqlite3') resolves.
  const dir = join(root, '.cache', `main-wiring-${process.pid}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'referent-main-wiring-'));
  const { electron, state } = fakeElectron(dataDir);
  const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = moduleWithLoad._load;

  beforeAll(async () => {
    mkdirSync(join(dir, 'out', 'renderer'), { recursive: true });
    writeFileSync(join(dir, 'out', 'renderer', 'index.html'), '<!doctype html><title>Referent</title>');
    await build({
      absWorkingDir: root,
      entryPoints: ['src-main/electron/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'better-sqlite3'],
      outfile: join(dir, 'out', 'main', 'main.cjs'),
      logLevel: 'silent',
    });
    moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
      return request === 'electron' ? electron : originalLoad.call(this, request, ...rest);
    };
    createRequire(import.meta.url)(join(dir, 'out', 'main', 'main.cjs'));
    state.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterAll(() => {
    moduleWithLoad._load = originalLoad;
    for (const f of state.appListeners.get('will-quit') ?? []) (f as () => void)();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the scheme and the sandbox before ready, denies permissions, opens one window', () => {
    expect(state.calls.slice(0, 2)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(state.calls).toEqual(expect.arrayContaining(['permission request false', 'permission check false', 'device permission false', 'menu']));
    expect(state.calls).toContain('loadURL app://referent/index.html');
    expect(state.calls.some((c) => c.startsWith('errorBox') || c.startsWith('exit'))).toBe(false);
    expect(state.windowOptions?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(state.windowOptions?.webPreferences.preload).toBe(join(dir, 'out', 'preload', 'preload.cjs'));
  });

  it('answers our page through the real core, and refuses any other sender', async () => {
    const invoke = state.ipcHandlers.get('referent:invoke')!;
    await expect(invoke({ senderFrame: { url: 'app://referent/index.html' } }, 'app.info', {})).resolves.toMatchObject({ ok: true });
    const created = await invoke({ senderFrame: { url: 'app://referent/' } }, 'forums.create', { name: 'Handicaprådet' });
    expect(created).toMatchObject({ ok: true });
    expect(state.sent.some(([channel, name]) => channel === 'referent:event' && name === 'forums.changed')).toBe(true);
    const warn = console.warn;
    console.warn = () => {};
    for (const senderFrame of [{ url: 'file:///tmp/x.html' }, { url: 'https://evil.example/' }, null]) {
      await expect(invoke({ senderFrame }, 'forums.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    console.warn = warn;
  });

  it('serves out/renderer over app:// with the CSP header, and nothing outside it', async () => {
    const handler = state.protocolHandler!;
    const page = await handler(new Request('app://referent/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Referent</title>');
    for (const url of ['app://referent/..%2f..%2fpackage.json', 'app://referent/nope.js', 'app://other/index.html']) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
    expect((await handler(new Request('app://referent/', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('keeps navigation home and sends only http(s) to the OS browser', () => {
    const navigate = (url: string) => {
      let prevented = false;
      state.contentsListeners.get('will-navigate')!({ url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('app://referent/index.html')).toBe(false);
    expect(navigate('https://www.retsinformation.dk/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(state.windowOpen!({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    expect(state.windowOpen!({ url: 'https://kommune.dk/' })).toEqual({ action: 'deny' });
    expect(state.opened).toEqual(['https://www.retsinformation.dk/', 'https://kommune.dk/']);
    let attachPrevented = false;
    state.contentsListeners.get('will-attach-webview')!({ url: '', preventDefault: () => (attachPrevented = true) });
    expect(attachPrevented).toBe(true);
  });

  it('saves our own export Blobs through a save dialog and opens them; cancels every other download', async () => {
    const download = (url: string, pageUrl = 'app://referent/index.html', savePath = '/home/r/Documents/Referat.pdf') => {
      let prevented = false;
      const item = {
        dialog: undefined as undefined | { defaultPath?: string },
        done: undefined as undefined | ((e: unknown, state: string) => void),
        getURL: () => url,
        getFilename: () => 'Referat Dialogforum 2021-04-15.pdf',
        getSavePath: () => savePath,
        setSaveDialogOptions(o: { defaultPath?: string }) {
          this.dialog = o;
        },
        once(_name: string, f: (e: unknown, state: string) => void) {
          this.done = f;
        },
      };
      (state.sessionListeners.get('will-download') as (e: unknown, i: unknown, c: unknown) => void)(
        { preventDefault: () => (prevented = true) },
        item,
        { getURL: () => pageUrl },
      );
      return { prevented, item };
    };
    for (const url of ['https://example.com/x.pdf', 'file:///etc/passwd', 'blob:https://evil.example/1', 'data:application/pdf,x']) {
      expect(download(url).prevented, url).toBe(true);
    }
    expect(download('blob:app://referent/1', 'https://evil.example/').prevented).toBe(true);
    const ok = download('blob:app://referent/2f0c7a3e');
    expect(ok.prevented).toBe(false);
    expect(ok.item.dialog?.defaultPath).toBe(join(dataDir, 'Referat Dialogforum 2021-04-15.pdf'));
    ok.item.done!({}, 'cancelled');
    ok.item.done!({}, 'completed');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state.openedPaths).toEqual(['/home/r/Documents/Referat.pdf']);
    const renamed = download('blob:app://referent/3', 'app://referent/index.html', '/home/r/Documents/Referat.exe');
    renamed.item.done!({}, 'completed');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state.openedPaths).toHaveLength(1);
  });
});
