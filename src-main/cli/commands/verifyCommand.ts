import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { fileProblem } from '../files';
import { verifyPdf } from '../../core/signing/verifyPdf';
import type { SignatureReport } from '../../shared/signing/types';

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }) : 'ukendt tidspunkt';

function line(s: SignatureReport): string {
  const state = s.intact ? (s.coversWholeFile ? 'intakt, dækker hele filen' : 'intakt') : 'IKKE INTAKT';
  const cert = s.certificateValid ? 'certifikat gyldigt' : 'certifikat ikke gyldigt';
  return `${s.index}\t${s.fieldName ?? '-'}\t${s.signer ?? 'ukendt underskriver'}\t${when(s.signingTime)}\t${state}\t${cert}`;
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'kontrollerer hver digital underskrift i en PDF; afslutter med 0, når alle er intakte og filen ikke er ændret efter den sidste, ellers 3',
  usage: 'verify FIL.pdf [--json]',
  maxPositionals: 1,
  options: { json: { type: 'boolean' } },
  run({ io, positionals, values }) {
    if (positionals.length !== 1) throw usageError('angiv én PDF-fil: verify FIL.pdf.');
    const path = resolve(io.cwd, positionals[0]!);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(path));
    } catch (e) {
      throw new CliError(`kan ikke læse ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen findes ikke' : fileProblem(e, path)}.`);
    }
    // Not a PDF at all is a wrong input (exit 1), not a PDF whose signatures fail (exit 3).
    if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) throw new CliError(`${path} er ikke en PDF-fil. Angiv den underskrevne PDF.`);
    const report = verifyPdf(bytes);
    if (values.json) io.out(`${JSON.stringify(report)}\n`);
    else for (const s of report.signatures) io.out(`${line(s)}\n`);
    if (report.allIntact) return;
    if (!report.signatures.length) throw new CliError(`${path} har ingen digitale underskrifter.`, 3);
    const named = report.signatures
      .filter((s) => s.problems.length)
      .map((s) => `underskrift ${s.index} (${s.fieldName ?? 'uden navn'}, ${s.signer ?? 'ukendt underskriver'}): ${s.problems.join(' ')}`);
    throw new CliError(named.join(' '), 3);
  },
};
