/**
 * The samlet PDF: the attachments' own PDFs appended after the minutes, each from a new page, the
 * Bilagsoversigt giving the page it starts on, the furniture on every page. A tagged attachment
 * keeps its tags and the file still claims PDF/UA; an untagged one is appended, but the claim is
 * dropped and the export says why. Files that are not PDFs are left out with a warning.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { createCore, type Core } from '../../../src-main/core/createCore';
import { createChromiumPdfRenderer } from '../../../src-main/core/export/chromiumPdfRenderer';
import { renderPdf, type PdfRenderer } from '../../../src-main/core/export/pdfRenderer';
import type { ExportedFile } from '../../../src-main/shared/export/types';
import { makeTempDir } from '../../support/tempDir';
import { chromiumPath } from '../../support/chromium';
import { importMeeting, meetingFiles } from './support/exportFixtures';
import { pdfPages, qpdfCheck } from './support/poppler';
import { checkPdfUa, looseTextByPage } from './support/pdfUaChecker';

let dir: ReturnType<typeof makeTempDir>;
let renderer: PdfRenderer;
let core: Core;
let meetingId: string;

const page = (h1: string, text: string, n: number) =>
  `<!DOCTYPE html><html lang="da"><head><title>${h1}</title><style>@page{size:A4;margin:20mm} section{break-after:page}</style></head><body><h1>${h1}</h1>` +
  Array.from({ length: n }, (_, i) => `<section><h2>Afsnit ${i + 1}</h2><p>${text} side ${i + 1}.</p></section>`).join('') +
  '</body></html>';

async function attach(itemId: string, title: string, fileName: string, bytes: Uint8Array) {
  await core.call('attachments.add', { meetingId, itemId, title, fileName, dataBase64: Buffer.from(bytes).toString('base64') });
}

async function samlet(): Promise<{ result: ExportedFile; file: string; pages: string[]; bytes: Uint8Array }> {
  const result = await core.call('export.pdf', { meetingId, variant: 'decision-minutes', samlet: true });
  if (result.status !== 'exported') throw new Error(result.status);
  const bytes = new Uint8Array(Buffer.from(result.dataBase64, 'base64'));
  const file = join(dir.path, `samlet-${Date.now()}.pdf`);
  writeFileSync(file, bytes);
  return { result, file, bytes, pages: pdfPages(file) };
}

/** "Title …, side N" in the Bilagsoversigt. */
function indexPage(pages: string[], title: string): number {
  const flat = pages.join('\n').replace(/\s+/g, ' ');
  const m = new RegExp(`${title.replace(/[()]/g, '\\$&')}[^,]*, side (\\d+)`).exec(flat.slice(flat.lastIndexOf('Bilagsoversigt')));
  if (!m) throw new Error(`no page for ${title} in the Bilagsoversigt`);
  return Number(m[1]);
}

beforeAll(async () => {
  dir = makeTempDir('referent-samlet-');
  renderer = createChromiumPdfRenderer({ executablePath: chromiumPath() });
  core = createCore({ dataDir: join(dir.path, 'data'), backups: false, pdfRenderer: renderer });
  meetingId = importMeeting(core, meetingFiles.norddjurs());
}, 30_000);
afterAll(async () => {
  core?.close();
  await renderer?.close();
  dir?.remove();
});

describe('samlet PDF', () => {
  it('appends a tagged attachment with its tags, gives its page, and still conforms', async () => {
    const tagged = await renderPdf(renderer, page('Arbejdsplan 2021', 'Bilagstekst-Tilgængelig', 3), { tagged: true, outline: true });
    await attach('i5', 'Arbejdsplan 2021 (mærket)', 'arbejdsplan.pdf', tagged);
    const { result, file, pages, bytes } = await samlet();
    const plain = await core.call('export.pdf', { meetingId, variant: 'decision-minutes' });
    const bodyPages = plain.status === 'exported' ? plain.pages! : 0;
    expect(result.pages).toBe(bodyPages + 3);
    const start = indexPage(pages, 'Arbejdsplan 2021 (mærket)');
    expect(start).toBe(bodyPages + 1);
    expect(pages[start - 1]).toContain('Bilagstekst-Tilgængelig side 1');
    expect(pages[start + 1]).toContain('Bilagstekst-Tilgængelig side 3');
    pages.forEach((p, i) => expect(p).toContain(`Side ${i + 1} af ${pages.length}`));
    // The attachment in the file without bytes is said, not silently dropped.
    expect(result.warnings).toEqual([expect.stringContaining('«Arbejdsplan for dialogforum for socialt udsatte 20/21» har ingen fil')]);
    expect(result.pdfua).toEqual({ conforms: true, missing: [] });
    expect(await checkPdfUa(bytes, { minBookmarks: 8, bookmarkTitles: ['5. Arbejdsplan', 'Bilag: Arbejdsplan 2021 (mærket)'], claimsPdfUa: true })).toEqual([]);
    expect(qpdfCheck(file).status).toBe(0);
    expect(result.fileName).toBe('Beslutningsreferat samlet Dialogforum for socialt udsatte 2021-04-15.pdf');
  });

  it('appends an untagged attachment but no longer claims PDF/UA, and says why; skips what is not a PDF', async () => {
    const untagged = await renderPdf(renderer, page('Notat', 'Bilagstekst-Umærket', 1), { tagged: false, outline: false });
    await attach('i2', 'Notat om workshoppen', 'notat.pdf', untagged);
    await attach('i2', 'Referat som tekst', 'referat.txt', new TextEncoder().encode('Ikke en PDF'));
    const { result, pages, bytes } = await samlet();
    const start = indexPage(pages, 'Notat om workshoppen');
    expect(pages[start - 1]).toContain('Bilagstekst-Umærket side 1');
    // Item 2's attachment comes before item 5's, as in the Bilagsoversigt.
    expect(indexPage(pages, 'Arbejdsplan 2021 (mærket)')).toBe(start + 1);
    expect(result.pdfua?.conforms).toBe(false);
    expect(result.pdfua?.missing).toEqual([expect.stringContaining('«Notat om workshoppen» er ikke en tilgængelig (mærket) PDF')]);
    expect(result.warnings).toContainEqual(expect.stringContaining('«Referat som tekst» er ikke en PDF-fil'));
    // Exactly the untagged attachment's page has text outside the structure, and the file does not claim otherwise.
    expect(await looseTextByPage(bytes)).toEqual([[start, expect.any(Number)]]);
    const fails = await checkPdfUa(bytes, { minBookmarks: 8, claimsPdfUa: false });
    expect(fails).toEqual([expect.stringContaining('text outside tagged content')]);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(result.pages);
  });
});
