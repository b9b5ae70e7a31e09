/** The command line once started (main.ts): runs the command, sets the exit status, ends a Chromium no command took. */
import { processIo } from './io';
import { adoptEarly, closeUnused, type CliPdfRenderer } from './pdfRendererForCli';
import { run } from './run';

export async function runCli(argv: string[], early: CliPdfRenderer | null): Promise<void> {
  // In the installed bin this module is a bundle apart from main.ts, with its own copy of
  // pdfRendererForCli: the renderer main.ts started is handed over explicitly.
  adoptEarly(early);
  process.exitCode = await run(argv, processIo);
  await closeUnused();
}
