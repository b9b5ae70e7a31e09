/**
 * The visible line on the Underskriftsside, «Underskrevet digitalt af … den …», drawn on the last
 * page before the first signature is made (a later signer's line would be a change to a signed
 * page, so later signers are shown by their signature alone). Noto Sans is embedded (subset), as
 * PDF/UA wants every font embedded; the line is an artifact, like the furniture, since the same
 * facts are in the signature itself, which a reader reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFName, PDFOperator, PDFOperatorNames, rgb } from 'pdf-lib';
import { loadPdf, savePdf } from '../export/pdfLoad';
import { pageMargins } from '../export/exportStyles';

const mm = 72 / 25.4;

export function signatureLineText(holder: string, at: Date): string {
  const date = at.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
  const time = at.toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
  return `Underskrevet digitalt af ${holder} den ${date} kl. ${time}`;
}

export async function drawSignatureLine(pdfBytes: Uint8Array, line: string, resourcesDir: string): Promise<Uint8Array> {
  const doc = await loadPdf(pdfBytes);
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(join(resourcesDir, 'fonts', 'noto-sans-latin-400-normal.woff2')), { subset: true });
  const page = doc.getPage(doc.getPageCount() - 1);
  const box = page.getMediaBox();
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
  // Just inside the body's bottom margin, where the signature page (on a page of its own) leaves room.
  page.drawText(line, { x: box.x + pageMargins.left * mm, y: box.y + pageMargins.bottom * mm + 4, size: 9.5, font, color: rgb(0.07, 0.07, 0.07) });
  page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  return savePdf(doc);
}
