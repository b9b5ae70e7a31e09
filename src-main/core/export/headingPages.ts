/**
 * Where each linked heading landed: Chromium writes a named destination (the catalog's /Dests)
 * for every element a link points at, which the table of contents does for every item. Reading
 * them back gives the exact page, where `target-counter()` (unsupported in Chromium) or a guess
 * from the screen layout would not.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';

/** Named destination → 1-based page number. */
export function namedDestinationPages(doc: PDFDocument): Map<string, number> {
  const pageOf = new Map<string, number>();
  doc.getPages().forEach((p, i) => pageOf.set(p.ref.toString(), i + 1));
  const out = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  for (const [key, value] of dests.entries()) {
    const dest = doc.context.lookup(value);
    // A destination is either [page /XYZ …] or a dictionary { /D [page …] }.
    const array = dest instanceof PDFArray ? dest : dest instanceof PDFDict ? dest.lookupMaybe(PDFName.of('D'), PDFArray) : undefined;
    const page = array?.get(0);
    if (page instanceof PDFRef) {
      const n = pageOf.get(page.toString());
      if (n !== undefined) out.set(key.decodeText(), n);
    }
  }
  return out;
}
