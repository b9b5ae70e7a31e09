/**
 * WOFF 1.0 → the plain TrueType/OpenType file inside it (the WOFF spec's own reverse mapping:
 * inflate each table, lay the tables out again behind an sfnt table directory). fontkit can read
 * WOFF, but it inflates the glyph table again for every glyph it subsets, which made embedding
 * the signature line's ~190 glyphs take ~200 ms; from the sfnt it takes a few.
 */
import { inflateSync } from 'node:zlib';

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const w = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (w.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = w.readUInt32BE(4);
  const numTables = w.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [w.subarray(at, at + 4), w.readUInt32BE(at + 4), w.readUInt32BE(at + 8), w.readUInt32BE(at + 12), w.readUInt32BE(at + 16)];
    const stored = w.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error(`WOFF table ${tag.toString('latin1')}: ${data.length} bytes, expected ${origLength}`);
    return { tag, checksum, data };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const out = Buffer.alloc(headerSize + tables.reduce((n, t) => n + pad4(t.data.length), 0));
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
