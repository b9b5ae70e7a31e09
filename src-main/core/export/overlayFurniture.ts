/**
 * Draws the furniture pages onto the body pages, each as a form XObject inside
 * `/Artifact BMC … EMC`: a PDF/UA reader skips it, the body's tags and
 * outline stay as Chromium wrote them. A page of another size (an appended attachment) gets the
 * furniture scaled to it.
 */
import { PDFName, PDFOperator, PDFOperatorNames, type PDFDocument } from 'pdf-lib';

export async function overlayFurniture(doc: PDFDocument, furniture: Uint8Array): Promise<void> {
  const pages = doc.getPages();
  const embedded = await doc.embedPdf(furniture, pages.map((_, i) => i));
  pages.forEach((page, i) => {
    const { width, height } = page.getSize();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    page.drawPage(embedded[i]!, { x: 0, y: 0, width, height });
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  });
}
