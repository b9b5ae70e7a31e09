/**
 * The PDF/UA checker must fail where a PDF is not accessible, or its passes mean nothing: page
 * furniture drawn without the artifact mark (the overlay without BMC/EMC, and Chromium's own
 * @page margin boxes), missing XMP, a wrong language, a skipped heading level, a figure without
 * alt text, a font not embedded. And the same body with the artifact overlay passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { createChromiumPdfRenderer } from '../../../src-main/core/export/chromiumPdfRenderer';
import { renderPdf, type PdfRenderer } from '../../../src-main/core/export/pdfRenderer';
import { buildExportDoc } from '../../../src-main/core/export/exportModel';
import { exportDocHtml } from '../../../src-main/core/export/meetingHtml';
import { furnitureHtml, furniturePages } from '../../../src-main/core/export/furnitureHtml';
import { overlayFurniture } from '../../../src-main/core/export/overlayFurniture';
import { writeMetadata } from '../../../src-main/core/export/pdfMetadata';
import { fontFaceCss } from '../../../src-main/core/export/fonts';
import { defaultResourcesDir } from '../../../src-main/core/export/resourcesDir';
import { openTestCore } from '../../support/coreFixture';
import { chromiumPath } from '../../support/chromium';
import { importMeeting, meetingFiles } from './support/exportFixtures';
import { checkPdfUa, looseTextByPage } from './support/pdfUaChecker';

let renderer: PdfRenderer;
let body: Uint8Array;
let furniture: Uint8Array;
let pages: number;
const fontCss = fontFaceCss(defaultResourcesDir());
const meta = { title: 'Referat – test', author: 'Ringsted Kommune', subject: 'Test', producer: 'Referent test', created: new Date('2026-01-02T03:04:05Z'), claimPdfUa: true };
const expectations = { minBookmarks: 1, claimsPdfUa: true };

/** Body and furniture of the Ringsted minutes, finished the way the caller says. */
async function finish(how: (pdf: PDFDocument) => Promise<void> | void): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(body, { updateMetadata: false });
  await how(pdf);
  return pdf.save({ useObjectStreams: false });
}

beforeAll(async () => {
  renderer = createChromiumPdfRenderer({ executablePath: chromiumPath() });
  const fixture = openTestCore();
  try {
    const meeting = fixture.core.services.meetings.get(importMeeting(fixture.core, meetingFiles.ringsted()));
    const doc = buildExportDoc(meeting, { variant: 'minutes', public: false });
    body = await renderPdf(renderer, exportDocHtml(doc, { fontCss }), { tagged: true, outline: true });
    pages = (await PDFDocument.load(body)).getPageCount();
    furniture = await renderPdf(renderer, furnitureHtml(doc.furniture, furniturePages(doc.furniture, pages, []), fontCss), { tagged: false, outline: false });
  } finally {
    fixture.dispose();
  }
}, 60_000);
afterAll(() => renderer?.close());

describe('the PDF/UA checker', () => {
  it('passes the body with its furniture drawn as artifacts', async () => {
    const good = await finish(async (pdf) => {
      await overlayFurniture(pdf, furniture);
      writeMetadata(pdf, meta);
    });
    expect(await checkPdfUa(good, expectations)).toEqual([]);
  });

  it('fails when the footer is drawn without the artifact mark, on every page', async () => {
    const bad = await finish(async (pdf) => {
      const embedded = await pdf.embedPdf(furniture, pdf.getPages().map((_, i) => i));
      pdf.getPages().forEach((p, i) => p.drawPage(embedded[i]!));
      writeMetadata(pdf, meta);
    });
    expect((await looseTextByPage(bad)).map(([p]) => p)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect((await checkPdfUa(bad, expectations)).join('\n')).toMatch(/text outside tagged content or artifacts/);
  });

  it("fails on Chromium's own page furniture (@page margin boxes)", async () => {
    const html = '<!DOCTYPE html><html lang="da"><head><title>x</title><style>@page { size: A4; margin: 25mm; @bottom-right { content: "Side " counter(page); } }</style></head><body><h1>Referat</h1><p>Tekst.</p></body></html>';
    const pdf = await PDFDocument.load(await renderPdf(renderer, html, { tagged: true, outline: true }));
    writeMetadata(pdf, meta);
    const bytes = await pdf.save();
    expect(await looseTextByPage(bytes)).toEqual([[1, expect.any(Number)]]);
  });

  it('fails without XMP, with another language, and without a claim that was expected', async () => {
    const noXmp = await finish(async (pdf) => {
      await overlayFurniture(pdf, furniture);
      pdf.setTitle('x', { showInWindowTitleBar: true });
    });
    expect((await checkPdfUa(noXmp, expectations)).join('\n')).toContain('no XMP metadata stream');
    const english = await finish(async (pdf) => {
      await overlayFurniture(pdf, furniture);
      writeMetadata(pdf, { ...meta, claimPdfUa: false });
      pdf.catalog.set(PDFName.of('Lang'), PDFString.of('en'));
    });
    const fails = (await checkPdfUa(english, expectations)).join('\n');
    expect(fails).toContain("/Lang is 'en'");
    expect(fails).toContain('pdfuaid:part claimed: false, expected true');
  });

  it('fails on a skipped heading level, two H1s and a figure without alt text', async () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
    const html = `<!DOCTYPE html><html lang="da"><head><title>x</title></head><body><h1>A</h1><h3>Spring</h3><h1>B</h1><p><img src="${png}" width="40" height="40"></p></body></html>`;
    const pdf = await PDFDocument.load(await renderPdf(renderer, html, { tagged: true, outline: true }));
    writeMetadata(pdf, meta);
    const fails = (await checkPdfUa(await pdf.save(), expectations)).join('\n');
    expect(fails).toContain('heading levels skip: H1→H3');
    expect(fails).toContain('2 H1 headings');
    expect(fails).toContain('Figure(s) without /Alt');
  });

  it('fails on a font that is not embedded, and on too few bookmarks', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Side 1 af 1', { font: await pdf.embedFont(StandardFonts.Helvetica) });
    writeMetadata(pdf, meta);
    const fails = (await checkPdfUa(await pdf.save(), { minBookmarks: 3 })).join('\n');
    expect(fails).toContain('fonts not embedded: /Helvetica');
    expect(fails).toContain('0 bookmarks, expected at least 3');
    expect(fails).toContain('/MarkInfo /Marked is not true');
  });
});
