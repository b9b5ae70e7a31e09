/**
 * An export model → the finished PDF:
 *  1. a first rendering to learn where every item landed (the table of contents shows no
 *     numbers yet; its page column has a fixed width so the numbers cannot re-wrap it);
 *  2. the numbers set into the same loaded document and printed again, tagged, checked against
 *     its own destinations and repeated in the rare case a number moved a heading (at most four
 *     passes in all); meanwhile the furniture-only pages print, since the page count is known;
 *  3. the attachments appended (samlet PDF), the header and footer drawn on as artifacts, the
 *     metadata written: Chromium's PDF is opened lazily and these changes are appended to it as
 *     an incremental update (pdfIncremental.ts), not the whole file parsed and written again.
 */
import type { PDFDocument } from 'pdf-lib';
import { finishPdf, openPrintedPdf } from './pdfLoad';
import type { ExportStage, PdfUaStatus } from '../../shared/export/types';
import type { ExportDoc, TocEntry } from './modelTypes';
import { exportDocHtml, tocPageId, type Logo } from './meetingHtml';
import { attachmentPageId, attachmentPageText } from './closingHtml';
import { furnitureHtml, furniturePages } from './furnitureHtml';
import { namedDestinationPages } from './headingPages';
import { overlayFurniture } from './overlayFurniture';
import { fixOutlineTitles, headingTexts } from './outlineTitles';
import { writeMetadata } from './pdfMetadata';
import { renderPdf, type PdfRenderer } from './pdfRenderer';
import { appendAttachments, loadAppendix, type AppendixSource } from './appendAttachments';

export interface MeetingPdfJob {
  doc: ExportDoc;
  renderer: PdfRenderer;
  fontCss: string;
  logo?: Logo | null;
  /** "Referent 0.1.0". */
  producer: string;
  now: Date;
  /** A samlet PDF: the attachments' own files, appended in the Bilagsoversigt's order. */
  appendix?: AppendixSource[];
  progress?: (stage: ExportStage, fraction: number) => void;
}

export interface MeetingPdf {
  bytes: Uint8Array;
  pages: number;
  pdfua: PdfUaStatus;
  warnings: string[];
  /** Anchor → the page it is on, as the table of contents shows it. */
  headingPages: Map<string, number>;
}

const MAX_PASSES = 4;

function anchorsOf(toc: TocEntry[], out: string[] = []): string[] {
  for (const e of toc) {
    out.push(e.anchor);
    anchorsOf(e.children, out);
  }
  return out;
}


export async function renderMeetingPdf(job: MeetingPdfJob): Promise<MeetingPdf> {
  const { doc, renderer } = job;
  const progress = job.progress ?? (() => {});
  const anchors = anchorsOf(doc.toc);
  const appendix = await loadAppendix(job.appendix ?? []);

  // The furniture needs only the page count, so it is printed while the tagged pass runs.
  let furniture: { bodyPages: number; bytes: Promise<Uint8Array> } | null = null;
  const furnitureFor = (bodyPages: number): Promise<Uint8Array> => {
    if (!furniture || furniture.bodyPages !== bodyPages) {
      const pages = furniturePages(doc.furniture, bodyPages, appendix.pageTitles());
      const bytes = renderPdf(renderer, furnitureHtml(doc.furniture, pages, job.fontCss), { tagged: false, outline: false });
      bytes.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
      furniture = { bodyPages, bytes };
    }
    return furniture.bytes;
  };

  progress('layout', 0.05);
  // Pass 1 prints the document with an empty page column (and wide placeholders for a samlet
  // PDF's attachment pages); untagged and layout only, as only the destinations are read from it.
  const session = await renderer.open(exportDocHtml(doc, { fontCss: job.fontCss, logo: job.logo, attachmentPages: appendix.startPages(undefined) }));
  let pdf: PDFDocument;
  let numbers: Map<string, number>;
  try {
    const first = await openPrintedPdf(await session.print({ tagged: false, outline: false, layoutOnly: true }));
    numbers = pick(namedDestinationPages(first), anchors);
    let bodyPages = first.getPageCount();
    let final: PDFDocument | null = null;
    for (let pass = 2; pass <= MAX_PASSES && !final; pass++) {
      progress('page-numbers', 0.05 + 0.2 * pass);
      void furnitureFor(bodyPages);
      await session.setTexts(pageTexts(numbers, appendix.startPages(bodyPages)));
      const candidate = await openPrintedPdf(await session.print({ tagged: true, outline: true }));
      const found = pick(namedDestinationPages(candidate), anchors);
      if ((same(found, numbers) && candidate.getPageCount() === bodyPages) || pass === MAX_PASSES) final = candidate;
      numbers = found;
      bodyPages = candidate.getPageCount();
    }
    pdf = final!;
  } finally {
    await session.close();
  }
  fixOutlineTitles(pdf, headingTexts(doc));

  const bodyPages = pdf.getPageCount();
  progress('attachments', 0.8);
  const warnings = [...appendix.warnings, ...(await appendAttachments(pdf, appendix))];
  const pages = pdf.getPageCount();
  progress('furniture', 0.85);
  await overlayFurniture(pdf, await furnitureFor(bodyPages));

  progress('finishing', 0.92);
  const missing: string[] = [];
  if (job.logo && !job.logo.alt.trim()) missing.push('Logoet har ingen alternativ tekst. Skriv en i forummets indstillinger.');
  missing.push(...appendix.untaggedMessages());
  const pdfua = { conforms: missing.length === 0, missing };
  writeMetadata(pdf, { title: doc.documentTitle, author: doc.author, subject: doc.subject, producer: job.producer, created: job.now, claimPdfUa: pdfua.conforms });
  const bytes = await finishPdf(pdf);
  return { bytes, pages, pdfua, warnings, headingPages: numbers };
}

/** The texts the second pass sets: each table-of-contents entry's page, each attachment's. */
function pageTexts(numbers: Map<string, number>, attachmentPages: Map<string, number> | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [anchor, page] of numbers) texts.set(tocPageId(anchor), String(page));
  for (const [id, page] of attachmentPages ?? []) texts.set(attachmentPageId(id), attachmentPageText(page));
  return texts;
}

function pick(all: Map<string, number>, anchors: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of anchors) {
    const n = all.get(a);
    if (n !== undefined) out.set(a, n);
  }
  return out;
}

function same(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
