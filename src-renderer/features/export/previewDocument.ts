/**
 * Turns what `export.html` answers into something the app's page may show. Pure, tested in
 * tests/renderer/previewDocument.test.ts.
 *
 * The app's CSP (style-src 'self', font-src 'self') refuses the full document's inline <style>
 * and its data: fonts, and a srcdoc iframe would inherit the same policy. So the preview puts the
 * escaped `body` into a shadow root and the style sheet into a constructed CSSStyleSheet (which
 * the CSP does not govern: it is not an inline <style>, and nothing is fetched). The fonts are
 * taken out of the @font-face rules and given to the document as FontFace objects made from
 * bytes: that is not a fetch either, so font-src is not involved (measured in Chromium 156: a
 * FontFace from an ArrayBuffer loads, the same font as a data: URL is refused).
 */

/** The print style sheet made to work in a shadow root: `html` rules apply to our page wrapper. */
export function previewCss(css: string): string {
  // The export's sheet styles `html` (font, size, colour) and `body`; a shadow root has neither,
  // so those rules go to the .sheet element that wraps the body. Only top-level selectors that
  // are exactly `html` or `body` are renamed (the sheet is our own, written in this form).
  const adapted = css.replace(/(^|[}\n])\s*(html|body)\s*\{/g, (_m, before: string) => `${before}\n.sheet {`);
  return `${adapted}\n${sheetLook}`;
}

/** A sheet of paper on the screen: white in light and dark mode alike, as the PDF will be. */
const sheetLook = `
:host { display: block; }
.sheet { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: 14mm 16mm; background: #fff; color: #111; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35); }
.sheet a:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
section.signatures { margin-top: 10mm; border-top: 1px dashed #999; padding-top: 6mm; }
`;

export interface FontFaceSource {
  family: string;
  style: string;
  weight: string;
  unicodeRange: string | undefined;
  /** The font file's bytes, base64. */
  base64: string;
}

/** The @font-face rules with data: URLs in the export's full HTML (fonts.ts writes them). */
export function fontFacesIn(html: string): FontFaceSource[] {
  const faces: FontFaceSource[] = [];
  for (const m of html.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const rule = m[1] ?? '';
    const family = /font-family\s*:\s*['"]?([^;'"]+)['"]?\s*;/.exec(rule)?.[1];
    const base64 = /url\(\s*['"]?data:font\/[\w+.-]+;base64,([A-Za-z0-9+/=]+)['"]?\s*\)/.exec(rule)?.[1];
    if (!family || !base64) continue;
    faces.push({
      family: family.trim(),
      style: /font-style\s*:\s*([^;]+)/.exec(rule)?.[1]?.trim() ?? 'normal',
      weight: /font-weight\s*:\s*([^;]+)/.exec(rule)?.[1]?.trim() ?? '400',
      unicodeRange: /unicode-range\s*:\s*([^;]+)/.exec(rule)?.[1]?.trim(),
      base64,
    });
  }
  return faces;
}

/** base64 to bytes, without Node's Buffer (the renderer runs in a plain page). */
export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
