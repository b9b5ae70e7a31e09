import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { attachmentReader } from '../attachmentReader';
import { fileProblem } from '../files';
import { removeFiles } from '../../core/services/importAttachments';
import { decodeMeetingFile } from '../../shared/meetingFile/encoding';

export const importCommand: Command = {
  name: 'import',
  summary: 'importerer mødefiler; et møde, der allerede findes, opdateres kun af en nyere revision',
  usage: 'import FIL…',
  options: {},
  run({ core, io, positionals }) {
    if (positionals.length === 0) throw usageError('mangler en mødefil. Brug: referent import FIL…');
    const files = positionals.map((p) => {
      const path = resolve(io.cwd, p);
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        throw new CliError(`kan ikke læse ${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen findes ikke' : fileProblem(e, path)}. Intet blev importeret.`);
      }
      // Named as typed: in the drive's tree every meeting file is called møde.json.
      const decoded = decodeMeetingFile(bytes, p);
      if (!decoded.ok) throw new CliError(`${decoded.message}. Intet blev importeret.`);
      return { name: p, path, text: decoded.text };
    });
    const c = core();
    // All files or none: one failing file leaves the data folder as it was, attachment files included.
    const createdFiles: string[] = [];
    let results;
    try {
      results = c.db.transaction(() =>
        files.map((f) => {
          try {
            const r = c.services.meetings.importFile({ fileName: f.name, text: f.text }, { readAttachment: attachmentReader(dirname(f.path)) });
            createdFiles.push(...(r.createdFiles ?? []));
            return r;
          } catch (e) {
            throw new CliError(`${(e as Error).message.replace(/\.$/, '')}. Intet blev importeret.`);
          }
        }),
      )();
    } catch (e) {
      removeFiles(createdFiles);
      throw e;
    }
    results.forEach((r, i) => {
      // A file not taken leaves the meeting as it is here: its line names that meeting, by its title here.
      const kept = r.action === 'older' || r.differs;
      io.out(`${r.id}\t${kept ? c.services.meetings.get(r.id).title : r.title}\n`);
      const name = files[i]!.name;
      if (r.action === 'older') io.err(`referent: ${name}: ikke importeret, mødet her har en nyere revision.\n`);
      if (r.differs) io.err(`referent: ${name}: ikke importeret: mødet her har samme revision med andet indhold. Hæv "revision" i filen for at erstatte det.\n`);
      for (const missing of r.missingAttachments ?? []) {
        io.err(`referent: ${name}: bilaget ${missing} findes ikke ved siden af mødefilen; mødet er importeret uden filen.\n`);
      }
    });
  },
};
