/** The `referent` command (as its spec describes): the core on the command line. */
import { widenThreadPool } from '../core/sync/threadpool';
import { run } from './run';
import { processIo } from './io';

widenThreadPool();

// No top-level await: this file is also bundled as CommonJS for the installed `referent` bin.
void run(process.argv.slice(2), processIo).then((code) => {
  process.exitCode = code;
});
