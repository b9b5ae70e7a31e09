/**
 * pdf-lib, without its pauses: by default it yields to the event loop every 100 objects when
 * parsing and every 50 when writing (a setTimeout each, ≥ 1 ms in Node), which for a tagged
 * 100-page PDF of ~4,000 objects cost more than the work itself (save: 227 ms → 31 ms measured).
 */
import { ParseSpeeds, PDFDocument } from 'pdf-lib';

export const loadPdf = (bytes: Uint8Array) => PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });

export const savePdf = (doc: PDFDocument) => doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity });
