import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import type { Command } from '../command';
import { CliError, usageError } from '../cliError';
import { findMeetingId } from '../findMeeting';
import { ensureWritable, fileProblem, writeFileAtomic } from '../files';
import { CoreError } from '../../core/coreError';
import { pdfRendererFor } from '../pdfRendererForCli';
import { openP12, requireValidAt } from '../../core/signing/p12';
import { sha256Hex } from '../../core/signing/signingFiles';

/** Asks on the terminal without echo; null when there is no terminal to ask on. */
async function askPassphrase(prompt: string): Promise<string | null> {
  if (!process.stdin.isTTY) return null;
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stderr.write(chunk as Buffer);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((ok) => {
      rl.question(prompt, (answer) => ok(answer));
      muted = true;
    });
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

function readInput(path: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(`kan ikke læse ${what} ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen findes ikke' : fileProblem(e, path)}.`);
  }
}

export const signCommand: Command = {
  name: 'sign',
  summary:
    'underskriver det endelige referat digitalt (PAdES) med et PKCS#12-certifikat og låser mødet; med --in lægges den næste ' +
    'underskrift til en allerede underskrevet PDF af mødet (adgangskode fra REFERENT_P12_PASSPHRASE, ellers spørges der)',
  usage: 'sign ID --p12 FIL --out FIL [--in UNDERSKREVET.pdf] [--reason TEKST]',
  maxPositionals: 1,
  options: {
    p12: { type: 'string' },
    out: { type: 'string' },
    in: { type: 'string' },
    reason: { type: 'string' },
  },
  async run({ core, io, positionals, values }) {
    if (!values.p12) throw usageError('mangler --p12 FIL: certifikatet (.p12 eller .pfx) der skal underskrives med.');
    if (!values.out) throw usageError('mangler --out FIL: hvor den underskrevne PDF skal skrives.');
    const reason = typeof values.reason === 'string' ? values.reason.trim() : undefined;
    if (reason === '') throw usageError('--reason må ikke være tom.');
    const out = resolve(io.cwd, values.out as string);
    const p12Path = resolve(io.cwd, values.p12 as string);
    const p12Bytes = readInput(p12Path, 'certifikatet');
    // Signing locks the meeting: the file must be writable before anything is signed.
    try {
      ensureWritable(out);
    } catch (e) {
      throw new CliError(`kan ikke skrive ${out}: ${(e as Error).message}.`);
    }
    const addTo = typeof values.in === 'string' ? sha256Hex(readInput(resolve(io.cwd, values.in), 'PDF-filen')) : undefined;

    const c = core();
    const id = findMeetingId(c, positionals[0]);
    const passphrase = io.env.REFERENT_P12_PASSPHRASE ?? (await askPassphrase(`Adgangskode til ${p12Path}: `));
    if (passphrase === null) throw new CliError('mangler adgangskoden til certifikatet: sæt REFERENT_P12_PASSPHRASE, eller kør kommandoen i en terminal.');

    const renderer = pdfRendererFor(io.env);
    let data: Buffer;
    try {
      const outcome = await c.services.signing.sign(
        { meetingId: id, reason, addTo },
        async () => {
          const p12 = await openP12(p12Bytes, passphrase);
          requireValidAt(p12, new Date());
          return p12;
        },
        { renderer },
      );
      data = Buffer.from(outcome.dataBase64, 'base64');
    } catch (e) {
      if (e instanceof CoreError) throw new CliError(e.message);
      throw e;
    } finally {
      await renderer.close();
    }
    try {
      writeFileAtomic(out, data);
    } catch (e) {
      throw new CliError(`kan ikke skrive ${out}: ${(e as Error).message}.`);
    }
    io.out(`${out}\n`);
  },
};
