import { resolve } from 'node:path';
import { CliError, usageError } from '../cliError';
import type { Command } from '../command';

/**
 * One round of sync with a shared folder. The folder becomes the data folder's sync folder (as
 * choosing it in the app would); giving another folder than last time starts over with that one.
 */
export const syncCommand: Command = {
  name: 'sync',
  summary: 'én runde synkronisering med en fælles mappe: tæller sendt (pushed), hentet (pulled), konflikter (conflicts), fejlede (failed)',
  usage: 'sync --folder DIR [--json]',
  maxPositionals: 0,
  options: { folder: { type: 'string' }, json: { type: 'boolean' } },
  async run({ core, io, values }) {
    if (typeof values.folder !== 'string' || values.folder.trim() === '') throw usageError('--folder DIR mangler: hvilken mappe på det fælles drev? Brug: referent sync --folder DIR [--json]');
    const folder = resolve(io.cwd, values.folder);
    const sync = core().services.sync;
    if (sync.status().folder !== folder) {
      try {
        sync.setFolder({ folder });
      } catch (e) {
        throw new CliError((e as Error).message);
      }
    }
    const report = await sync.run({ retryNow: true });
    const status = sync.status();
    for (const w of status.warnings) io.err(`referent: ${w}\n`);
    if (!report) throw new CliError(status.problem?.message ?? 'Synkroniseringen kunne ikke gennemføres.');
    if (values.json) io.out(`${JSON.stringify({ ...report, pending: status.pending })}\n`);
    else io.out(`pushed ${report.pushed}\tpulled ${report.pulled}\tconflicts ${report.conflicts}\tfailed ${report.failed}\n`);
  },
};
