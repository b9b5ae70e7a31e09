/**
 * The PdfRenderer for the CLI, tests and benchmarks: Chromium through playwright-core. The
 * browser is started on the first render and kept warm for the next (the cold start costs more
 * than a whole 100-page export), pages are reused, and `close()` ends the browser process.
 * Sessions are pages, so the furniture prints in one page while the body prints in another.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { setTextsScript, type PdfRenderer, type PdfSession } from './pdfRenderer';
import { findChromium } from './findChromium';
import { CoreError } from '../coreError';

export interface ChromiumRendererOptions {
  /** Defaults to findChromium(). */
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
}

// playwright-core is loaded on the first PDF, by a name esbuild does not follow: the app never
// needs it (it prints with Electron), the CLI's other commands start faster, and bundles of the
// core made for tests (tests/unit/core/crash.test.ts) neither carry nor break on it.
const playwrightModule = 'playwright-core';
async function loadChromium(): Promise<(typeof import('playwright-core'))['chromium']> {
  return ((await import(playwrightModule)) as typeof import('playwright-core')).chromium;
}

// Chromium's setuid sandbox cannot start as root (containers, CI); everywhere else it stays on.
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const args = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function createChromiumPdfRenderer(options: ChromiumRendererOptions = {}): PdfRenderer {
  let started: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  const idle: Page[] = [];

  function start() {
    started ??= (async () => {
      const executablePath = options.executablePath ?? findChromium(options.env);
      let browser: Browser;
      try {
        browser = await (await loadChromium()).launch({ executablePath, args, headless: true });
      } catch (e) {
        throw new CoreError('internal', `Chromium (${executablePath}) kunne ikke starte, så der kan ikke laves PDF: ${(e as Error).message.split('\n')[0]}`);
      }
      browser.on('disconnected', () => {
        started = null;
        idle.length = 0;
      });
      // Offline: the document carries its fonts as data: URLs and must never reach the network.
      const context = await browser.newContext({ offline: true });
      return { browser, context };
    })().catch((e: unknown) => {
      started = null;
      throw e;
    });
    return started;
  }

  async function open(html: string): Promise<PdfSession> {
    const { context } = await start();
    const page = idle.pop() ?? (await context.newPage());
    let healthy = false;
    try {
      await page.setContent(html, { waitUntil: 'load' });
      // Fonts load when text first needs them; printing before that would embed a fallback face.
      await page.evaluate('document.fonts.ready.then(() => true)');
      healthy = true;
    } finally {
      if (!healthy) await page.close().catch(() => {});
    }
    let closed = false;
    let failed = false;
    const guard = async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        return await work();
      } catch (e) {
        failed = true;
        throw e;
      }
    };
    return {
      setTexts: (texts) => guard(async () => void (await page.evaluate(setTextsScript(texts)))),
      print: (o) =>
        guard(async () => {
          const pdf = await page.pdf({ tagged: o.tagged, outline: o.outline, printBackground: true, preferCSSPageSize: true, format: 'A4' });
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        }),
      async close() {
        if (closed) return;
        closed = true;
        // Back to the pool for the next export; a page that failed is not trusted again.
        if (!failed && !page.isClosed() && idle.length < 2) idle.push(page);
        else await page.close().catch(() => {});
      },
    };
  }

  return {
    open,
    async close() {
      const s = started;
      started = null;
      idle.length = 0;
      if (!s) return;
      try {
        await (await s).browser.close();
      } catch {
        // It never started, or is gone already.
      }
    },
  };
}
