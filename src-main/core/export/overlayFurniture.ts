/**
 * Draws the furniture pages onto the export's pages, each as a form XObject inside
 * `/Artifact BMC … EMC`: a PDF/UA reader skips it, the body's tags and outline stay as Chromium
 * wrote them. Each furniture page is scaled to its page's width and set on the page's bottom
 * edge, so on an appended attachment of another size the footer still sits at the foot.
 *
 * The form is made from the furniture page's own content stream, still compressed as Chromium
 * wrote it, with the page's resources: pdf-lib's embedPdf inflates and deflates every page again
 * (measured: ~85 ms of a cold 110-page export, a tenth of it). A page whose content is not one
 * stream goes through embedPdf.
 */
import { PDFContentStream, PDFDict, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import { openPrintedPdf } from './pdfLoad';

interface Form {
  ref: PDFRef;
  width: number;
  height: number;
  /** The lower-left corner of its bounding box. */
  x: number;
  y: number;
}

/** The copied furniture page as a form XObject, from its compressed content as it is; null when it has no single content stream. */
function pageAsForm(doc: PDFDocument, page: PDFPage): Form | null {
  const contents = page.node.get(PDFName.of('Contents'));
  const stream = contents instanceof PDFRef ? doc.context.lookup(contents) : null;
  if (!(stream instanceof PDFRawStream)) return null;
  const box = page.getMediaBox();
  const dict = PDFDict.withContext(doc.context);
  for (const [key, value] of stream.dict.entries()) if (key !== PDFName.of('Length')) dict.set(key, value);
  dict.set(PDFName.of('Type'), PDFName.of('XObject'));
  dict.set(PDFName.of('Subtype'), PDFName.of('Form'));
  dict.set(PDFName.of('BBox'), doc.context.obj([box.x, box.y, box.x + box.width, box.y + box.height]));
  const resources = page.node.get(PDFName.of('Resources'));
  if (resources) dict.set(PDFName.of('Resources'), resources);
  dict.set(PDFName.of('Length'), PDFNumber.of(stream.contents.length));
  const ref = doc.context.register(PDFRawStream.of(dict, stream.contents));
  // The copied page and its stream are not used for anything else.
  doc.context.delete(contents as PDFRef);
  doc.context.delete(page.ref);
  return { ref, width: box.width, height: box.height, x: box.x, y: box.y };
}

export async function overlayFurniture(doc: PDFDocument, furniture: Uint8Array): Promise<void> {
  const pages = doc.getPages();
  const source = await openPrintedPdf(furniture);
  const indices = pages.map((_, i) => i);
  const copied = await doc.copyPages(source, indices);
  const forms = copied.map((p) => pageAsForm(doc, p));
  const missing = indices.filter((i) => !forms[i]);
  const embedded = missing.length ? await doc.embedPdf(source, missing) : [];
  pages.forEach((page, i) => {
    const box = page.getMediaBox();
    const form = forms[i];
    if (form) {
      const scale = box.width / form.width;
      const name = page.node.newXObject('Furniture', form.ref);
      // A few operators in a stream of their own, left uncompressed: deflating ~80 bytes per page
      // costs more (each deflate sets up its window) than it saves.
      const ops = [
        PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]),
        PDFOperator.of(PDFOperatorNames.PushGraphicsState),
        PDFOperator.of(PDFOperatorNames.ConcatTransformationMatrix, [scale, 0, 0, scale, box.x - form.x * scale, box.y - form.y * scale].map((n) => PDFNumber.of(n))),
        PDFOperator.of(PDFOperatorNames.DrawObject, [name]),
        PDFOperator.of(PDFOperatorNames.PopGraphicsState),
        PDFOperator.of(PDFOperatorNames.EndMarkedContent),
      ];
      page.node.addContentStream(doc.context.register(PDFContentStream.of(doc.context.obj({}), ops, false)));
    } else {
      const f = embedded[missing.indexOf(i)]!;
      page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
      page.drawPage(f, { x: box.x, y: box.y, width: box.width, height: (box.width * f.height) / f.width });
      page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    }
  });
}
