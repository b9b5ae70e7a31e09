/**
 * The visible line on the Underskriftsside, «Underskrevet digitalt af … den …», one per signer.
 * The first is drawn on the last page before the first signature is made. Noto Sans is embedded
 * (subset) as PDF/UA wants every font embedded, and the subset is made to hold every letter a
 * Danish name and date can need, so a later signer's line (laterSignatureLine.ts) can be written
 * with the same font in the incremental update before that signer's signature. The lines are
 * artifacts, like the furniture, since the same facts are in the signatures, which a reader reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFName, PDFOperator, PDFOperatorNames, rgb } from 'pdf-lib';
import { loadPdf, savePdf } from '../export/pdfLoad';
import { pageMargins } from '../export/exportStyles';
import { woffToSfnt } from './woffToSfnt';

const mm = 72 / 25.4;

/** Where the first line sits (points from the page's bottom edge); later ones stack above it. */
export const signatureLineLayout = { leftMm: pageMargins.left, bottomPt: pageMargins.bottom * mm + 4, size: 9.5, leading: 13 };

/**
 * The characters of a signer's line: Latin-1 (every Danish, Nordic and West European name), and
 * the typographic dashes and quotes. All are in the font file below.
 */
export const SIGNATURE_LINE_REPERTOIRE =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~' +
  '¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ' +
  '–—‘’‚“”„…';

/**
 * The WOFF (1.0) file, not the WOFF2 the PDFs' CSS uses: fontkit's WOFF2 reader breaks on
 * composite glyphs (å, é, ü … threw inside a timer while subsetting, and the signing never
 * finished). It is unpacked to the TrueType file inside once per process (see woffToSfnt.ts).
 */
const LINE_FONT = 'noto-sans-latin-400-normal.woff';
let lineFont: { dir: string; bytes: Uint8Array } | null = null;
function lineFontBytes(resourcesDir: string): Uint8Array {
  if (lineFont?.dir !== resourcesDir) lineFont = { dir: resourcesDir, bytes: woffToSfnt(readFileSync(join(resourcesDir, 'fonts', LINE_FONT))) };
  return lineFont.bytes;
}

export function signatureLineText(holder: string, at: Date): string {
  const date = at.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' });
  const time = at.toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
  return `Underskrevet digitalt af ${holder} den ${date} kl. ${time}`;
}

export async function drawSignatureLine(pdfBytes: Uint8Array, line: string, resourcesDir: string): Promise<Uint8Array> {
  // Loaded here, not at the top: fontkit unpacks its tables when it loads (~130 ms), which every
  // start of the app and of each CLI command paid, though only signing draws with it.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  const doc = await loadPdf(pdfBytes);
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(lineFontBytes(resourcesDir), { subset: true });
  // Every glyph a later signer's line may need goes into the subset now (see laterSignatureLine.ts).
  font.encodeText(SIGNATURE_LINE_REPERTOIRE);
  const page = doc.getPage(doc.getPageCount() - 1);
  const box = page.getMediaBox();
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
  // Just inside the body's bottom margin, where the signature page (on a page of its own) leaves room.
  page.drawText(line, { x: box.x + signatureLineLayout.leftMm * mm, y: box.y + signatureLineLayout.bottomPt, size: signatureLineLayout.size, font, color: rgb(0.07, 0.07, 0.07) });
  page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  return savePdf(doc);
}
