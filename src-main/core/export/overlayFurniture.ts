/**
 * Draws the furniture pages onto the export's pages, each as a form XObject inside
 * `/Artifact BMC … EMC`: a PDF/UA reader skips it, the body's tags and outline stay as Chromium
 * wrote them. Each furniture page is scaled to its page's width and set on the page's bottom
 * edge, so on an appended attachment of another size the footer still sits at the foot.
 */
import { PDFName, PDFOperator, PDFOperatorNames, type PDFDocument } from 'pdf-lib';
import { loadPdf } from './pdfLoad';

export async function overlayFurniture(doc: PDFDocument, furniture: Uint8Array): Promise<void> {
  const pages = doc.getPages();
  const embedded = await doc.embedPdf(await loadPdf(furniture), pages.map((_, i) => i));
  pages.forEach((page, i) => {
    const f = embedded[i]!;
    const box = page.getMediaBox();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    page.drawPage(f, { x: box.x, y: box.y, width: box.width, height: (box.width * f.height) / f.width });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  });
}
