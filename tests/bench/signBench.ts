/**
 * Issue 7's signing benchmark: the minutes of a 60-item meeting (≈110 pages) rendered once
 * through the export, then, median of 5: the visible line drawn (before the first signature),
 * one PAdES signature added (@libpdf/core: load, incremental update, CMS), a second signature on
 * top of that one, and a verification of the twice-signed file. Target: sign under 300 ms.
 * Run as `npm run bench -- sign`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../src-main/core/createCore';
import { defaultResourcesDir } from '../../src-main/core/export/resourcesDir';
import { openP12 } from '../../src-main/core/signing/p12';
import { addLaterSignatureLine } from '../../src-main/core/signing/laterSignatureLine';
import { drawSignatureLine, signatureLineText } from '../../src-main/core/signing/signatureLine';
import { signPdf } from '../../src-main/core/signing/signPdf';
import { verifyPdf } from '../../src-main/core/signing/verifyPdf';
import { readBytes } from '../../src-main/core/signing/signingFiles';
import { makeTestPki } from '../unit/signing/support/testPki';
import { generateMeeting } from '../support/generateMeeting';
import { makeTempDir } from '../support/tempDir';
import { median, report } from './stats';

const RUNS = Number(process.env.BENCH_SIGN_RUNS ?? 5);
const round = (x: number) => Math.round(x * 10) / 10;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

export async function signBench(): Promise<void> {
  const dir = makeTempDir('referent-bench-sign-');
  try {
    mkdirSync(join(dir.path, 'pki'));
    const pki = makeTestPki(join(dir.path, 'pki'));
    const p12 = await openP12(readBytes(pki.signer('a', 'Mette Hansen', 'kode')), 'kode');
    const p12b = await openP12(readBytes(pki.signer('b', 'Søren Ærø', 'kode')), 'kode');
    const core = createCore({ dataDir: join(dir.path, 'data'), backups: false });
    const { id } = core.services.meetings.importFile({ fileName: 'b.json', text: JSON.stringify(generateMeeting({ items: 60 })) });
    const r = await core.call('export.pdf', { meetingId: id, variant: 'minutes' });
    core.close();
    if (r.status !== 'exported') throw new Error('export failed');
    const rendered = new Uint8Array(Buffer.from(r.dataBase64, 'base64'));
    const at = new Date();
    const line: number[] = [];
    const sign: number[] = [];
    const second: number[] = [];
    const laterLine: number[] = [];
    const verify: number[] = [];
    let signedBytes = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const drawn = await timed(() => drawSignatureLine(rendered, signatureLineText(p12.holder, at), defaultResourcesDir()));
      const once = await timed(() => signPdf(drawn.value, { signer: p12.signer, reason: 'Godkendt referat', location: 'Rådhuset', at }));
      const lined = await timed(async () => (await addLaterSignatureLine(once.value, signatureLineText(p12b.holder, at), 1))!);
      const twice = await timed(() => signPdf(lined.value, { signer: p12b.signer, reason: 'Godkendt referat', location: 'Rådhuset', at }));
      const checked = await timed(() => verifyPdf(twice.value));
      if (!checked.value.allIntact) throw new Error(`not intact: ${checked.value.summary}`);
      signedBytes = twice.value.length;
      if (i === 0) continue; // warm-up
      line.push(drawn.ms);
      sign.push(once.ms);
      second.push(twice.ms);
      laterLine.push(lined.ms);
      verify.push(checked.ms);
    }
    report('sign', {
      pages: r.pages,
      pdfBytes: rendered.length,
      signedBytes,
      runs: RUNS,
      medianMs: { visibleLine: round(median(line)), sign: round(median(sign)), laterLine: round(median(laterLine)), secondSignature: round(median(second)), verifyTwoSignatures: round(median(verify)) },
      targetSignMs: 300,
    });
  } finally {
    dir.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await signBench();
