import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../src-main/core/signing/woffToSfnt';

describe('WOFF 1.0 unpacked to TrueType', () => {
  const woff = readFileSync('resources/fonts/noto-sans-latin-400-normal.woff');

  it('gives the same font: glyphs, names, and the glyph for each Danish letter', () => {
    const fromWoff = fontkit.create(woff);
    const ttf = woffToSfnt(woff);
    expect(Buffer.from(ttf).readUInt32BE(0)).toBe(0x00010000);
    const fromTtf = fontkit.create(Buffer.from(ttf));
    expect(fromTtf.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromTtf.postscriptName).toBe(fromWoff.postscriptName);
    for (const ch of 'ÆØÅæøåéüÉÜ') {
      const [a, b] = [fromWoff.glyphForCodePoint(ch.codePointAt(0)!), fromTtf.glyphForCodePoint(ch.codePointAt(0)!)];
      expect(b.id, ch).toBe(a.id);
      expect(b.id, ch).toBeGreaterThan(0);
      expect(b.advanceWidth).toBe(a.advanceWidth);
    }
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(readFileSync('resources/fonts/noto-sans-latin-400-normal.woff2'))).toThrow('not a WOFF 1.0 file');
  });
});
