import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from '../command';
import { CliError, usageError } from '../cliError';

export const importCommand: Command = {
  name: 'import',
  summary: 'importerer mødefiler; et møde, der allerede findes, opdateres kun af en nyere revision',
  usage: 'import FIL…',
  options: {},
  run({ core, io, positionals }) {
    if (positionals.length === 0) throw usageError('mangler en mødefil. Brug: referent import FIL…');
    const files = positionals.map((p) => {
      const path = resolve(io.cwd, p);
      try {
        return { name: basename(path), path, text: readFileSync(path, 'utf8') };
      } catch (e) {
        throw new CliError(`kan ikke læse ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen findes ikke' : (e as Error).message}.`);
      }
    });
    const c = core();
    // All files or none: one failing file leaves the data folder as it was.
    const results = c.db.transaction(() =>
      files.map((f) => {
        try {
          return c.services.meetings.importFile({ fileName: f.name, text: f.text });
        } catch (e) {
          throw new CliError(`${(e as Error).message.replace(/\.$/, '')}. Intet blev importeret.`);
        }
      }),
    )();
    results.forEach((r, i) => {
      io.out(`${r.id}\t${r.title}\n`);
      if (r.action === 'older') io.err(`referent: ${files[i]!.name}: ikke importeret, mødet her har en nyere revision.\n`);
    });
  },
};
