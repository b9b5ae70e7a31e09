/**
 * Chromium's PDF opened lazily and saved as an incremental update (pdfIncremental.ts): on a real
 * print, checked with qpdf, poppler and pdf-lib's own full parse of the result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../src-main/core/export/chromiumPdfRenderer';
import { isLazy, loadPdfLazily, saveIncrementally } from '../../../src-main/core/export/pdfIncremental';
import { finishPdf, loadPdf, openPrintedPdf } from '../../../src-main/core/export/pdfLoad';
import { renderPdf } from '../../../src-main/core/export/pdfRenderer';
import { chromiumPath } from '../../support/chromium';
import { makeTempDir } from '../../support/tempDir';
import { pdfInfo, pdfPages, qpdfCheck } from './support/poppler';

const scratch = makeTempDir('referent-incremental-test-');
let printed: Uint8Array;
let files = 0;
function file(bytes: Uint8Array): string {
  const path = join(scratch.path, `${++files}.pdf`);
  writeFileSync(path, bytes);
  return path;
}
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
/** How many indirect objects a stretch of a PDF holds. */
const objectsIn = (text: string) => (text.match(/\b\d+ 0 obj\b/g) ?? []).length;

const html =
  '<!DOCTYPE html><html lang="da"><head><title>Prøve</title></head><body>' +
  Array.from({ length: 6 }, (_, i) => `<h1 id="h${i}">Punkt ${i + 1}</h1><p style="break-after: page">Æblegrød på Ærø, afsnit ${i + 1}.</p>`).join('') +
  '<p><a href="#h3">Til punkt 4</a></p></body></html>';

beforeAll(async () => {
  const renderer = createChromiumPdfRenderer({ executablePath: chromiumPath() });
  try {
    printed = await renderPdf(renderer, html, { tagged: true, outline: true });
  } finally {
    await renderer.close();
  }
}, 30_000);
afterAll(() => scratch.remove());

describe('a lazily opened Chromium PDF', () => {
  it('saves its changes after the original bytes, writing only what changed, and reads as the changed document', async () => {
    const doc = loadPdfLazily(printed)!;
    expect(doc).not.toBeNull();
    expect(doc.getPageCount()).toBe(7);
    doc.setTitle('Referat – Prøve', { showInWindowTitleBar: true });
    // An outline entry's title, as fixOutlineTitles sets it.
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const firstItem = outlines.lookup(PDFName.of('First'), PDFDict);
    firstItem.set(PDFName.of('Title'), PDFHexString.fromText('Punkt 1 – rettet'));
    const out = saveIncrementally(doc);

    // Chromium's bytes are kept as they are; the update after them is small.
    expect(Buffer.from(out.subarray(0, printed.length)).equals(Buffer.from(printed))).toBe(true);
    const update = latin1(out.subarray(printed.length));
    expect(objectsIn(update)).toBeGreaterThan(0);
    expect(objectsIn(update)).toBeLessThan(objectsIn(latin1(printed)) / 4);
    expect(update).toMatch(/trailer\s*<<[^>]*\/Prev \d+\s/);

    const path = file(out);
    expect(qpdfCheck(path).status).toBe(0);
    expect(pdfInfo(path).Title).toBe('Referat – Prøve');
    expect(pdfInfo(path).Pages).toBe('7');
    expect(pdfInfo(path).Tagged).toBe('yes');
    expect(pdfPages(path, false).join('\n')).toContain('Æblegrød på Ærø, afsnit 4.');
    // pdf-lib's whole parse of the result sees the changed entry.
    const whole = await loadPdf(out);
    const item = whole.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('First'), PDFDict);
    expect(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText()).toBe('Punkt 1 – rettet');
  });

  it('writes nothing back that was only read', () => {
    const doc = loadPdfLazily(printed)!;
    for (const page of doc.getPages()) page.getSize();
    doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(saveIncrementally(doc)).toBe(printed);
  });

  it('marks an object of the original it removed as free in the update', () => {
    const doc = loadPdfLazily(printed)!;
    const infoRef = doc.context.trailerInfo.Info as Parameters<typeof doc.context.delete>[0];
    doc.context.delete(infoRef);
    expect(doc.context.lookup(infoRef)).toBeUndefined();
    doc.context.trailerInfo.Info = doc.context.register(doc.context.obj({ Title: PDFHexString.fromText('Ny') }));
    const out = saveIncrementally(doc);
    const update = latin1(out.subarray(printed.length));
    const xref = update.slice(update.lastIndexOf('\nxref\n'));
    expect(xref).toContain(`${infoRef.objectNumber} 1\n0000000000 00001 f`);
    expect(pdfInfo(file(out)).Title).toBe('Ny');
  });

  it('is not used for other files, which are loaded whole', async () => {
    // An update already (our own output), and a file with object streams (pdf-lib, as other tools write).
    const withUpdate = loadPdfLazily(printed)!;
    withUpdate.setTitle('Opdateret');
    const once = saveIncrementally(withUpdate);
    expect(loadPdfLazily(once)).toBeNull();
    const rewritten = await (await loadPdf(printed)).save({ useObjectStreams: true });
    expect(loadPdfLazily(rewritten)).toBeNull();
    expect(loadPdfLazily(new TextEncoder().encode('%PDF-1.4\nnot a pdf'))).toBeNull();
    // A table with one offset that misses its object.
    const text = latin1(printed);
    const entry = /(\d{10}) 00000 n/.exec(text.slice(text.lastIndexOf('\nxref\n')))!;
    const at = text.lastIndexOf('\nxref\n') + entry.index;
    const wrong = Uint8Array.from(printed);
    wrong.set(new TextEncoder().encode(String(Number(entry[1]) + 1).padStart(10, '0')), at);
    expect(loadPdfLazily(wrong)).toBeNull();
    expect(loadPdfLazily(Uint8Array.from(printed))).not.toBeNull();

    const opened = await openPrintedPdf(rewritten);
    expect(isLazy(opened)).toBe(false);
    expect(opened.getPageCount()).toBe(7);
    const saved = await finishPdf(opened);
    expect(latin1(saved).match(/startxref/g)).toHaveLength(1); // written whole, not updated
    expect(pdfInfo(file(saved)).Pages).toBe('7');
  });
});
