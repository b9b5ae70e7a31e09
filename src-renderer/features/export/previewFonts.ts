import { bytesFromBase64, fontFacesIn } from './previewDocument';

/** Fonts already handed to the document, by family/style/weight/range, so a second preview adds none. */
const added = new Set<string>();

/**
 * Gives the export's own fonts (Noto Sans) to the document, so the preview looks like the PDF.
 * FontFace objects from bytes (see previewDocument.ts for why not a data: URL). Fonts added to
 * document.fonts are used inside shadow roots too; the app's own text does not name Noto Sans
 * first, so it is unaffected. If anything fails, the preview falls back to the system's fonts.
 */
export async function addPreviewFonts(html: string): Promise<void> {
  if (typeof FontFace === 'undefined') return;
  const loads: Promise<unknown>[] = [];
  for (const f of fontFacesIn(html)) {
    const key = `${f.family}|${f.style}|${f.weight}|${f.unicodeRange ?? ''}`;
    if (added.has(key)) continue;
    added.add(key);
    try {
      const face = new FontFace(f.family, bytesFromBase64(f.base64), { style: f.style, weight: f.weight, ...(f.unicodeRange ? { unicodeRange: f.unicodeRange } : {}) });
      document.fonts.add(face);
      loads.push(face.loaded.catch(() => undefined));
    } catch {
      // A font the browser cannot read: the system's sans-serif is used instead.
    }
  }
  await Promise.all(loads);
}
