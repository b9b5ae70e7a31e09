/**
 * The main window's options, as a pure function so a Node test asserts every security setting
 * (the Electron binary cannot run on the machines this is tested on). Only a type is imported
 * from electron: `import type` is erased, so nothing of electron loads at run time.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsExtra {
  /** Paint the window dark before the page loads when the OS is in dark mode (no white flash). */
  dark?: boolean;
}

export function createWindowOptions(preloadPath: string, extra: WindowOptionsExtra = {}): BrowserWindowConstructorOptions {
  return {
    title: 'Referent',
    // Room for the agenda beside the editor on a 1366×768 municipal laptop; the minimum keeps
    // the editor usable when the window shares the screen with the meeting's video call.
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    backgroundColor: extra.dark ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload: preloadPath,
      // The page and the preload live in separate JavaScript worlds: the page only sees what
      // contextBridge hands it (window.referent), never ipcRenderer or the preload's scope.
      contextIsolation: true,
      // The renderer process runs in Chromium's OS sandbox; the preload gets only the small
      // sandboxed subset of Node (which is why it is bundled into one file).
      sandbox: true,
      // Same-origin policy on; never turned off to "make loading work".
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // <webview> could load any page with its own preferences; navigation.ts also refuses it.
      webviewTag: false,
      // Everything is served from app://, so mixed content would only ever be an attack.
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // We ship our own Danish checker (hunspell in a worker); Chromium's would download
      // dictionaries from Google, which an offline, privacy-bound app must not do.
      spellcheck: false,
      // A file dropped on the window must not replace the app with that file.
      navigateOnDragDrop: false,
      // A runaway alert() loop can be stopped by the user.
      safeDialogs: true,
      enableWebSQL: false,
    },
  } satisfies BrowserWindowConstructorOptions;
}
