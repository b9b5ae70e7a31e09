/**
 * Where Electron's build of better-sqlite3 lives. node_modules keeps the build for Node (tests,
 * CLI, host), and `npm start` builds a second copy for Electron's ABI into .cache (see
 * scripts/electronNative.mjs), passed to better-sqlite3 as `nativeBinding`: running the app
 * never breaks `npm test` and vice versa (no ABI ping-pong). Pure apart from one existsSync,
 * no electron import: main.ts passes in what it knows.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const electronNativeDir = join('.cache', 'electron-native');
export const electronAddonFile = 'better_sqlite3.node';

export interface NativeBindingContext {
  /** app.isPackaged */
  isPackaged: boolean;
  /** The project root (where .cache/ is) under `npm start`. */
  appPath: string;
}

/**
 * undefined when packaged: electron-builder rebuilds node_modules for Electron and unpacks the
 * addon from the asar, so better-sqlite3 finds its own build. In development the .cache build,
 * or undefined (with a hint) when it has not been built yet: better-sqlite3 then fails with an
 * ABI error that the start-up dialog shows.
 */
export function findNativeBinding(context: NativeBindingContext, exists: (file: string) => boolean = existsSync): string | undefined {
  if (context.isPackaged) return undefined;
  const file = join(context.appPath, electronNativeDir, electronAddonFile);
  if (exists(file)) return file;
  console.warn(`[referent] ${file} is missing: run "node scripts/electronNative.mjs" (npm start does).`);
  return undefined;
}
