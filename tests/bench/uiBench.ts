/**
 * Issue 4's editor benchmarks, Chromium as the renderer, production build, each next to its
 * floor in the same run: typing latency (keydown → next paint), keystroke → committed in SQLite,
 * start-up to a typeable caret, and memory. Figures are printed and written as JSON.
 */
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createCore, type Core } from '../../src-main/core/createCore';
import { startHost, type Host } from '../../src-main/host/server';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { generateMeeting } from '../support/generateMeeting';
import { makeTempDir } from '../support/tempDir';
import { probeScript, type LongTask, type Sample } from './uiProbe';
import { saveDelayMs } from '../../src-renderer/features/meeting/saveQueue';
import { meetingHtml } from '../../src-main/core/export/meetingHtml';
import { median, report, summarise, type Summary } from './stats';

const keys = Number(process.env.BENCH_KEYS ?? 1000);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const pacingMs = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Setup {
  core: Core;
  host: Host;
  meetingId: string;
  dispose(): Promise<void>;
}

async function setup(items: number): Promise<Setup> {
  const dir = makeTempDir('referent-uibench-');
  const core = createCore({ dataDir: dir.path, backups: false });
  const { id } = core.services.meetings.importFile({ fileName: 'bench.json', text: JSON.stringify(generateMeeting({ items })) });
  const host = await startHost({ core, rendererDir: join(process.cwd(), 'out', 'renderer') });
  return { core, host, meetingId: id, dispose: async () => (await host.close(), core.close(), dir.remove()) };
}

async function openMeeting(browser: Browser, s: Setup): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(probeScript);
  await page.goto(s.host.url);
  await page.goto(`${s.host.origin}/#/meeting/${s.meetingId}`);
  // The whole meeting rendered (the last section is there) and settled before typing starts.
  await page.waitForSelector('#next-date');
  await sleep(1000);
  return page;
}

/** Puts the caret in the middle of item 30's minutes; returns the page's clock at that moment. */
async function caretMidText(page: Page): Promise<number> {
  await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('#notes-i30')!;
    host.scrollIntoView({ block: 'center' });
    host.focus();
  });
  await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
  await page.evaluate(() => {
    const el = document.activeElement!;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    const mid = texts[Math.floor(texts.length / 2)]!;
    const r = document.createRange();
    r.setStart(mid, Math.floor(mid.length / 2));
    r.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  return page.evaluate(() => performance.now());
}

/** 1,000 keystrokes at 100 ms pacing, Enter every 50th, a list toggle every 100th. */
async function typeKeys(page: Page, n: number, listToggles: boolean): Promise<void> {
  const letters = 'referatet skrives mens der tales ';
  for (let i = 0; i < n; i++) {
    const t0 = Date.now();
    if (i % 50 === 49) await page.keyboard.press('Enter');
    else if (listToggles && i % 100 === 98) await page.keyboard.press('Control+Shift+8');
    else await page.keyboard.press(letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length]!);
    await sleep(Math.max(0, pacingMs - (Date.now() - t0)));
  }
  await sleep(300);
}

async function samples(page: Page): Promise<{ all: Sample[]; long: LongTask[] }> {
  return page.evaluate(() => ({ all: (window as never as { __lat: Sample[] }).__lat, long: (window as never as { __long: LongTask[] }).__long }));
}

/** Tasks over 50 ms that started after `from` (typing), and those before it (the page loading). */
function longTasksAround(long: LongTask[], from: number): { typing: number; loading: number; longestLoading: number } {
  const over = long.filter((t) => t.ms > 50);
  const loading = over.filter((t) => t.at < from);
  return { typing: over.length - loading.length, loading: loading.length, longestLoading: Math.round(Math.max(0, ...loading.map((t) => t.ms))) };
}

function medianOf(summaries: Summary[]): Summary {
  const pick = (k: keyof Summary) => +median(summaries.map((s) => s[k])).toFixed(2);
  return { n: pick('n'), p50: pick('p50'), p95: pick('p95'), p99: pick('p99'), max: pick('max'), mean: pick('mean') };
}

async function typingBench(browser: Browser): Promise<void> {
  const s = await setup(60);
  const editor: Summary[] = [];
  const special: Summary[] = [];
  const floor: Summary[] = [];
  const longTasks: ReturnType<typeof longTasksAround>[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const page = await openMeeting(browser, s);
      const typingFrom = await caretMidText(page);
      await typeKeys(page, keys, true);
      const { all, long } = await samples(page);
      editor.push(summarise(all.map((x) => x.ms)));
      special.push(summarise(all.filter((x) => x.key === 'Enter' || x.ctrl).map((x) => x.ms)));
      longTasks.push(longTasksAround(long, typingFrom));
      await page.close();

      const lone = await browser.newPage();
      await lone.addInitScript(probeScript);
      await lone.goto('data:text/html,<textarea id="t" style="width:40em;height:20em"></textarea>');
      await lone.focus('#t');
      await typeKeys(lone, keys, false);
      floor.push(summarise((await samples(lone)).all.map((x) => x.ms)));
      await lone.close();
    }
  } finally {
    await s.dispose();
  }
  const big = await setup(200);
  let at200: Summary;
  try {
    const page = await openMeeting(browser, big);
    await caretMidText(page);
    await typeKeys(page, Math.min(keys, 500), true);
    at200 = summarise((await samples(page)).all.map((x) => x.ms));
    await page.close();
  } finally {
    await big.dispose();
  }
  const e = medianOf(editor);
  const f = medianOf(floor);
  report('ui-typing', {
    unit: 'ms keydown → next paint',
    keystrokes: keys,
    runs,
    editor60Items: e,
    enterAndListToggles: medianOf(special),
    floorLoneTextarea: f,
    ratio: { p50: +(e.p50 / f.p50).toFixed(2), p95: +(e.p95 / f.p95).toFixed(2), p99: +(e.p99 / f.p99).toFixed(2) },
    // Per run: tasks over 50 ms while typing (the target: none), and apart from them those of
    // the page loading the 100-page meeting before the first key (the observer is buffered).
    tasksOver50ms: longTasks.map((t) => t.typing),
    loadingTasksOver50ms: longTasks.map((t) => ({ count: t.loading, longestMs: t.longestLoading })),
    editor200Items: at200,
    targets: { p95: '≤ 16.7', p99: '≤ 25', enterAndLists: 'p95 ≤ 25', noTaskOver: 50, at200Items: 'p95 ≤ 25' },
  });
}

interface Save {
  /** When, in ms since the epoch (performance.timeOrigin + performance.now() of its process). */
  at: number;
  /** Characters of text in the field as saved. */
  length: number;
}

/**
 * Keystroke → save, per keystroke. Each 'a' adds one character: a save whose text is k
 * characters longer than before the first keystroke holds keystrokes 1 … k.
 */
function saveLatencies(pressed: number[], saves: Save[], base: number): { latencies: number[]; covered: number } {
  const latencies: number[] = [];
  let covered = 0;
  for (const c of saves) {
    const upTo = Math.min(pressed.length, c.length - base);
    for (let k = covered; k < upTo; k++) latencies.push(c.at - pressed[k]!);
    covered = Math.max(covered, upTo);
  }
  return { latencies, covered };
}

async function savingBench(browser: Browser): Promise<void> {
  const s = await setup(60);
  // The moment each save is committed: the core answers a patch once its SQLite transaction has
  // committed (synchronous = FULL), so the answer leaving the core is the commit, on Node's clock.
  const committed: Save[] = [];
  const invoke = s.core.invoke;
  s.core.invoke = async (method, input) => {
    const answer = await invoke(method, input);
    if (method === 'items.updateField' && answer.ok) {
      committed.push({ at: performance.timeOrigin + performance.now(), length: textLength((input as { patch: { value: unknown } }).patch.value) });
    }
    return answer;
  };
  const toCommit: Summary[] = [];
  const toAnswer: Summary[] = [];
  let counts = { keystrokes: 0, saves: 0, covered: 0 };
  try {
    for (let r = 0; r < runs; r++) {
      const page = await openMeeting(browser, s);
      await caretMidText(page);
      const base = textLength(s.core.services.meetings.get(s.meetingId).items.find((i) => i.id === 'i30')!.notes);
      committed.length = 0;
      const n = Math.min(keys, 300);
      for (let i = 0; i < n; i++) {
        const t0 = Date.now();
        await page.keyboard.press('a');
        await sleep(Math.max(0, pacingMs - (Date.now() - t0)));
      }
      await sleep(1500);
      // The page's clock as ms since the epoch, like Node's above (both are performance.timeOrigin based).
      const { pressed, answers } = await page.evaluate(() => {
        const origin = performance.timeOrigin;
        return {
          pressed: (window as never as { __keys: { at: number }[] }).__keys.map((k) => origin + k.at),
          answers: (window as never as { __commits: { at: number; length: number }[] }).__commits.map((c) => ({ at: origin + c.at, length: c.length })),
        };
      });
      const atCommit = saveLatencies(pressed, committed, base);
      toCommit.push(summarise(atCommit.latencies));
      toAnswer.push(summarise(saveLatencies(pressed, answers, base).latencies));
      counts = { keystrokes: n, saves: committed.length, covered: atCommit.covered };
      await page.close();
    }
    report('ui-saving', {
      unit: 'ms keystroke (keydown in the page) → the patch committed in SQLite (the core answering it), one clock: ms since the epoch',
      runs,
      ...counts,
      latency: medianOf(toCommit),
      // The same saves until the answer is back in the page (the page's fetch resolved).
      latencyToAnswerInPage: medianOf(toAnswer),
      autosaveDelayMs: saveDelayMs,
      target: `p99 ≤ delay + 10 ms (${saveDelayMs + 10} ms)`,
    });
  } finally {
    s.core.invoke = invoke;
    await s.dispose();
  }
}

/** Characters of text in a ProseMirror document (what the probe counts in each save). */
function textLength(node: unknown): number {
  const n = node as { text?: string; content?: unknown[] } | null;
  if (!n) return 0;
  return (typeof n.text === 'string' ? n.text.length : 0) + (n.content ?? []).reduce<number>((sum, c) => sum + textLength(c), 0);
}

async function startBench(browser: Browser): Promise<void> {
  const toCaret: number[] = [];
  const floor: number[] = [];
  for (let r = 0; r < runs; r++) {
    const dir = makeTempDir('referent-startbench-');
    const seed = createCore({ dataDir: dir.path, backups: false });
    const { id } = seed.services.meetings.importFile({ fileName: 'b.json', text: JSON.stringify(generateMeeting({ items: 60 })) });
    seed.close();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript((meetingId) => localStorage.setItem('referent.lastMeeting', meetingId), id);
    const t0 = Date.now();
    const core = createCore({ dataDir: dir.path, backups: false });
    const host = await startHost({ core, rendererDir: join(process.cwd(), 'out', 'renderer') });
    await page.goto(host.url);
    await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
    await page.keyboard.press('x');
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('x'));
    toCaret.push(Date.now() - t0);
    await page.close();
    await host.close();
    core.close();
    dir.remove();

    const lone = await browser.newPage();
    const t1 = Date.now();
    await lone.setContent('<textarea autofocus></textarea>');
    await lone.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await lone.keyboard.press('x');
    await lone.waitForFunction(() => (document.activeElement as HTMLTextAreaElement).value === 'x');
    floor.push(Date.now() - t1);
    await lone.close();
  }
  report('ui-start', {
    unit: 'ms from starting the core and host to the 60-item meeting shown with a caret that took the first key',
    runs: toCaret,
    median: median(toCaret),
    floorLoneTextarea: { runs: floor, median: median(floor) },
    targets: { lastMeetingTypeable: '≤ 800 ms', sixtyItemsTypeable: '≤ 1 s' },
  });
}

interface ProcessMemory {
  /** Resident set: counts every shared page (Chromium's own libraries) once per process. */
  rss: number;
  /** Proportional set: a shared page divided among the processes sharing it (sums correctly). */
  pss: number;
  /** Unique set: pages only this process holds. */
  uss: number;
}

/** The memory of every Chromium process of one profile, in kB, from /proc (Linux). */
function memoryOf(userDataDir: string): ProcessMemory {
  const out = execSync('ps -eo pid=,rss=,args=', { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const sum: ProcessMemory = { rss: 0, pss: 0, uss: 0 };
  for (const line of out.split('\n').filter((l) => l.includes(userDataDir))) {
    const [pid, rss] = line.trim().split(/\s+/);
    sum.rss += Number(rss ?? 0);
    try {
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(rollup)?.[1] ?? 0);
      sum.pss += kb('Pss');
      sum.uss += kb('Private_Clean') + kb('Private_Dirty');
    } catch {
      // the process ended between ps and here
    }
  }
  return sum;
}

const mb = (kb: number) => +(kb / 1024).toFixed(1);

interface OpenMemory {
  pageHeapUsed: number;
  overBlank: ProcessMemory;
  blank: ProcessMemory;
  meeting: ProcessMemory;
}

/**
 * A fresh browser profile: about:blank measured, then `open` run in the same tab, idle 3 s, the
 * page's garbage collected, measured again. Each case gets its own browser, so one case's
 * leftovers (a spare renderer, cached tiles) never count in another's.
 */
async function memoryOfOpening(open: (tab: Page) => Promise<void>, block?: RegExp): Promise<OpenMemory> {
  const dir = makeTempDir('referent-membench-');
  try {
    const ctx = await chromium.launchPersistentContext(dir.path, { executablePath: chromiumPath(), args: chromiumArgs, viewport: { width: 1400, height: 900 } });
    try {
      const tab = await ctx.newPage();
      if (block) await ctx.route(block, (r) => r.abort());
      await tab.goto('about:blank');
      await sleep(2000);
      const blank = memoryOf(dir.path);
      await open(tab);
      await sleep(3000);
      const cdp = await ctx.newCDPSession(tab);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const meeting = memoryOf(dir.path);
      const overBlank = { rss: meeting.rss - blank.rss, pss: meeting.pss - blank.pss, uss: meeting.uss - blank.uss };
      return { pageHeapUsed: +(heap.usedSize / 1e6).toFixed(1), overBlank, blank, meeting };
    } finally {
      await ctx.close();
    }
  } finally {
    dir.remove();
  }
}

const inMb = (m: ProcessMemory) => ({ pss: mb(m.pss), uss: mb(m.uss), rss: mb(m.rss) });

async function memoryBench(): Promise<void> {
  const s = await setup(60);
  try {
    const openMeeting = async (tab: Page) => {
      await tab.goto(s.host.url);
      await tab.goto(`${s.host.origin}/#/meeting/${s.meetingId}`);
      await tab.waitForSelector('#notes-i30');
    };
    // The referent has been through the whole meeting: every section rendered once, so awake.
    const visitAll = async (tab: Page) => {
      await openMeeting(tab);
      // A string: tsx would wrap a named function in a helper the page does not have.
      await tab.evaluate(`(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        // Round after round, to each section still asleep, until none is (at most 10 rounds).
        for (let round = 0; round < 10; round++) {
          const asleep = [...document.querySelectorAll('.item-section[data-awake="false"]')];
          if (asleep.length === 0) break;
          for (const s of asleep) {
            s.scrollIntoView();
            await frame();
          }
        }
        document.querySelector('.item-section')?.scrollIntoView();
        await frame();
      })()`);
    };
    const html = meetingHtml(s.core.services.meetings.get(s.meetingId), { variant: 'minutes', public: false });
    const full: OpenMemory[] = [];
    const noSpelling: OpenMemory[] = [];
    const staticText: OpenMemory[] = [];
    const visited: OpenMemory[] = [];
    // Where the figure goes, measured in the same runs: the same meeting with the spell checker's
    // worker kept from loading (Hunspell's Danish tables live in the renderer process), and the
    // same meeting's text as the static HTML of its export (what the text alone costs Chromium).
    for (let r = 0; r < runs; r++) {
      full.push(await memoryOfOpening(openMeeting));
      noSpelling.push(await memoryOfOpening(openMeeting, /spellWorker/));
      staticText.push(await memoryOfOpening((tab) => tab.setContent(html)));
      visited.push(await memoryOfOpening(visitAll));
    }
    // The median run of each case by PSS over the blank tab, reported whole.
    const mid = (cases: OpenMemory[]) => [...cases].sort((a, b) => a.overBlank.pss - b.overBlank.pss)[Math.floor(cases.length / 2)]!;
    const [m, n, t, v] = [mid(full), mid(noSpelling), mid(staticText), mid(visited)];
    report('ui-memory', {
      unit: 'MB',
      runs,
      pageHeapUsed: median(full.map((f) => f.pageHeapUsed)),
      // What the meeting adds to the browser's processes; PSS is the figure held against the
      // target (summed RSS counts Chromium's shared libraries once in every process).
      processMemoryOverBlankTab: { ...inMb(m.overBlank), pssRuns: full.map((f) => mb(f.overBlank.pss)) },
      browser: { aboutBlank: inMb(m.blank), meeting: inMb(m.meeting) },
      breakdown: {
        spellCheckerWorker: { pss: mb(m.overBlank.pss - n.overBlank.pss), uss: mb(m.overBlank.uss - n.overBlank.uss) },
        meetingWithoutSpellChecker: { ...inMb(n.overBlank), pssRuns: noSpelling.map((f) => mb(f.overBlank.pss)) },
        sameTextAsStaticHtml: { ...inMb(t.overBlank), pssRuns: staticText.map((f) => mb(f.overBlank.pss)) },
        // Far sections sleep (text, no form) until first rendered; after a pass through the whole
        // meeting every one is awake, and this is what the open meeting then holds.
        everySectionVisited: { ...inMb(v.overBlank), pssRuns: visited.map((f) => mb(f.overBlank.pss)) },
      },
      targets: { pageHeap: '≤ 50 MB', overBlank: '≤ 100 MB (PSS)' },
    });
  } finally {
    await s.dispose();
  }
}

export async function uiBench(): Promise<void> {
  // The production build of the renderer is what is measured.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  // BENCH_UI=saving,typing runs only those parts (all by default).
  const parts = new Set((process.env.BENCH_UI ?? 'start,saving,typing,memory').split(','));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    if (parts.has('start')) await startBench(browser);
    if (parts.has('saving')) await savingBench(browser);
    if (parts.has('typing')) await typingBench(browser);
  } finally {
    await browser.close();
  }
  if (parts.has('memory')) await memoryBench();
}
