/** The `referent` command (as its spec describes): the core on the command line. */
import { widenThreadPool } from '../core/sync/threadpool';
import { processIo } from './io';
import { closeUnused, startEarly } from './pdfRendererForCli';

widenThreadPool();
const argv = process.argv.slice(2);
// Chromium starts before the rest of the CLI (the core, the export, the contract) is loaded:
// the bundle defers those modules to the import() below, so the two overlap.
startEarly(argv, processIo.env);

// No top-level await: this file is also bundled as CommonJS for the installed `referent` bin.
void import('./run')
  .then(({ run }) => run(argv, processIo))
  .then(async (code) => {
    process.exitCode = code;
    await closeUnused();
  });
