/**
 * The app's PdfRenderer: Electron's own printToPDF in hidden, sandboxed windows, with tagging
 * and the document outline on (the same engine as the CLI's Chromium (chromiumPdfRenderer.ts), so the
 * export pipeline above it is shared; see src-main/core/export/renderMeetingPdf.ts).
 *
 * The HTML goes through a temporary file rather than a data: URL, which Chromium caps at 2 MB
 * (a long meeting with its embedded fonts can exceed that). Two windows at most: the body's
 * session and the furniture print at the same time; a third caller waits for one to be free.
 */
import { app, BrowserWindow } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { layoutOnlyScript, setTextsScript, type PdfRenderer, type PdfSession } from '../core/export/pdfRenderer';

const MAX_WINDOWS = 2;

function hiddenWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      // The document has no script (its CSP forbids any); JavaScript stays on only so the main
      // process can wait for the fonts and set the page numbers. No preload, no Node.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Nobody clicks in a hidden window; no link in it may ever open another one.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export function createElectronPdfRenderer(): PdfRenderer {
  const idle: BrowserWindow[] = [];
  const all = new Set<BrowserWindow>();
  const waiting: Array<(w: BrowserWindow) => void> = [];

  async function acquire(): Promise<BrowserWindow> {
    const w = idle.pop();
    if (w && !w.isDestroyed()) return w;
    if (all.size < MAX_WINDOWS) {
      const created = hiddenWindow();
      all.add(created);
      created.on('closed', () => all.delete(created));
      return created;
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(w: BrowserWindow): void {
    if (w.isDestroyed()) return;
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  }

  async function open(html: string): Promise<PdfSession> {
    const w = await acquire();
    const dir = await mkdtemp(join(app.getPath('temp'), 'referent-pdf-'));
    try {
      const file = join(dir, 'dokument.html');
      await writeFile(file, html, 'utf8');
      await w.loadFile(file);
      await w.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    } catch (e) {
      release(w);
      throw e;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    let closed = false;
    let layoutOnly = false; // a freshly loaded document has not got the class
    return {
      async setTexts(texts) {
        await w.webContents.executeJavaScript(setTextsScript(texts));
      },
      async print(o) {
        if (!!o.layoutOnly !== layoutOnly) {
          await w.webContents.executeJavaScript(layoutOnlyScript(!!o.layoutOnly));
          layoutOnly = !!o.layoutOnly;
        }
        const data = await w.webContents.printToPDF({
          printBackground: true,
          preferCSSPageSize: true,
          pageSize: 'A4',
          generateTaggedPDF: o.tagged,
          generateDocumentOutline: o.outline,
        });
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      },
      async close() {
        if (closed) return;
        closed = true;
        release(w);
      },
    };
  }

  return {
    open,
    async close() {
      for (const w of all) if (!w.isDestroyed()) w.destroy();
      all.clear();
      idle.length = 0;
    },
  };
}
