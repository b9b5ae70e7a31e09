/**
 * Reading a signature's dictionary straight from the file's bytes, without a PDF parser: verify
 * must work on any PDF, also on one damaged on purpose, and a signature is found by its
 * `/ByteRange`, which only signature dictionaries carry.
 */

export interface FoundSignature {
  range: [number, number, number, number];
  /** The dictionary's object number, to find the field that points at it. */
  objectNumber: number | null;
  /** The text of the dictionary's object (latin1), for /Reason, /Location, /M, /SubFilter. */
  dictText: string;
}

const byteRangeRe = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

export function findSignatures(text: string): FoundSignature[] {
  const seen = new Set<string>();
  const out: FoundSignature[] = [];
  for (const m of text.matchAll(byteRangeRe)) {
    const range = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
    const key = range.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const at = m.index;
    const objStart = text.lastIndexOf(' obj', at);
    const header = objStart >= 0 ? /(\d+)\s+\d+\s*$/.exec(text.slice(Math.max(0, objStart - 24), objStart)) : null;
    // The dictionary's own text: the signature value (the hole in the range) is skipped.
    const holeStart = range[0] + range[1];
    const holeEnd = range[2];
    const before = text.slice(objStart >= 0 ? objStart : Math.max(0, at - 4000), Math.min(holeStart, text.length));
    const endObj = text.indexOf('endobj', holeEnd);
    const after = text.slice(holeEnd, endObj >= 0 ? endObj : holeEnd + 4000);
    out.push({ range, objectNumber: header ? Number(header[1]) : null, dictText: before + after });
  }
  return out.sort((a, b) => a.range[2] + a.range[3] - (b.range[2] + b.range[3]));
}

/** A PDF string value of `key` in `dict` (literal or hex; UTF-16BE with BOM, else PDFDocEncoding ≈ latin1). */
export function pdfStringValue(dict: string, key: string): string | null {
  const re = new RegExp(`/${key}\\s*(\\(|<(?!<))`);
  const m = re.exec(dict);
  if (!m) return null;
  let i = m.index + m[0].length;
  let bytes: number[] = [];
  if (m[1] === '<') {
    const end = dict.indexOf('>', i);
    const hex = dict.slice(i, end).replace(/\s+/g, '');
    for (let k = 0; k + 1 < hex.length; k += 2) bytes.push(parseInt(hex.slice(k, k + 2), 16));
  } else {
    let depth = 1;
    for (; i < dict.length && depth > 0; i++) {
      const c = dict[i]!;
      if (c === '\\') {
        const n = dict[++i]!;
        const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
        if (n in esc) bytes.push(esc[n]!);
        else if (/[0-7]/.test(n)) {
          const oct = /^[0-7]{1,3}/.exec(dict.slice(i, i + 3))![0];
          bytes.push(parseInt(oct, 8) & 0xff);
          i += oct.length - 1;
        } else if (n === '\r' || n === '\n') {
          if (n === '\r' && dict[i + 1] === '\n') i++;
        } else bytes.push(n.charCodeAt(0));
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && --depth === 0) break;
      bytes.push(c.charCodeAt(0) & 0xff);
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    bytes = bytes.slice(2);
    let s = '';
    for (let k = 0; k + 1 < bytes.length; k += 2) s += String.fromCharCode((bytes[k]! << 8) | bytes[k + 1]!);
    return s;
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Buffer.from(bytes.slice(3)).toString('utf8');
  return Buffer.from(bytes).toString('latin1');
}

export function pdfNameValue(dict: string, key: string): string | null {
  return new RegExp(`/${key}\\s*/([^\\s/<>\\[\\]()]+)`).exec(dict)?.[1] ?? null;
}

/** The /T of the field whose /V is the signature dictionary `objectNumber`. */
export function fieldNameFor(text: string, objectNumber: number | null): string | null {
  if (objectNumber === null) return null;
  const re = new RegExp(`/V\\s+${objectNumber}\\s+0\\s+R(?!\\d)`, 'g');
  for (const m of text.matchAll(re)) {
    const start = text.lastIndexOf(' obj', m.index);
    const end = text.indexOf('endobj', m.index);
    if (start < 0 || end < 0) continue;
    const name = pdfStringValue(text.slice(start, end), 'T');
    if (name !== null) return name;
  }
  return null;
}
