import { resolve } from 'node:path';
import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { findMeetingId } from '../findMeeting';
import { writeFileAtomic } from '../files';

const formats = ['pdf', 'json', 'docx'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary: 'skriver referatet (med --agenda dagsordenen) som pdf, json eller docx',
  usage: 'export ID --format pdf|json|docx --out FIL [--agenda] [--public]',
  options: { format: { type: 'string' }, out: { type: 'string' }, agenda: { type: 'boolean' }, public: { type: 'boolean' } },
  run({ core, io, positionals, values }) {
    const format = values.format as string | undefined;
    if (!format || !(formats as readonly string[]).includes(format)) throw usageError('vælg --format pdf, json eller docx.');
    if (!values.out) throw usageError('mangler --out FIL: hvor filen skal skrives.');
    const c = core();
    const id = findMeetingId(c, positionals[0]);
    const out = resolve(io.cwd, values.out as string);
    if (format !== 'json') {
      throw new CliError(`eksport som ${format} er ikke med i denne version endnu. Brug --format json.`);
    }
    try {
      writeFileAtomic(out, c.services.meetings.exportFile({ id }).text);
    } catch (e) {
      throw new CliError(`kan ikke skrive ${out}: ${(e as Error).message}.`);
    }
    io.out(`${out}\n`);
  },
};
