/**
 * The PdfRenderer for the CLI, tests and benchmarks: a headless Chromium spoken to over its
 * DevTools pipe (chromiumProcess.ts; why not playwright-core: see cdpPipe.ts). The browser starts
 * on the first render (or earlier, with start()) and is kept warm for the next; pages are reused,
 * and `close()` ends the browser process. Sessions are pages, so the furniture prints in one page
 * while the body prints in another.
 *
 * Printed exactly as playwright-core's `page.pdf({ format: 'A4', preferCSSPageSize: true, … })`
 * did before (the same Page.printToPDF parameters), so the page size and margins come from the
 * document's CSS `@page` in both this and Electron's printToPDF.
 */
import { CoreError } from '../coreError';
import { findChromium } from './findChromium';
import { layoutOnlyScript, setTextsScript, type PdfRenderer, type PdfSession } from './pdfRenderer';
import { startChromium, type ChromiumProcess } from './chromiumProcess';

export interface ChromiumRendererOptions {
  /** Defaults to findChromium(). */
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
  /**
   * End the browser as soon as no page is open (the command line's one export): its process and
   * profile take ~30–50 ms to go (measured), which then pass while the PDF is finished in Node
   * instead of after it, and its processes stop taking the two cores from that work. A later
   * open() starts it again. close() still waits until it is gone.
   */
  endWhenIdle?: boolean;
}

/** Resolves once the document and its fonts have loaded (fonts load when text first needs them). */
const loadedScript = `new Promise((resolve) => {
  const fonts = () => document.fonts.ready.then(() => resolve(true));
  if (document.readyState === 'complete') fonts(); else addEventListener('load', fonts, { once: true });
})`;

/** The fixed part of every Page.printToPDF call: playwright-core's `page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })`. */
const printParameters = {
  paperWidth: 8.27,
  paperHeight: 11.7,
  marginTop: 0,
  marginBottom: 0,
  marginLeft: 0,
  marginRight: 0,
  scale: 1,
  landscape: false,
  displayHeaderFooter: false,
  printBackground: true,
  preferCSSPageSize: true,
};

interface Tab {
  targetId: string;
  sessionId: string;
  frameId: string;
}

interface Browser {
  chromium: ChromiumProcess;
  contextId: string;
}

const MAX_IDLE_TABS = 2;

export function createChromiumPdfRenderer(options: ChromiumRendererOptions = {}): PdfRenderer & { start(): Promise<void> } {
  let started: Promise<Browser> | null = null;
  let idle: Tab[] = [];

  /**
   * Pages made while the browser starts, for the first opens (which would otherwise wait for
   * them): an export prints in two, the document and its furniture. The second one made early
   * took ~50 ms off a cold 10-item export and ~120 ms off a 60-item one (measured): made on
   * demand, its renderer process started while the document's tagged print wanted both cores.
   */
  let spares: Array<Promise<Tab>> = [];
  const SPARES = 2;
  /** Pages open now (sessions not closed), for endWhenIdle. */
  let openSessions = 0;
  /** The browser going away (close() or endWhenIdle), so close() can wait for it. */
  let ending: Promise<void> = Promise.resolve();
  /** The browser once it is up (so endBrowser() can kill it at once, not a microtask later). */
  let current: Browser | null = null;

  function start(): Promise<Browser> {
    started ??= (async () => {
      const executablePath = options.executablePath ?? findChromium(options.env);
      let chromium: ChromiumProcess;
      try {
        chromium = await startChromium(executablePath);
      } catch (e) {
        throw new CoreError('internal', `Chromium (${executablePath}) kunne ikke starte, så der kan ikke laves PDF: ${(e as Error).message.split('\n')[0]}`);
      }
      chromium.onExit(() => {
        if (current?.chromium === chromium) current = null;
        started = null;
        spares = [];
        idle = [];
      });
      // A context of its own: no cookies, storage or cache shared with anything else.
      const { browserContextId } = await chromium.cdp.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
      const browser = { chromium, contextId: browserContextId };
      current = browser;
      spares = Array.from({ length: SPARES }, () => newTab(browser));
      for (const s of spares) s.catch(() => {}); // taken (and a failure seen) by an open()
      return browser;
    })().catch((e: unknown) => {
      started = null;
      throw e;
    });
    return started;
  }

  async function newTab({ chromium, contextId }: Browser): Promise<Tab> {
    const { cdp } = chromium;
    const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId: contextId });
    const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const tree = await cdp.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree', {}, sessionId);
    return { targetId, sessionId, frameId: tree.frameTree.frame.id };
  }

  async function takeTab(browser: Browser): Promise<Tab> {
    const reused = idle.pop();
    if (reused) return reused;
    return spares.shift() ?? newTab(browser);
  }

  /** A page is no longer wanted: with endWhenIdle the last one ends the browser. */
  function released(): boolean {
    openSessions--;
    if (!options.endWhenIdle || openSessions > 0) return false;
    void endBrowser();
    return true;
  }

  async function open(html: string): Promise<PdfSession> {
    // Counted from the start, so the browser is not ended under a page still loading.
    openSessions++;
    try {
      return await openPage(html);
    } catch (e) {
      released();
      throw e;
    }
  }

  async function openPage(html: string): Promise<PdfSession> {
    const browser = await start();
    const { cdp } = browser.chromium;
    const tab = await takeTab(browser);
    const evaluate = async (expression: string) => {
      const r = await cdp.send<{ exceptionDetails?: { text?: string } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, tab.sessionId);
      if (r.exceptionDetails) throw new Error(`siden svarede med en fejl: ${r.exceptionDetails.text ?? '?'}`);
    };
    let failed = false;
    const guard = async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        return await work();
      } catch (e) {
        failed = true;
        throw e;
      }
    };
    const closeTab = () => cdp.send('Target.closeTarget', { targetId: tab.targetId }).catch(() => {});
    try {
      // No data: URL (Chromium caps those at 2 MB, and a long meeting with its fonts is more).
      await guard(() => cdp.send('Page.setDocumentContent', { frameId: tab.frameId, html }, tab.sessionId));
      await guard(() => evaluate(loadedScript));
    } catch (e) {
      await closeTab();
      throw e;
    }
    let closed = false;
    let layoutOnly = false; // a freshly set document has not got the class
    return {
      setTexts: (texts) => guard(() => evaluate(setTextsScript(texts))),
      print: (o) =>
        guard(async () => {
          if (!!o.layoutOnly !== layoutOnly) {
            await evaluate(layoutOnlyScript(!!o.layoutOnly));
            layoutOnly = !!o.layoutOnly;
          }
          const { data } = await cdp.send<{ data: string }>(
            'Page.printToPDF',
            // A4 in inches, as playwright-core's format 'A4'; @page in the CSS decides (preferCSSPageSize).
            { ...printParameters, generateTaggedPDF: o.tagged, generateDocumentOutline: o.outline },
            tab.sessionId,
          );
          return new Uint8Array(Buffer.from(data, 'base64'));
        }),
      async close() {
        if (closed) return;
        closed = true;
        if (released()) return;
        // Back to the pool for the next export; a page that failed is not trusted again.
        if (!failed && idle.length < MAX_IDLE_TABS && started) idle.push(tab);
        else await closeTab();
      },
    };
  }

  /** Ends the browser (killed at once when it is up); resolves when it is gone, and never rejects. */
  function endBrowser(): Promise<void> {
    const s = started;
    started = null;
    spares = [];
    idle = [];
    if (!s) return ending;
    const up = current;
    current = null;
    // Up: killed now. Still starting: killed once it is up (or it never starts).
    const gone = up
      ? up.chromium.close()
      : s.then(
          (browser) => {
            if (current === browser) current = null;
            return browser.chromium.close();
          },
          () => {},
        );
    ending = Promise.all([ending, gone]).then(() => {});
    return ending;
  }

  return {
    open,
    /** Starts the browser now (a command that will print starts it while it reads the meeting). */
    async start() {
      await start();
    },
    close: endBrowser,
  };
}
