/**
 * The project's own PDF/UA check (issue 10), on the bytes of a real PDF:
 *  - every text-showing operator of every page, form XObjects inlined (pdfjs-dist's operator
 *    list), lies inside marked content with an MCID or inside an /Artifact;
 *  - the catalog: /Lang da, /MarkInfo /Marked true, /ViewerPreferences /DisplayDocTitle true;
 *  - the XMP packet: dc:title, dc:language da, dc:creator, dc:description, xmp:CreateDate and
 *    ModifyDate, pdf:Producer "Referent …", and pdfuaid:part 1 when the file should claim it;
 *  - the structure tree: one H1 first, no heading level skipped, every Figure with /Alt;
 *  - every font embedded (also those of form XObjects);
 *  - the outline: at least the expected number of bookmarks, and the expected titles among them.
 * Returns the failures as sentences; an empty list is a pass.
 */
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfUaExpectations {
  minBookmarks: number;
  /** Bookmark titles that must be there (the items' headings). */
  bookmarkTitles?: string[];
  claimsPdfUa?: boolean;
  title?: string;
}

const textOps = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
const tagName = (arg: unknown): string => (typeof arg === 'string' ? arg : ((arg as { name?: string } | null)?.name ?? ''));

/** Text operators outside any MCID or artifact, per page (1-based), only pages that have any. */
export async function looseTextByPage(bytes: Uint8Array): Promise<Array<[number, number]>> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  const out: Array<[number, number]> = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const { fnArray, argsArray } = await (await doc.getPage(p)).getOperatorList();
      const stack: boolean[] = [];
      let loose = 0;
      fnArray.forEach((fn, i) => {
        const args = argsArray[i] as unknown[] | null;
        if (fn === OPS.beginMarkedContentProps) stack.push(tagName(args?.[0]) === 'Artifact' || typeof args?.[1] === 'number');
        else if (fn === OPS.beginMarkedContent) stack.push(tagName(args?.[0]) === 'Artifact');
        else if (fn === OPS.endMarkedContent) stack.pop();
        else if (textOps.has(fn) && !stack.some(Boolean)) loose++;
      });
      if (loose) out.push([p, loose]);
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

function xmpOf(doc: PDFDocument): string | null {
  const s = doc.catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream);
  if (!s) return null;
  const bytes = s instanceof PDFRawStream ? decodePDFRawStream(s).decode() : s.getContents();
  return new TextDecoder().decode(bytes);
}

function structure(doc: PDFDocument): { headings: number[]; figuresWithoutAlt: number } {
  const headings: number[] = [];
  let figuresWithoutAlt = 0;
  const seen = new Set<PDFDict>();
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const roles = root?.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
  const walk = (node: unknown) => {
    const d = node instanceof PDFRef ? doc.context.lookup(node) : node;
    if (d instanceof PDFArray) return d.asArray().forEach(walk);
    if (!(d instanceof PDFDict) || seen.has(d)) return;
    seen.add(d);
    const s = d.get(PDFName.of('S'));
    if (s instanceof PDFName) {
      const mapped = roles?.get(s);
      const std = (mapped instanceof PDFName ? mapped : s).decodeText();
      const h = /^H([1-6])$/.exec(std);
      if (h) headings.push(Number(h[1]));
      if (std === 'Figure' && !d.get(PDFName.of('Alt'))) figuresWithoutAlt++;
    }
    walk(d.get(PDFName.of('K')));
  };
  if (root) walk(root.get(PDFName.of('K')));
  return { headings, figuresWithoutAlt };
}

function unembeddedFonts(doc: PDFDocument): string[] {
  const bad = new Set<string>();
  const seen = new Set<PDFDict>();
  const visitResources = (res: PDFDict | undefined, depth: number) => {
    if (!res || seen.has(res) || depth > 8) return;
    seen.add(res);
    const fonts = res.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const targets = descendants ? descendants.asArray().map((x) => doc.context.lookup(x, PDFDict)) : [font];
      for (const t of targets) {
        if (t.get(PDFName.of('Subtype')) === PDFName.of('Type3')) continue;
        const fd = t.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
        if (!fd || !['FontFile', 'FontFile2', 'FontFile3'].some((k) => fd.has(PDFName.of(k)))) bad.add(String(font.get(PDFName.of('BaseFont'))));
      }
    }
    const xobjects = res.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const x = doc.context.lookup(ref);
      if (x instanceof PDFStream) visitResources(x.dict.lookupMaybe(PDFName.of('Resources'), PDFDict), depth + 1);
    }
  };
  for (const page of doc.getPages()) visitResources(page.node.Resources(), 0);
  return [...bad];
}

async function bookmarkTitles(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const titles: string[] = [];
    const walk = (items: Array<{ title: string; items: unknown[] }>) =>
      items.forEach((i) => {
        titles.push(i.title);
        walk(i.items as typeof items);
      });
    walk(((await doc.getOutline()) ?? []) as Array<{ title: string; items: unknown[] }>);
    return titles;
  } finally {
    await doc.destroy();
  }
}

export async function checkPdfUa(bytes: Uint8Array, expect: PdfUaExpectations): Promise<string[]> {
  const fails: string[] = [];
  const loose = await looseTextByPage(bytes);
  if (loose.length) fails.push(`text outside tagged content or artifacts on pages (page, count): ${JSON.stringify(loose.slice(0, 5))}`);

  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const cat = doc.catalog;
  const lang = cat.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText() ?? '';
  if (!lang.toLowerCase().startsWith('da')) fails.push(`/Lang is '${lang}', not da`);
  if (cat.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked')) !== PDFBool.True) fails.push('/MarkInfo /Marked is not true');
  if (cat.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)?.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True) fails.push('/DisplayDocTitle is not true');
  if (expect.title !== undefined && doc.getTitle() !== expect.title) fails.push(`Info /Title is '${doc.getTitle()}'`);

  const xmp = xmpOf(doc);
  if (!xmp) fails.push('no XMP metadata stream');
  else {
    const has = (re: RegExp, what: string) => re.test(xmp) || fails.push(`XMP has no ${what}`);
    has(/<dc:title>\s*<rdf:Alt>\s*<rdf:li[^>]*>[^<]+</, 'dc:title');
    has(/<dc:language>[\s\S]*?<rdf:li>da<\/rdf:li>/, 'dc:language da');
    has(/<dc:creator>[\s\S]*?<rdf:li>[^<]+</, 'dc:creator');
    has(/<dc:description>[\s\S]*?<rdf:li[^>]*>[^<]+</, 'dc:description');
    has(/<xmp:CreateDate>\d{4}-\d\d-\d\dT/, 'xmp:CreateDate');
    has(/<xmp:ModifyDate>\d{4}-\d\d-\d\dT/, 'xmp:ModifyDate');
    has(/<pdf:Producer>Referent [^<]+<\/pdf:Producer>/, 'pdf:Producer "Referent …"');
    const claims = /<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp);
    if (expect.claimsPdfUa !== undefined && claims !== expect.claimsPdfUa) fails.push(`pdfuaid:part claimed: ${claims}, expected ${expect.claimsPdfUa}`);
  }

  const { headings, figuresWithoutAlt } = structure(doc);
  if (headings[0] !== 1) fails.push(`the first heading is H${headings[0]}, not H1`);
  if (headings.filter((h) => h === 1).length !== 1) fails.push(`${headings.filter((h) => h === 1).length} H1 headings, expected one`);
  const skips = headings.flatMap((h, i) => (i > 0 && h > headings[i - 1]! + 1 ? [`H${headings[i - 1]}→H${h}`] : []));
  if (skips.length) fails.push(`heading levels skip: ${skips.slice(0, 3).join(', ')}`);
  if (figuresWithoutAlt) fails.push(`${figuresWithoutAlt} Figure(s) without /Alt`);

  const unembedded = unembeddedFonts(doc);
  if (unembedded.length) fails.push(`fonts not embedded: ${unembedded.join(', ')}`);

  const titles = await bookmarkTitles(bytes);
  if (titles.length < expect.minBookmarks) fails.push(`${titles.length} bookmarks, expected at least ${expect.minBookmarks}`);
  const missing = (expect.bookmarkTitles ?? []).filter((t) => !titles.includes(t));
  if (missing.length) fails.push(`no bookmark for: ${missing.slice(0, 3).join(' | ')}`);
  return fails;
}
