/**
 * A later signer's visible line, «Underskrevet digitalt af … den …», on the Underskriftsside,
 * written as an incremental update just before that signer's signature (which then covers it),
 * so every earlier signature keeps its bytes and stays valid.
 *
 * It uses the Noto Sans subset the first line embedded (signatureLine.ts put every letter a
 * Danish name and date can need in it): the text is encoded through the font's own ToUnicode map,
 * so no new font is added and the PDF stays PDF/UA (every font embedded, the line an artifact).
 * A character the subset lacks (a name in another script) is shown as «?», and the full name
 * stays in the signature, which every reader reports.
 */
import { PDF, PdfDict, PdfRef, PdfStream, PdfString, ops, type PdfObject } from '@libpdf/core';
import { signatureLineLayout } from './signatureLine';

const mm = 72 / 25.4;

/** unicode code point → 2-byte CID, from a ToUnicode CMap's bfchar and bfrange sections. */
export function parseToUnicode(cmap: string): Map<number, number> {
  const out = new Map<number, number>();
  const hex = (h: string) => parseInt(h, 16);
  const codePoint = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map(hex)).codePointAt(0)!;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) out.set(codePoint(m[2]!), hex(m[1]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, first] = [hex(m[1]!), hex(m[2]!), codePoint(m[3]!)];
      for (let c = lo; c <= hi; c++) out.set(first + (c - lo), c);
    }
  }
  return out;
}

interface FoundFont {
  name: string;
  cids: Map<number, number>;
}

/**
 * The page's Noto Sans (Type0, Identity-H) font that covers the line best: the page also holds
 * the subsets Chromium embedded for the body text, which lack most letters; the one the first
 * line embedded holds the whole repertoire.
 */
function findNoto(pdf: PDF, page: PdfDict, line: string): FoundFont | null {
  const resolve = (ref: PdfRef): PdfObject | null => pdf.getObject(ref);
  const fonts = page.getDict('Resources', resolve)?.getDict('Font', resolve);
  if (!fonts) return null;
  let best: { font: FoundFont; covered: number } | null = null;
  for (const [name, value] of fonts) {
    const font = value instanceof PdfRef ? resolve(value) : value;
    if (!(font instanceof PdfDict)) continue;
    if (font.getName('Subtype', resolve)?.value !== 'Type0' || !/NotoSans/.test(font.getName('BaseFont', resolve)?.value ?? '')) continue;
    const toUnicode = font.get('ToUnicode', resolve);
    if (!(toUnicode instanceof PdfStream)) continue;
    const cids = parseToUnicode(Buffer.from(toUnicode.getDecodedData()).toString('latin1'));
    const covered = [...line].filter((ch) => cids.has(ch.codePointAt(0)!)).length;
    if (!best || covered > best.covered || (covered === best.covered && cids.size > best.font.cids.size)) best = { font: { name: name.value, cids }, covered };
  }
  return best?.font ?? null;
}

/**
 * Adds the line for the signer who is about to sign as signature number `index + 1` (index = how
 * many signed before). Null when the file has no such font (not signed by Referent): then the
 * signature goes on without a line, as before.
 */
export async function addLaterSignatureLine(bytes: Uint8Array, line: string, index: number): Promise<Uint8Array | null> {
  const pdf = await PDF.load(bytes);
  const page = pdf.getPage(pdf.getPageCount() - 1);
  if (!page) return null;
  const font = findNoto(pdf, page.dict, line);
  if (!font) return null;
  const question = font.cids.get('?'.codePointAt(0)!) ?? 0;
  const hex = [...line].map((ch) => (font.cids.get(ch.codePointAt(0)!) ?? question).toString(16).padStart(4, '0')).join('');
  const y = signatureLineLayout.bottomPt + signatureLineLayout.leading * index;
  page.drawOperators([
    // libpdf writes the tag as given: the name needs its slash here.
    ops.beginMarkedContent('/Artifact'),
    ops.beginText(),
    ops.setNonStrokingRGB(0.07, 0.07, 0.07),
    ops.setFont(font.name, signatureLineLayout.size),
    ops.moveText(signatureLineLayout.leftMm * mm, y),
    ops.showText(PdfString.fromHex(hex)),
    ops.endText(),
    ops.endMarkedContent(),
  ]);
  return pdf.save({ incremental: true });
}


