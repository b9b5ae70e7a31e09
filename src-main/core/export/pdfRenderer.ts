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
}

export interface PdfRenderer {
  render(html: string, options: PdfRenderOptions): Promise<Uint8Array>;
  /** Frees the engine (a browser process). Safe to call twice; a later render starts it again. */
  close(): Promise<void>;
}
