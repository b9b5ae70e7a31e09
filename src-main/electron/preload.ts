/**
 * The preload, run in the sandboxed renderer before the page. It is bundled into one CommonJS
 * file (scripts/buildMain.mjs) because a sandboxed preload cannot require our other files,
 * only `electron`'s renderer modules. It exposes exactly one object, `window.referent`, with
 * `invoke` and `on`, both allowlisted against the contract (see bridge.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('referent', createBridge(ipcRenderer));
