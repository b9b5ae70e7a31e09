/**
 * The `referent` command (as its spec describes): the core on the command line.
 *
 * This file is only the start: when the command line will print a PDF it starts Chromium first,
 * then loads the rest of the CLI (runCli.ts: the core, the export, the contract). In the
 * installed bin the rest is a bundle of its own (scripts/buildMain.mjs), so Node parses and
 * starts it while Chromium starts (~0.35 s each, measured), instead of one after the other.
 */
import { join } from 'node:path';
import { widenThreadPool } from '../core/sync/threadpool';
import { requireWithCodeCache } from './codeCache';
import { processIo } from './io';
import { printsPdf, startEarly } from './pdfRendererForCli';

/** Defined (true) by scripts/buildMain.mjs in the installed bin; absent under tsx. */
declare const __REFERENT_CLI_BUNDLE__: boolean | undefined;

widenThreadPool();
const argv = process.argv.slice(2);
const early = startEarly(argv, processIo.env);

type Rest = typeof import('./runCli');
// The installed bin loads the bundle beside it with V8's code cache (codeCache.ts); from a
// checkout (tsx) it is the module itself. No top-level await: the bin is CommonJS.
const rest: Promise<Rest> =
  typeof __REFERENT_CLI_BUNDLE__ !== 'undefined' ? Promise.resolve().then(() => requireWithCodeCache<Rest>(join(__dirname, 'referentCli.cjs'), printsPdf(argv) ? 'pdf' : 'other')) : import('./runCli');
void rest.then(({ runCli }) => runCli(argv, early));
