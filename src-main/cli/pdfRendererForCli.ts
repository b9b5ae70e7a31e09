/**
 * The command line's PDF renderer, started as early as the command line shows it will print:
 * Chromium takes ~0.3 s to be up with a page, about what the rest of the command needs to load
 * and read the meeting, so the two overlap instead of adding up (a cold `export --format pdf`
 * is a person's whole wait). main.ts calls startEarly() before it loads the rest of the CLI, and
 * runCli.ts hands the renderer to the commands (adoptEarly).
 */
import { createChromiumPdfRenderer } from '../core/export/chromiumPdfRenderer';

export type CliPdfRenderer = ReturnType<typeof createChromiumPdfRenderer>;

let early: CliPdfRenderer | null = null;

/** Whether this command line prints a PDF: `export … --format pdf`, or `sign` (which renders the minutes it signs). */
export function printsPdf(argv: readonly string[]): boolean {
  const command = argv.find((a) => a === 'export' || a === 'sign');
  if (command === 'sign') return !argv.some((a) => a === '--in' || a.startsWith('--in='));
  if (command !== 'export') return false;
  return argv.some((a, i) => a === '--format=pdf' || (a === '--format' && argv[i + 1] === 'pdf'));
}

/** Starts Chromium now if the command line will print; the renderer, or null. */
export function startEarly(argv: readonly string[], env: NodeJS.ProcessEnv): CliPdfRenderer | null {
  if (!printsPdf(argv)) return null;
  early = createChromiumPdfRenderer({ env, endWhenIdle: true });
  // A failure (no Chromium) is not reported here: the command meets it again when it renders,
  // and says it there, in its own words and with its exit status.
  early.start().catch(() => {});
  return early;
}

/** The renderer startEarly() made (possibly in another bundle), for the commands of this run. */
export function adoptEarly(renderer: CliPdfRenderer | null): void {
  early = renderer;
}

/** The early renderer if there is one (and the command's environment is the process's), else a new one. */
export function pdfRendererFor(env: NodeJS.ProcessEnv): CliPdfRenderer {
  const r = early && env === process.env ? early : createChromiumPdfRenderer({ env, endWhenIdle: true });
  if (r === early) early = null;
  return r;
}

/** Ends an early renderer no command took (the command failed before it printed). */
export async function closeUnused(): Promise<void> {
  const r = early;
  early = null;
  await r?.close();
}
