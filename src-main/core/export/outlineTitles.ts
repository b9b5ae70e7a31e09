/**
 * The outline (bookmarks) after Chromium: titles repaired, entries added for appended attachments.
 *
 * Chromium builds each bookmark's title from the heading's rendered lines and drops the space
 * where a heading wraps ("… i forhold tilsocialt udsatte") or between block-level parts. Every
 * heading's text is known from the export model, so a title that equals one of them apart from
 * whitespace is given that text back.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { RichDoc } from '../../shared/richText/proseMirror';
import type { ExportDoc, ExportItem } from './modelTypes';

const key = (s: string) => s.replace(/\s+/g, '');

function richHeadings(doc: RichDoc | null | undefined, out: string[]): void {
  for (const b of doc?.content ?? []) {
    if (b.type === 'heading') out.push((b.content ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join(''));
  }
}

/** Whitespace-free text → the heading as written, for every heading the document has. */
export function headingTexts(doc: ExportDoc): Map<string, string> {
  const texts = ['Indholdsfortegnelse', 'Næste møde', 'Bilagsoversigt', 'Underskriftsside'];
  richHeadings(doc.preamble, texts);
  const walk = (item: ExportItem) => {
    texts.push(item.heading);
    for (const s of item.sections) {
      if (s.label) texts.push(s.label);
      for (const p of s.parts) if (p.type === 'rich' || p.type === 'speaker') richHeadings(p.doc, texts);
    }
    item.subItems.forEach(walk);
  };
  doc.items.forEach(walk);
  const map = new Map(texts.map((t) => [key(t), t]));
  // The H1 shows the kind in capitals (CSS); its bookmark reads better as "Forum – Referat".
  map.set(key(`${doc.forumName}${doc.kindLabel.toUpperCase()}`), `${doc.forumName} – ${doc.kindLabel}`);
  return map;
}

export function fixOutlineTitles(pdf: PDFDocument, texts: Map<string, string>): void {
  const T = { First: PDFName.of('First'), Next: PDFName.of('Next'), Title: PDFName.of('Title'), Outlines: PDFName.of('Outlines') };
  const seen = new Set<PDFDict>();
  const visit = (node: PDFDict | undefined) => {
    for (let item = node?.lookupMaybe(T.First, PDFDict); item && !seen.has(item); item = item.lookupMaybe(T.Next, PDFDict)) {
      seen.add(item);
      const title = item.lookupMaybe(T.Title, PDFString, PDFHexString)?.decodeText();
      const fixed = title === undefined ? undefined : texts.get(key(title));
      if (fixed !== undefined && fixed !== title) item.set(T.Title, PDFHexString.fromText(fixed));
      visit(item);
    }
  };
  visit(pdf.catalog.lookupMaybe(T.Outlines, PDFDict));
}

/** A top-level bookmark at the end of the outline, opening `page` at its top. */
export function addBookmark(pdf: PDFDocument, title: string, page: PDFRef): void {
  const ctx = pdf.context;
  let outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) {
    outlines = ctx.obj({ Type: 'Outlines', Count: 0 });
    pdf.catalog.set(PDFName.of('Outlines'), ctx.register(outlines));
  }
  const outlinesRef = pdf.catalog.get(PDFName.of('Outlines')) as PDFRef;
  const dest = ctx.obj([page, PDFName.of('XYZ'), null, null, null]) as PDFArray;
  const item = ctx.obj({ Title: PDFHexString.fromText(title), Parent: outlinesRef, Dest: dest });
  const ref = ctx.register(item);
  const last = outlines.get(PDFName.of('Last'));
  if (last) {
    item.set(PDFName.of('Prev'), last);
    ctx.lookup(last, PDFDict).set(PDFName.of('Next'), ref);
  } else {
    outlines.set(PDFName.of('First'), ref);
  }
  outlines.set(PDFName.of('Last'), ref);
  const count = outlines.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber() ?? 0;
  outlines.set(PDFName.of('Count'), PDFNumber.of(Math.abs(count) + 1));
}
