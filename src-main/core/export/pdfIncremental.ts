/**
 * Chromium's PDF opened lazily and finished as an incremental update, for the export's last
 * steps (outline titles, furniture, metadata), which touch a few hundred of its ~4,000 objects.
 *
 * pdf-lib parses every object before anything can be read and writes every object again when
 * saving: for a cold 110-page export ~80 ms and ~50 ms (measured), a tenth of the command line's
 * whole export. Here the cross-reference table is read, an object is parsed (by pdf-lib's own
 * object parser, into pdf-lib's own classes, so the rest of the export code is the same) only
 * when it is looked up, and saving appends after Chromium's bytes the objects that are new or no
 * longer serialize as they were read, with a cross-reference section of their own (PDF 1.7
 * §7.5.6): readers, qpdf and the later signatures (themselves incremental updates) see one
 * document.
 *
 * Only the files Chromium (Skia) writes take this path: one classic cross-reference table, no
 * object streams, no encryption. Anything else returns null and is loaded whole (pdfLoad.ts).
 */
import { PDFContext, PDFDict, PDFDocument, PDFName, PDFObjectParser, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

interface Snapshot {
  /** The object as serialized when read (a stream: its dictionary). */
  text: string;
  /** A stream's content as read (compared by identity: the export code replaces, never edits, it). */
  contents?: Uint8Array;
}

const latin1 = new TextDecoder('latin1');

function serialized(object: PDFObject): string {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return latin1.decode(bytes);
}

function snapshotOf(object: PDFObject): Snapshot {
  return object instanceof PDFRawStream ? { text: serialized(object.dict), contents: object.contents } : { text: serialized(object) };
}

function unchanged(object: PDFObject, s: Snapshot): boolean {
  if (object instanceof PDFRawStream) return s.contents === object.contents && serialized(object.dict) === s.text;
  return s.contents === undefined && serialized(object) === s.text;
}

/** The objects of the original file, each parsed the first time it is asked for. */
class LazyObjects extends Map<PDFRef, PDFObject> {
  readonly snapshots = new Map<PDFRef, Snapshot>();
  readonly freed = new Set<PDFRef>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly offsets: Map<number, number>,
    private readonly context: PDFContext,
  ) {
    super();
  }

  override get(ref: PDFRef): PDFObject | undefined {
    const loaded = super.get(ref);
    if (loaded !== undefined || ref.generationNumber !== 0 || this.freed.has(ref)) return loaded;
    const offset = this.offsets.get(ref.objectNumber);
    if (offset === undefined) return undefined;
    const object = parseObjectAt(this.bytes, offset, ref.objectNumber, this.context);
    super.set(ref, object);
    this.snapshots.set(ref, snapshotOf(object));
    return object;
  }

  override delete(ref: PDFRef): boolean {
    if (this.offsets.has(ref.objectNumber) && ref.generationNumber === 0) this.freed.add(ref);
    return super.delete(ref);
  }
}

const ascii = (bytes: Uint8Array, from: number, to: number) => latin1.decode(bytes.subarray(Math.max(0, from), Math.min(bytes.length, to)));

/** The length of the `N 0 obj` header at `offset`, or 0 when object N does not start there. */
function headerAt(bytes: Uint8Array, offset: number, objectNumber: number): number {
  const expected = `${objectNumber} 0 obj`;
  for (let i = 0; i < expected.length; i++) if (bytes[offset + i] !== expected.charCodeAt(i)) return 0;
  return expected.length;
}

function parseObjectAt(bytes: Uint8Array, offset: number, objectNumber: number, context: PDFContext): PDFObject {
  return PDFObjectParser.forBytes(bytes.subarray(offset + headerAt(bytes, offset, objectNumber)), context).parseObject();
}

/** The byte offset of every object the file's one cross-reference table lists; null for any other kind of file. */
function readXref(bytes: Uint8Array): { offsets: Map<number, number>; trailerAt: number; xrefAt: number } | null {
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(ascii(bytes, bytes.length - 64, bytes.length));
  if (!end) return null;
  const xrefAt = Number(end[1]);
  const text = ascii(bytes, xrefAt, bytes.length);
  if (!text.startsWith('xref')) return null;
  const offsets = new Map<number, number>();
  const subsection = /\s*(\d+) (\d+)[ \t]*\r?\n/y;
  const entry = /(\d{10}) (\d{5}) ([nf])[ \r\n]{2}/y;
  let at = 4;
  for (;;) {
    subsection.lastIndex = at;
    const sub = subsection.exec(text);
    if (!sub) break;
    const first = Number(sub[1]);
    at = subsection.lastIndex;
    for (let i = 0; i < Number(sub[2]); i++, at += 20) {
      entry.lastIndex = at;
      const e = entry.exec(text);
      if (!e) return null;
      if (e[3] !== 'n') continue;
      if (e[2] !== '00000') return null;
      offsets.set(first + i, Number(e[1]));
    }
  }
  // Every object where the table says it is (checked up front, ~1 ms for 4,000): so a lookup
  // later never lands beside an object, and a file this does not fit is loaded whole instead.
  for (const [n, offset] of offsets) if (!headerAt(bytes, offset, n)) return null;
  const trailer = /\s*trailer/y;
  trailer.lastIndex = at;
  if (!trailer.exec(text)) return null;
  return { offsets, trailerAt: xrefAt + trailer.lastIndex, xrefAt };
}

interface LazyPdf {
  original: Uint8Array;
  objects: LazyObjects;
  xrefAt: number;
}

const lazyPdfs = new WeakMap<PDFDocument, LazyPdf>();

/** Chromium's PDF with its objects read as they are needed; null when the file is not one this can do (load it whole). */
export function loadPdfLazily(bytes: Uint8Array): PDFDocument | null {
  const xref = readXref(bytes);
  if (!xref) return null;
  const context = PDFContext.create();
  const trailer = PDFObjectParser.forBytes(bytes.subarray(xref.trailerAt), context).parseObject();
  if (!(trailer instanceof PDFDict)) return null;
  const root = trailer.get(PDFName.of('Root'));
  const size = trailer.get(PDFName.of('Size'));
  // An earlier update, an encrypted file or a hybrid one with an xref stream: the whole load.
  if (!(root instanceof PDFRef) || trailer.has(PDFName.of('Prev')) || trailer.has(PDFName.of('Encrypt')) || trailer.has(PDFName.of('XRefStm'))) return null;
  const objects = new LazyObjects(bytes, xref.offsets, context);
  (context as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects = objects;
  let largest = Number(size?.toString() ?? 0) - 1;
  for (const n of xref.offsets.keys()) if (n > largest) largest = n;
  context.largestObjectNumber = largest;
  context.trailerInfo = { Root: root, Info: trailer.get(PDFName.of('Info')), ID: trailer.get(PDFName.of('ID')), Encrypt: undefined };
  try {
    // The constructor is private in pdf-lib's types; it is what PDFDocument.load calls after parsing.
    const doc = new (PDFDocument as unknown as new (context: PDFContext, ignoreEncryption: boolean, updateMetadata: boolean) => PDFDocument)(context, false, false);
    doc.getPageCount(); // the page tree is readable
    lazyPdfs.set(doc, { original: bytes, objects, xrefAt: xref.xrefAt });
    return doc;
  } catch {
    return null;
  }
}

/** Whether loadPdfLazily() made this document (and saveIncrementally() can save it). */
export const isLazy = (doc: PDFDocument) => lazyPdfs.has(doc);

/** The original bytes, then the new and changed objects, their cross-reference section and a trailer pointing back. */
export function saveIncrementally(doc: PDFDocument): Uint8Array {
  const lazy = lazyPdfs.get(doc);
  if (!lazy) throw new Error('saveIncrementally: the document was not loaded lazily');
  const { objects, original } = lazy;
  const changed = doc.context
    .enumerateIndirectObjects()
    .filter(([ref, object]) => {
      const s = objects.snapshots.get(ref);
      return !s || !unchanged(object, s);
    })
    .sort(([a], [b]) => a.objectNumber - b.objectNumber);

  const parts: Uint8Array[] = [original];
  const encoder = new TextEncoder();
  let at = original.length;
  const push = (b: Uint8Array) => {
    parts.push(b);
    at += b.length;
  };
  if (original[original.length - 1] !== 0x0a) push(encoder.encode('\n'));
  const entries = new Map<number, string>();
  for (const [ref, object] of changed) {
    entries.set(ref.objectNumber, `${String(at).padStart(10, '0')} 00000 n\r\n`);
    const body = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(body, 0);
    push(encoder.encode(`${ref.objectNumber} 0 obj\n`));
    push(body);
    push(encoder.encode('\nendobj\n'));
  }
  // An object of the original the export removed is free from this update on.
  for (const ref of objects.freed) if (!entries.has(ref.objectNumber)) entries.set(ref.objectNumber, '0000000000 00001 f\r\n');

  // Nothing changed: the file as Chromium wrote it (an update without entries is no update).
  if (entries.size === 0) return original;
  const numbers = [...entries.keys()].sort((a, b) => a - b);
  let xref = 'xref\n';
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    xref += `${numbers[i]} ${j - i + 1}\n`;
    for (let k = i; k <= j; k++) xref += entries.get(numbers[k]!);
    i = j + 1;
  }
  const info = doc.context.trailerInfo;
  const trailer = doc.context.obj({ Size: doc.context.largestObjectNumber + 1, Root: info.Root, Prev: lazy.xrefAt });
  if (info.Info) trailer.set(PDFName.of('Info'), info.Info);
  if (info.ID) trailer.set(PDFName.of('ID'), info.ID);
  const xrefAt = at;
  push(encoder.encode(`${xref}trailer\n${trailer.toString()}\nstartxref\n${xrefAt}\n%%EOF\n`));
  return Buffer.concat(parts, at);
}
