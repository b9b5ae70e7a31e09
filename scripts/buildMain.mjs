// Bundles the Node-side entry points with esbuild (vite builds the renderer into out/renderer):
//   src-main/electron/main.ts    -> out/main/main.cjs       (Electron main process)
//   src-main/electron/preload.ts -> out/preload/preload.cjs (sandboxed preload)
//   src-main/cli/main.ts         -> out/cli/referent.cjs    (the `referent` bin: starts Chromium
//                                                            when the command prints, then loads…)
//   src-main/cli/runCli.ts       -> out/cli/referentCli.cjs (…the rest of the CLI, a bundle apart
//                                                            so its start overlaps Chromium's)
// CommonJS because Electron's sandboxed preload can only be a classic script, and one format
// for all three keeps `__dirname`/`require` semantics the same everywhere.
// Native or heavy packages stay external and load from node_modules at run time:
// better-sqlite3 (a .node addon) and electron (provided by the runtime).
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const external = ['electron', 'better-sqlite3'];

/** main.ts's import('./runCli') stays a require of the bundle beside it (out/cli/referentCli.cjs). */
const restApart = {
  name: 'cli-rest-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/runCli$/ }, () => ({ path: './referentCli.cjs', external: true }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  {
    name: 'main',
    entry: 'src-main/electron/main.ts',
    options: { platform: 'node', target: 'node20', outfile: 'out/main/main.cjs', external },
  },
  {
    name: 'preload',
    entry: 'src-main/electron/preload.ts',
    // platform 'browser': a sandboxed preload has no Node built-ins (only electron's renderer
    // modules), so an accidental `node:fs` import must fail the build, not the app at start.
    // Target: Electron 45's Chromium (140) and newer. Minified: it is parsed on every page
    // load and carries the contract (with zod) for its allowlist.
    options: { platform: 'browser', target: 'chrome130', outfile: 'out/preload/preload.cjs', external: ['electron'], minify: true },
  },
  {
    name: 'cli',
    entry: 'src-main/cli/main.ts',
    options: {
      platform: 'node',
      target: 'node20',
      outfile: 'out/cli/referent.cjs',
      external,
      banner: { js: '#!/usr/bin/env node' },
      plugins: [restApart],
      // The start loads the rest itself, with V8's code cache (src-main/cli/codeCache.ts).
      define: { __REFERENT_CLI_BUNDLE__: 'true' },
    },
  },
  {
    name: 'cli-rest',
    entry: 'src-main/cli/runCli.ts',
    options: { platform: 'node', target: 'node20', outfile: 'out/cli/referentCli.cjs', external },
  },
];

let failed = false;
for (const { name, entry, options } of entries) {
  if (!existsSync(join(root, entry))) {
    console.log(`buildMain: skipping ${name}: ${entry} does not exist yet`);
    continue;
  }
  try {
    await build({ ...common, ...options, entryPoints: [entry] });
    if (options.banner) chmodSync(join(root, options.outfile), 0o755);
    console.log(`buildMain: ${entry} -> ${options.outfile}`);
  } catch {
    // esbuild has already printed the errors with file and line.
    console.error(`buildMain: ${name} failed`);
    failed = true;
  }
}
if (failed) process.exit(1);
