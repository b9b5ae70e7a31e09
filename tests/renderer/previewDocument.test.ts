import { describe, expect, it } from 'vitest';
import { bytesFromBase64, fontFacesIn, previewCss } from '../../src-renderer/features/export/previewDocument';
import { exportStyles } from '../../src-main/core/export/exportStyles';

describe('the export preview in a shadow root', () => {
  it('moves the sheet’s html and body rules to the .sheet wrapper and leaves the rest alone', () => {
    const css = previewCss(exportStyles);
    expect(css).not.toMatch(/(^|[}\n])\s*(html|body)\s*\{/);
    expect(css).toMatch(/\.sheet \{ font-family: 'Noto Sans', sans-serif;/);
    expect(css).toContain('h1 .forum, h1 .kind { display: block; }');
    expect(css).toContain('ol.toc-list a {');
    expect(css).toContain(':host { display: block; }');
  });

  it('finds the @font-face fonts with their descriptors, and skips rules without a data: font', () => {
    const html =
      "<style>@font-face{font-family:'Noto Sans';font-style:italic;font-weight:700;src:url(data:font/woff2;base64,d09GMgAB) format('woff2');unicode-range:U+0000-00FF,U+0131;}" +
      "@font-face{font-family:'Other';src:url(other.woff2);}</style><body></body>";
    expect(fontFacesIn(html)).toEqual([{ family: 'Noto Sans', style: 'italic', weight: '700', unicodeRange: 'U+0000-00FF,U+0131', base64: 'd09GMgAB' }]);
  });

  it('decodes base64 to the same bytes', () => {
    expect([...bytesFromBase64('d09GMgAB')]).toEqual([0x77, 0x4f, 0x46, 0x32, 0x00, 0x01]);
  });
});
