/**
 * pdf-lib, without its pauses: by default it yields to the event loop every 100 objects when
 * parsing and every 50 when writing (a setTimeout each, ≥ 1 ms in Node), which for a tagged
 * 100-page PDF of ~4,000 objects cost more than the work itself (save: 227 ms → 31 ms measured).
 *
 * Chromium's own output is opened lazily and saved as an incremental update where it can be
 * (pdfIncremental.ts); everything else (an attachment, a file from elsewhere) is loaded whole.
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib';
import { isLazy, loadPdfLazily, saveIncrementally } from './pdfIncremental';

export const loadPdf = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

export const savePdf = (doc: PDFDocument) => doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });

/** A PDF Chromium printed: its objects read as they are asked for, or (any other kind of file) all of them. */
export const openPrintedPdf = async (bytes: Uint8Array): Promise<PDFDocument> => loadPdfLazily(bytes) ?? (await loadPdf(bytes));

/** The finished file: an incremental update of a lazily opened PDF, else the whole file written anew. */
export const finishPdf = async (doc: PDFDocument): Promise<Uint8Array> => (isLazy(doc) ? saveIncrementally(doc) : await savePdf(doc));
