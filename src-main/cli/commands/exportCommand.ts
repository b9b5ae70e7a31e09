import { resolve } from 'node:path';
import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { findMeetingId } from '../findMeeting';
import { ensureWritable, writeFileAtomic } from '../files';
import { CoreError } from '../../core/coreError';
import { pdfRendererFor } from '../pdfRendererForCli';
import type { ExportResult, ExportVariant } from '../../shared/export/types';
import { toMeetingFile } from '../../core/services/meetings';
import { meetingFileVariant } from '../../shared/meetingFile/exportVariant';
import { buildExportDoc } from '../../core/export/exportModel';
import { findCprInDoc } from '../../core/export/cprFindings';
import { serializeMeetingFile } from '../../shared/meetingFile/serialize';
import type { MeetingFile } from '../../shared/meetingFile/types';
import { writeAttachmentsBeside } from '../attachmentsBeside';

const formats = ['pdf', 'json', 'docx'] as const;

/** The public-export CPR rule on the command line: refuse, naming where, unless --confirm-cpr. */
function cprRefusal(result: Extract<ExportResult, { status: 'cpr-confirmation-needed' }>): CliError {
  const where = result.findings.map((f) => (f.itemNumber ? `punkt ${f.itemNumber} (${f.fieldLabel})` : f.fieldLabel));
  return new CliError(
    `offentlig eksport standset: der står noget, der ligner et CPR-nummer, i ${[...new Set(where)].join(', ')}. ` +
      'Ret teksten, eller kør igen med --confirm-cpr, hvis det skal offentliggøres.',
  );
}

export const exportCommand: Command = {
  name: 'export',
  summary:
    'skriver referatet (med --agenda dagsordenen) som pdf, json eller docx; --public udelader lukkede punkter og stopper ved ' +
    'CPR-lignende tekst (--confirm-cpr: skriv alligevel); --samlet lægger bilagenes PDF-filer bagest; json skriver bilagenes filer ved siden af mødefilen',
  usage: 'export ID --format pdf|json|docx --out FIL [--agenda] [--public [--confirm-cpr]] [--samlet]',
  maxPositionals: 1,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    agenda: { type: 'boolean' },
    public: { type: 'boolean' },
    'confirm-cpr': { type: 'boolean' },
    samlet: { type: 'boolean' },
  },
  async run({ core, dataDir, io, positionals, values }) {
    const format = values.format as string | undefined;
    if (!format || !(formats as readonly string[]).includes(format)) throw usageError('vælg --format pdf, json eller docx.');
    if (!values.out) throw usageError('mangler --out FIL: hvor filen skal skrives.');
    if (values.samlet && format !== 'pdf') throw usageError('--samlet findes kun med --format pdf.');
    const c = core();
    const id = findMeetingId(c, positionals[0]);
    const out = resolve(io.cwd, values.out as string);
    try {
      ensureWritable(out);
    } catch (e) {
      throw new CliError(`kan ikke skrive ${out}: ${(e as Error).message}.`);
    }
    let data: string | Uint8Array;
    let meetingFile: MeetingFile | null = null;
    // Chromium ends when its last page closes (endWhenIdle, pdfRendererForCli.ts); its process and
    // profile take a moment to go, awaited here only after the file is written.
    let closing: Promise<void> = Promise.resolve();
    if (format === 'json') {
      const meeting = c.services.meetings.get(id);
      // The PDF's CPR rule, looked for in all the file keeps (the full minutes' texts, not only a decision-minutes' ones).
      if (values.public && !values['confirm-cpr']) {
        const findings = findCprInDoc(buildExportDoc(meeting, { variant: values.agenda ? 'agenda' : 'minutes', public: true }));
        if (findings.length) throw cprRefusal({ status: 'cpr-confirmation-needed', message: '', findings });
      }
      // The same cut as the PDF's: --public leaves closed content out, --agenda the minutes' parts.
      meetingFile = meetingFileVariant(toMeetingFile(meeting), { agenda: !!values.agenda, public: !!values.public });
      data = serializeMeetingFile(meetingFile);
    } else {
      const kind = c.services.meetings.get(id).documentKind;
      const variant: ExportVariant = values.agenda ? 'agenda' : kind === 'agenda' ? 'minutes' : kind;
      const input = { meetingId: id, variant, public: !!values.public, confirmCpr: !!values['confirm-cpr'] };
      // Our own renderer, so REFERENT_CHROMIUM and PATH are read from this command's environment.
      const renderer = pdfRendererFor(io.env);
      let result: ExportResult;
      try {
        result = format === 'pdf' ? await c.services.export.pdf({ ...input, samlet: !!values.samlet }, { renderer }) : await c.services.export.docx(input);
      } catch (e) {
        await renderer.close();
        if (e instanceof CoreError) throw new CliError(e.message);
        throw e;
      }
      closing = renderer.close();
      if (result.status === 'cpr-confirmation-needed') {
        await closing;
        throw cprRefusal(result);
      }
      for (const w of result.warnings) io.err(`referent: ${w}\n`);
      data = Buffer.from(result.dataBase64, 'base64');
    }
    try {
      writeFileAtomic(out, data);
    } catch (e) {
      throw new CliError(`kan ikke skrive ${out}: ${(e as Error).message}.`);
    } finally {
      await closing;
    }
    // A meeting file's attachments go beside it at their `file` paths, so the folder reads back
    // as the same meeting (a closed one is not in a --public file, so not written either).
    if (meetingFile) {
      const { missing } = writeAttachmentsBeside(meetingFile, out, dataDir);
      for (const f of missing) io.err(`referent: bilaget ${f} er ikke skrevet ved siden af mødefilen: datamappen har ikke filen (mødet blev importeret uden den).\n`);
    }
    io.out(`${out}\n`);
  },
};
