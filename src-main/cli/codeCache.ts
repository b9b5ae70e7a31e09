/**
 * Loads the installed CLI's main bundle (out/cli/referentCli.cjs, 6.7 MB) with V8's code cache,
 * as Node 22's `module.enableCompileCache()` does; Node 20, the floor here, has no such switch.
 * Compiling the bundle and the functions a command runs cost ~0.2 s of every cold command
 * (measured on an export to PDF: 1.23 s → 1.10 s with the cache).
 *
 * The cache lives in the user's own cache folder (never a shared temp folder: a cache is code
 * this process runs), made private, and is written once per bundle (its size and time in the
 * name), after the first command has run, so it holds what that command compiled. V8 itself
 * refuses a cache that does not belong to the source; then the bundle is compiled as usual.
 * Nothing here may stop a command: any failure falls back to a plain require.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

function cacheDir(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Referent-cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Referent');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'referent');
}

/**
 * A folder only this user can write to (else no cache: another user could put code in it). Only
 * the last level is made, and only inside a folder that is there: Node 20's recursive mkdir
 * never returns for some paths (under /proc, measured), and a cache is not worth a hang.
 */
function privateDir(dir: string): boolean {
  if (!statSync(dirname(dir)).isDirectory()) return false;
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  const s = statSync(dir);
  if (process.platform === 'win32') return s.isDirectory();
  return s.isDirectory() && (s.mode & 0o022) === 0 && (typeof process.getuid !== 'function' || s.uid === process.getuid());
}

/**
 * `kind` names the cache: a command that prints compiles most of pdf-lib and the export, a
 * listing hardly any of it, so each kind keeps the cache its own first run made.
 */
export function requireWithCodeCache<T>(file: string, kind: string, env: NodeJS.ProcessEnv = process.env): T {
  let cacheFile: string | null = null;
  let cached: Buffer | undefined;
  try {
    const s = statSync(file);
    const dir = cacheDir(env);
    if (privateDir(dir)) {
      cacheFile = join(dir, `cli-${s.size}-${Math.floor(s.mtimeMs)}-${kind}.v8cache`);
      try {
        cached = readFileSync(cacheFile);
      } catch {
        cached = undefined;
      }
    }
  } catch {
    cacheFile = null;
  }
  let script: Script;
  try {
    script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: cached });
  } catch {
    return createRequire(file)(file) as T;
  }
  const module = { exports: {} as T, filename: file, id: file, loaded: false };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  if (cacheFile && (!cached || script.cachedDataRejected)) {
    const target = cacheFile;
    // After the command: the cache then holds the functions it compiled as well.
    process.once('beforeExit', () => {
      try {
        const temp = `${target}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData(), { mode: 0o600 });
        renameSync(temp, target);
        // The caches of earlier versions of the bundle will never match again.
        const dir = dirname(target);
        const current = `cli-${basename(target).split('-').slice(1, 3).join('-')}-`;
        for (const name of readdirSync(dir)) if (/^cli-.*\.v8cache$/.test(name) && !name.startsWith(current)) rmSync(join(dir, name), { force: true });
      } catch {
        // no cache this time
      }
    });
  }
  return module.exports;
}
