/**
 * The Electron main process: app lifecycle and wiring only. Every decision worth testing
 * (window options, menu, sender check, file resolution, the bridge) is a pure function in
 * this folder; the work itself is the core's (createCore), which runs the same under Node.
 */
import { app, BrowserWindow, dialog, Menu, nativeTheme, session } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from '../core/createCore';
import { createSafeStoragePassphraseStore } from './passphraseStore';
import { listBackups, restoreBackup } from '../core/store/backups';
import { recoveryDialog } from './startupRecovery';
import { StoreError } from '../core/store/storeError';
import { registerIpc } from './ipc';
import { withShellMethods } from './shellMethods';
import { createMenuTemplate } from './menuTemplate';
import { findNativeBinding } from './nativeBinding';
import { guardNavigation } from './navigation';
import { denyAllPermissions } from './permissions';
import { handleDownloads } from './downloads';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { appEntryUrl } from './senderCheck';
import { createWindowOptions } from './windowOptions';
import { widenThreadPool } from '../core/sync/threadpool';
import { createElectronPdfRenderer } from './electronPdfRenderer';

// Before any file I/O: more threads for the shared drive's slow round trips (see threadpool.ts).
widenThreadPool();

const isMac = process.platform === 'darwin';

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;
let disposeIpc: (() => void) | undefined;

// Both only allowed before 'ready': scheme privileges and the all-renderers sandbox are fixed
// when Chromium starts.
registerAppScheme();
// Every renderer sandboxed, whatever window options a future change passes.
app.enableSandbox();

// REFERENT_DATA_DIR gives tests (tests/electron) a temporary profile: the database and
// Chromium's own files there, and a single-instance lock apart from a running Referent.
if (process.env.REFERENT_DATA_DIR) app.setPath('userData', process.env.REFERENT_DATA_DIR);

/** The data folder: the SQLite file, backups; the CLI's default is the same folder. */
function dataDir(): string {
  return app.getPath('userData');
}

/**
 * This bundle is out/main/main.cjs; the preload and renderer are its siblings under out/, in
 * the project under `npm start` and inside app.asar when packaged. Relative to the bundle (not
 * app.getAppPath()) so `electron out/main/main.cjs` (Playwright's launch) finds them too.
 */
const outDir = join(__dirname, '..');
const projectRoot = join(outDir, '..');

/** PDFs are printed by Electron's own Chromium (printToPDF), with the fonts from resources/. */
const exportOptions = {
  pdfRenderer: createElectronPdfRenderer(),
  resourcesDir: join(projectRoot, 'resources'),
  passphraseStore: createSafeStoragePassphraseStore(dataDir),
  // The shared drive is polled in the background; a read-only (damaged) database opens without it.
  syncWorker: true,
};

function createWindow(): void {
  const preload = join(outDir, 'preload', 'preload.cjs');
  // The options (contextIsolation, sandbox, webSecurity, no node integration …) come from a
  // pure function that tests/unit/electron/windowOptions.test.ts checks field by field;
  // electronegativity cannot follow the call (see the allowlist in scripts/electronegativity.mjs).
  const win = new BrowserWindow(createWindowOptions(preload, { dark: nativeTheme.shouldUseDarkColors }));
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
  });
  win.loadURL(appEntryUrl).catch((e: unknown) => console.error('[referent] the window did not load', e));
}

/** «Vælg mappe …» for the shared drive: the system's own folder dialog, over the window. */
async function chooseSyncFolder(): Promise<{ available: true; folder: string | null }> {
  const options = { title: 'Vælg mappen på det fælles drev', properties: ['openDirectory' as const, 'createDirectory' as const] };
  const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return { available: true, folder: picked.canceled ? null : (picked.filePaths[0] ?? null) };
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** What the start-up dialog says: the core's own Danish message when it has one. */
function startupMessage(e: unknown, dir: string): string {
  if (e instanceof StoreError) return `${e.message}\n\nDatamappe: ${dir}`;
  const detail = e instanceof Error ? e.message : String(e);
  return (
    'Referent kunne ikke åbne sin database og lukker derfor.\n\n' +
    `Datamappe: ${dir}\nFejl: ${detail}\n\n` +
    'Intet er ændret i dine data. Kontakt IT, hvis det sker igen.'
  );
}

/**
 * Opens the core; when the database is damaged or from a newer version, asks what to do
 * (restore the newest backup, open read-only, or quit). Returns undefined when the user quits.
 */
function openCoreWithRecovery(dir: string, nativeBinding: string | undefined): Core | undefined {
  try {
    return createCore({ dataDir: dir, nativeBinding, ...exportOptions });
  } catch (e) {
    if (!(e instanceof StoreError) || e.kind === 'database-unreadable') throw e;
    const choice = recoveryDialog(e.kind, e.message, listBackups(dir), dir);
    const picked = choice.actions[dialog.showMessageBoxSync({ type: 'warning', noLink: true, ...choice })] ?? { kind: 'quit' };
    if (picked.kind === 'quit') return undefined;
    if (picked.kind === 'readonly') return createCore({ dataDir: dir, nativeBinding, readonly: true, ...exportOptions });
    restoreBackup(dir, picked.backup.file, new Date());
    return createCore({ dataDir: dir, nativeBinding, ...exportOptions });
  }
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  handleDownloads(session.defaultSession);
  handleAppProtocol(join(outDir, 'renderer'));

  const dir = dataDir();
  const nativeBinding = findNativeBinding({ isPackaged: app.isPackaged, appPath: projectRoot });
  try {
    core = openCoreWithRecovery(dir, nativeBinding);
  } catch (e) {
    // Anything the recovery could not handle: say so in a native dialog rather than crash with
    // a stack trace or open a window that cannot save.
    console.error('[referent] the core did not open', e);
    dialog.showErrorBox('Referent kan ikke starte', startupMessage(e, dir));
    app.exit(1);
    return;
  }
  if (!core) {
    app.exit(0);
    return;
  }

  app.setAboutPanelOptions({ applicationName: 'Referent', applicationVersion: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(createMenuTemplate({ isMac, isPackaged: app.isPackaged })));
  const opened = core;
  const invoke = withShellMethods(opened.invoke, { 'sync.chooseFolder': chooseSyncFolder });
  disposeIpc = registerIpc({ invoke, on: opened.on }, () => mainWindow?.webContents);
  createWindow();
}

function shutdown(): void {
  disposeIpc?.();
  disposeIpc = undefined;
  // Closing checkpoints the WAL, so the SQLite file alone is complete on the shared backup.
  core?.close();
  core = undefined;
}

// A second Referent would be a second writer of the same SQLite file and a second window
// editing the same meeting: hand over to the running one, which comes to the front.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('dk.referent.app');
  app.on('second-instance', focusWindow);
  // Navigation, window.open and <webview> guarded on every web contents, as it is created.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents));
  app.on('window-all-closed', () => {
    // macOS apps stay running without a window; elsewhere closing the window ends the app.
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (core && !mainWindow) createWindow();
  });
  app.on('will-quit', shutdown);
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('[referent] start-up failed', e);
      dialog.showErrorBox('Referent kan ikke starte', startupMessage(e, dataDir()));
      app.exit(1);
    });
}
