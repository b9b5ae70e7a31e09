/**
 * The `referent` command (as its spec describes): the core on the command line.
 *
 * This file is only the start: when the command line will print a PDF it starts Chromium first,
 * then loads the rest of the CLI (runCli.ts: the core, the export, the contract). In the
 * installed bin the rest is a bundle of its own (scripts/buildMain.mjs), so Node parses and
 * starts it while Chromium starts (~0.35 s each, measured), instead of one after the other.
 */
import { widenThreadPool } from '../core/sync/threadpool';
import { processIo } from './io';
import { startEarly } from './pdfRendererForCli';

widenThreadPool();
const argv = process.argv.slice(2);
const early = startEarly(argv, processIo.env);

// No top-level await: this file is bundled as CommonJS for the installed `referent` bin.
void import('./runCli').then(({ runCli }) => runCli(argv, early));
