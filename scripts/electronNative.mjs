// Builds better-sqlite3 for the installed Electron's ABI into
// .cache/electron-native/better_sqlite3.node, which the app passes to better-sqlite3 as
// `nativeBinding` (src-main/electron/nativeBinding.ts). node_modules/better-sqlite3 stays built
// for Node, so tests, CLI and host keep working after `npm start`: no ABI ping-pong.
//
// Runs from `npm start` only, never from postinstall: it needs the internet (a prebuilt addon
// from GitHub, or Electron's headers for node-gyp), and `npm install` must work offline.
// Skipped when the output exists and the stamp records the same Electron, better-sqlite3,
// platform and architecture. `--force` rebuilds anyway.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.cache', 'electron-native');
const output = join(cacheDir, 'better_sqlite3.node');
const stampFile = join(cacheDir, 'stamp.json');
const buildSrc = join(cacheDir, 'build-src', 'better-sqlite3');
const logFile = join(cacheDir, 'build.log');

const readVersion = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

function fail(line) {
  console.error(`electronNative: ${line}`);
  process.exit(1);
}

let electron, betterSqlite3;
try {
  electron = readVersion('electron');
  betterSqlite3 = readVersion('better-sqlite3');
} catch {
  fail('node_modules/electron or node_modules/better-sqlite3 is missing: run `npm install` first.');
}
const wanted = { electron, betterSqlite3, platform: process.platform, arch: process.arch };

function stampMatches() {
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    return Object.entries(wanted).every(([k, v]) => stamp[k] === v);
  } catch {
    return false;
  }
}

if (!process.argv.includes('--force') && existsSync(output) && stampMatches()) {
  console.log(`electronNative: better-sqlite3 ${betterSqlite3} for Electron ${electron} is up to date.`);
  process.exit(0);
}

// A copy of the package to build in: building inside node_modules would replace the Node
// build the tests use. Its own build/ is left out so only the Electron build can end up there.
rmSync(join(cacheDir, 'build-src'), { recursive: true, force: true });
mkdirSync(dirname(buildSrc), { recursive: true });
cpSync(join(root, 'node_modules', 'better-sqlite3'), buildSrc, {
  recursive: true,
  filter: (src) => !src.startsWith(join(root, 'node_modules', 'better-sqlite3', 'build')),
});

// npm hands its config to scripts as npm_config_* variables; a user's `nodedir` (set on these
// machines for offline Node headers) or `target`/`runtime` would make the tools build for Node.
const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|build_from_source)$/i.test(key)) delete env[key];
}

writeFileSync(logFile, `better-sqlite3 ${betterSqlite3} for Electron ${electron} (${process.platform}-${process.arch})\n`);
function run(label, script, args, timeoutMinutes) {
  // The tools' own output goes to the log: the terminal gets one line, whatever happens.
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: buildSrc,
    env,
    encoding: 'utf8',
    timeout: timeoutMinutes * 60_000,
  });
  writeFileSync(logFile, `\n$ ${label} ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}\n`, { flag: 'a' });
  return result.status === 0;
}

const built = join(buildSrc, 'build', 'Release', 'better_sqlite3.node');
const target = ['--runtime', 'electron', '--target', electron, '--arch', process.arch, '--platform', process.platform];
// The prebuilt addon better-sqlite3 publishes for this Electron ABI (seconds)…
const fromPrebuild =
  run('prebuild-install', join(root, 'node_modules', 'prebuild-install', 'bin.js'), [...target, '--verbose'], 3) && existsSync(built);
// …or a compile against Electron's headers (needs python3, make and a C++ compiler).
const fromSource =
  fromPrebuild ||
  (run(
    'node-gyp',
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    ['rebuild', '--release', '--runtime=electron', `--target=${electron}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
    20,
  ) &&
    existsSync(built));

if (!fromSource) {
  // An addon for another Electron would only fail later with an ABI error: remove it.
  rmSync(output, { force: true });
  rmSync(stampFile, { force: true });
  fail(
    `could not get better-sqlite3 ${betterSqlite3} for Electron ${electron}: both the prebuilt download and ` +
      `node-gyp (Electron headers) need the internet, and node-gyp a C++ toolchain. Details: ${logFile}`,
  );
}
copyFileSync(built, output);
writeFileSync(stampFile, `${JSON.stringify(wanted, null, 2)}\n`);
rmSync(join(cacheDir, 'build-src'), { recursive: true, force: true });
console.log(`electronNative: built ${output} (${fromPrebuild ? 'prebuilt' : 'compiled'}).`);
