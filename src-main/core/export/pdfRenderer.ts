/**
 * The PdfRenderer: HTML in, PDF bytes out, nothing else. The app injects Electron's printToPDF
 * (src-main/electron/electronPdfRenderer.ts); the CLI, tests and benchmarks use Chromium through
 * playwright-core (chromiumPdfRenderer.ts). Both are the same engine, so the passes, the page
 * furniture and the metadata (renderMeetingPdf.ts) are done once, above this interface.
 *
 * Page size and margins come from the document's CSS `@page` (preferCSSPageSize), so both
 * implementations paginate alike.
 */
export interface PdfRenderOptions {
  /** A tagged PDF (structure tree, /Lang, /MarkInfo). Off for the furniture-only pages. */
  tagged: boolean;
  /** The document outline (bookmarks) from the headings; Chromium writes it only when tagged. */
  outline: boolean;
  /**
   * Lay out only: every element is printed `visibility: hidden` (layoutOnlyClass), which keeps
   * the layout, the page breaks and the named destinations exactly as in a full print but draws
   * no text. A pass that only asks where each heading landed costs ~0.1 s instead of ~0.4–1 s
   * for 110 pages (measured), as Chromium subsets and writes no fonts or glyphs.
   */
  layoutOnly?: boolean;
}

/**
 * A document loaded once and printed more than once: the second pass only changes the table of
 * contents' page numbers, so it sets those texts instead of loading and laying out the whole
 * document (and its fonts) again.
 */
export interface PdfSession {
  /** Replaces the text of the elements with these ids. */
  setTexts(texts: ReadonlyMap<string, string>): Promise<void>;
  print(options: PdfRenderOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface PdfRenderer {
  open(html: string): Promise<PdfSession>;
  /** Frees the engine (a browser process). Safe to call twice; a later render starts it again. */
  close(): Promise<void>;
}

/** Opens, prints once, closes. */
export async function renderPdf(renderer: PdfRenderer, html: string, options: PdfRenderOptions): Promise<Uint8Array> {
  const session = await renderer.open(html);
  try {
    return await session.print(options);
  } finally {
    await session.close();
  }
}

/** The class on `<html>` that hides every element for a layout-only print (see exportStyles). */
export const layoutOnlyClass = 'layout-only';

/** The script both implementations run before a print: the layout-only class on or off. */
export function layoutOnlyScript(on: boolean): string {
  return `document.documentElement.classList.toggle(${JSON.stringify(layoutOnlyClass)}, ${on ? 'true' : 'false'})`;
}

/** The script both implementations run in the page to set texts: ids and texts as JSON, never code. */
export function setTextsScript(texts: ReadonlyMap<string, string>): string {
  return `(() => { for (const [id, text] of ${JSON.stringify([...texts])}) { const el = document.getElementById(id); if (el) el.textContent = text; } return true; })()`;
}
