/**
 * The CLI's PDF renderer: a real Chromium over its DevTools pipe. It prints, keeps nothing
 * behind (no process, no profile folder), says what went wrong when Chromium cannot start or
 * dies, and its layout-only print puts every heading on the same page as the full print.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createChromiumPdfRenderer } from '../../../src-main/core/export/chromiumPdfRenderer';
import { buildExportDoc } from '../../../src-main/core/export/exportModel';
import { fontFaceCss } from '../../../src-main/core/export/fonts';
import { namedDestinationPages } from '../../../src-main/core/export/headingPages';
import { exportDocHtml } from '../../../src-main/core/export/meetingHtml';
import { loadPdf } from '../../../src-main/core/export/pdfLoad';
import { defaultResourcesDir } from '../../../src-main/core/export/resourcesDir';
import { openTestCore } from '../../support/coreFixture';
import { chromiumPath } from '../../support/chromium';
import { generateMeeting } from '../../support/generateMeeting';
import { importMeeting, meetingFiles } from './support/exportFixtures';
import { makeTempDir } from '../../support/tempDir';
import { pdfPages } from './support/poppler';

const profiles = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('referent-chromium-')));
/** Chromium processes started with one of our profiles (each has its --user-data-dir on its command line). */
function processesOf(profile: string): number {
  const ps = execFileSync('ps', ['-eo', 'args='], { encoding: 'utf8' });
  return ps.split('\n').filter((l) => l.includes(profile)).length;
}

const scratch = makeTempDir('referent-renderer-test-');
let files = 0;
/** What pdftotext reads in the bytes. */
function pdfText(bytes: Uint8Array): string {
  const file = join(scratch.path, `${++files}.pdf`);
  writeFileSync(file, bytes);
  return pdfPages(file, false).join('\n');
}

const renderers: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  for (const r of renderers) await r.close();
  scratch.remove();
});

describe('the Chromium PDF renderer', () => {
  it('prints a document, and once closed leaves no Chromium process and no profile folder', async () => {
    const before = profiles();
    const renderer = createChromiumPdfRenderer({ executablePath: chromiumPath() });
    renderers.push(renderer);
    const session = await renderer.open('<!DOCTYPE html><html lang="da"><head><title>Prøve</title></head><body><h1>Dagsorden</h1><p>Æblegrød på Ærø</p></body></html>');
    const pdf = await session.print({ tagged: true, outline: true });
    await session.close();
    expect(pdfText(pdf)).toContain('Æblegrød på Ærø');

    const mine = [...profiles()].filter((p) => !before.has(p));
    expect(mine).toHaveLength(1);
    expect(processesOf(mine[0]!)).toBeGreaterThan(0);
    await renderer.close();
    // Its helper processes end with it (they are killed as one process group).
    await new Promise((r) => setTimeout(r, 200));
    expect(processesOf(mine[0]!)).toBe(0);
    expect(existsSync(join(tmpdir(), mine[0]!))).toBe(false);
  }, 30_000);

  it('with endWhenIdle ends Chromium when its last page closes, not before, and starts it again for the next', async () => {
    const before = profiles();
    const renderer = createChromiumPdfRenderer({ executablePath: chromiumPath(), endWhenIdle: true });
    renderers.push(renderer);
    const body = await renderer.open('<!DOCTYPE html><html lang="da"><body><p>Brødtekst</p></body></html>');
    const profile = [...profiles()].find((p) => !before.has(p))!;
    // A second page opened while the first is open, closed first: the browser stays for the other.
    const furniture = await renderer.open('<!DOCTYPE html><html lang="da"><body><p>Side 1 af 1</p></body></html>');
    expect(pdfText(await furniture.print({ tagged: false, outline: false }))).toContain('Side 1 af 1');
    await furniture.close();
    expect(pdfText(await body.print({ tagged: true, outline: true }))).toContain('Brødtekst');
    expect(processesOf(profile)).toBeGreaterThan(0);
    await body.close();
    // Ended without close() (its processes go within moments); close() waits until the profile is gone too.
    for (let waited = 0; processesOf(profile) > 0 && waited < 2000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(processesOf(profile)).toBe(0);
    await renderer.close();
    expect(existsSync(join(tmpdir(), profile))).toBe(false);
    const again = await renderer.open('<!DOCTYPE html><html lang="da"><body><p>Igen</p></body></html>');
    expect(pdfText(await again.print({ tagged: false, outline: false }))).toContain('Igen');
    await again.close();
  }, 30_000);

  it('names the program when Chromium cannot start, and leaves no profile folder', async () => {
    const before = profiles();
    const renderer = createChromiumPdfRenderer({ executablePath: '/bin/false' });
    renderers.push(renderer);
    await expect(renderer.open('<p>x</p>')).rejects.toThrow(/Chromium \(\/bin\/false\) kunne ikke starte, så der kan ikke laves PDF/);
    await new Promise((r) => setTimeout(r, 100));
    expect([...profiles()].filter((p) => !before.has(p))).toEqual([]);
  });

  it('starts again after Chromium died under it', async () => {
    const renderer = createChromiumPdfRenderer({ executablePath: chromiumPath() });
    renderers.push(renderer);
    const before = profiles();
    await renderer.start();
    const profile = [...profiles()].find((p) => !before.has(p))!;
    // Killed from outside, as by a crash or a task manager.
    execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${join(tmpdir(), profile)}`]);
    await new Promise((r) => setTimeout(r, 300));
    const session = await renderer.open('<!DOCTYPE html><html lang="da"><body><p>Igen</p></body></html>');
    expect(pdfText(await session.print({ tagged: false, outline: false }))).toContain('Igen');
    await session.close();
  }, 30_000);

  it('lays out a layout-only print exactly as the full print: every heading on the same page, no text drawn', async () => {
    const fixture = openTestCore();
    const renderer = createChromiumPdfRenderer({ executablePath: chromiumPath() });
    renderers.push(renderer);
    try {
      const fontCss = fontFaceCss(defaultResourcesDir());
      const norddjurs = fixture.core.services.meetings.get(importMeeting(fixture.core, meetingFiles.norddjurs()));
      const long = fixture.core.services.meetings.get(fixture.core.services.meetings.importFile({ fileName: 'long.json', text: JSON.stringify(generateMeeting({ items: 25, seed: 3 })) }).id);
      for (const meeting of [norddjurs, long]) {
        const session = await renderer.open(exportDocHtml(buildExportDoc(meeting, { variant: 'minutes', public: false }), { fontCss }));
        const layoutOnly = await session.print({ tagged: false, outline: false, layoutOnly: true });
        const full = await session.print({ tagged: true, outline: true });
        await session.close();
        const quick = await loadPdf(layoutOnly);
        const whole = await loadPdf(full);
        expect(quick.getPageCount()).toBe(whole.getPageCount());
        const destinations = namedDestinationPages(whole);
        expect(destinations.size).toBeGreaterThan(5);
        expect(namedDestinationPages(quick)).toEqual(destinations);
        expect(pdfText(layoutOnly).trim()).toBe('');
        expect(pdfText(full).replace(/\s+/g, ' ')).toContain(meeting.items[0]!.title);
      }
    } finally {
      fixture.dispose();
    }
  }, 60_000);
});
