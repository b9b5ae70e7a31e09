/**
 * The samlet PDF: the attachments' own PDFs appended after the minutes, each from a new page.
 * A tagged attachment keeps its tags: its structure elements are copied under the minutes'
 * Document element and its pages' parent-tree entries renumbered into ours (structTreeMerge.ts).
 * An untagged one is appended as it is, and the file then does not claim PDF/UA.
 */
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFNumber, concatTransformationMatrix, popGraphicsState, pushGraphicsState, type PDFPage } from 'pdf-lib';
import { copyPagesWithStructure } from './structTreeMerge';
import { loadPdf } from './pdfLoad';
import { addBookmark } from './outlineTitles';

export interface AppendixSource {
  attachmentId: string;
  title: string;
  /** The file's bytes; null when the store has none. */
  bytes: Uint8Array | null;
}

interface Loaded {
  attachmentId: string;
  title: string;
  doc: PDFDocument;
  tagged: boolean;
}

export interface Appendix {
  /** Pages appended in all. */
  pages: number;
  warnings: string[];
  /** attachmentId → the page it starts on, given the minutes' own page count (unknown: a wide placeholder). */
  startPages(bodyPages: number | undefined): Map<string, number> | undefined;
  untaggedMessages(): string[];
  /** The title of the attachment on each appended page, in order (for the footer). */
  pageTitles(): string[];
  loaded: Loaded[];
}

function isTagged(doc: PDFDocument): boolean {
  const mark = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  return !!doc.catalog.get(PDFName.of('StructTreeRoot')) && mark?.get(PDFName.of('Marked')) === PDFBool.True;
}

export async function loadAppendix(sources: AppendixSource[]): Promise<Appendix> {
  const loaded: Loaded[] = [];
  const warnings: string[] = [];
  for (const s of sources) {
    if (!s.bytes) {
      warnings.push(`Bilaget «${s.title}» har ingen fil i Referent og er ikke vedlagt.`);
      continue;
    }
    if (Buffer.from(s.bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
      warnings.push(`Bilaget «${s.title}» er ikke en PDF-fil og er ikke vedlagt. Gem det som PDF, og tilføj det igen.`);
      continue;
    }
    try {
      const doc = await loadPdf(s.bytes);
      loaded.push({ attachmentId: s.attachmentId, title: s.title, doc, tagged: isTagged(doc) });
    } catch (e) {
      const encrypted = (e as Error).name === 'EncryptedPDFError' || /encrypt/i.test((e as Error).message);
      warnings.push(`Bilaget «${s.title}» ${encrypted ? 'er krypteret' : 'kunne ikke læses som PDF'} og er ikke vedlagt.`);
    }
  }
  const pages = loaded.reduce((n, l) => n + l.doc.getPageCount(), 0);
  return {
    pages,
    warnings,
    loaded,
    startPages(bodyPages) {
      if (!loaded.length) return undefined;
      const out = new Map<string, number>();
      let next = bodyPages === undefined ? 999 : bodyPages + 1;
      for (const l of loaded) {
        out.set(l.attachmentId, next);
        if (bodyPages !== undefined) next += l.doc.getPageCount();
      }
      return out;
    },
    pageTitles: () => loaded.flatMap((l) => Array.from({ length: l.doc.getPageCount() }, () => l.title)),
    untaggedMessages: () =>
      loaded
        .filter((l) => !l.tagged)
        .map((l) => `Bilaget «${l.title}» er ikke en tilgængelig (mærket) PDF, så den samlede fil er ikke PDF/UA. Referatet alene er.`),
  };
}

/** Height kept free at an attachment page's foot for our footer (it has its own header and numbers). */
const FOOTER_BAND = (18 / 25.4) * 72;

/**
 * Shrinks an appended page's content (and its links) about its top centre, so the footer band
 * at the bottom is free for ours and nothing of the attachment is drawn over.
 */
function makeRoomForFooter(page: PDFPage): void {
  const { x, y, width, height } = page.getMediaBox();
  const s = (height - FOOTER_BAND) / height;
  const dx = (1 - s) * (x + width / 2);
  const dy = (1 - s) * (y + height);
  // Wrapped by hand: pdf-lib's scaleContent() would also put everything drawn later (our footer)
  // inside the scaling.
  const ctx = page.doc.context;
  page.node.normalize();
  const start = ctx.register(ctx.contentStream([pushGraphicsState(), concatTransformationMatrix(s, 0, 0, s, dx, dy)]));
  const end = ctx.register(ctx.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
  for (const annot of page.node.Annots()?.asArray() ?? []) {
    const dict = page.doc.context.lookup(annot);
    if (!(dict instanceof PDFDict)) continue;
    for (const key of ['Rect', 'QuadPoints']) {
      const arr = dict.lookupMaybe(PDFName.of(key), PDFArray);
      if (!arr) continue;
      const moved = arr.asArray().map((v, i) => {
        const n = v instanceof PDFNumber ? v.asNumber() : 0;
        return PDFNumber.of(i % 2 === 0 ? s * n + dx : s * n + dy);
      });
      dict.set(PDFName.of(key), ctx.obj(moved));
    }
  }
}

/** Appends every loaded attachment to `pdf`; returns warnings for any whose tags could not be kept. */
export async function appendAttachments(pdf: PDFDocument, appendix: Appendix): Promise<string[]> {
  const warnings: string[] = [];
  for (const l of appendix.loaded) {
    const before = pdf.getPageCount();
    const { merged: kept, firstPage } = copyPagesWithStructure(pdf, l.doc, l.tagged);
    pdf.getPages().slice(before).forEach(makeRoomForFooter);
    if (firstPage) addBookmark(pdf, `Bilag: ${l.title}`, firstPage);
    if (l.tagged && !kept) {
      l.tagged = false;
      warnings.push(`Mærkningen i bilaget «${l.title}» kunne ikke overføres; bilaget er vedlagt uden.`);
    }
  }
  return warnings;
}
