import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './hostFixture';

const fixture = 'tests/fixtures/norddjurs-2021-04-15.meeting.json';
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

async function openMeeting(page: Page, host: { url: string; origin: string }, id: string, title: string) {
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Eksport', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Eksportér mødet' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('the export dialog previews, exports an accessible PDF with progress, and passes axe', async ({ page, host, core }) => {
  const { id } = await core.call('meetings.importFile', { fileName: 'n.json', text: readFileSync(fixture, 'utf8') });
  const meeting = await core.call('meetings.get', { id });
  const dialog = await openMeeting(page, host, id, meeting.title);

  // The preview: the same HTML as the PDF, in a labelled, scrollable region (a shadow root).
  await dialog.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const preview = dialog.getByRole('region', { name: 'Forhåndsvisning', exact: true });
  await expect(preview.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
  for (const item of meeting.items) await expect(preview.getByRole('heading', { name: item.title })).toBeVisible();
  // The preview's contents link scrolls inside it and leaves the app's own route alone.
  const url = page.url();
  await preview.getByRole('link').first().click();
  expect(page.url()).toBe(url);

  expect(await violations(page)).toEqual([]);

  // Export: the progress shows at once, then the PDF/UA badge and a download of a .pdf.
  const download = page.waitForEvent('download');
  // Measured in the page: from the click to the first frame that has the progress bar.
  await page.evaluate(() => {
    const w = window as unknown as { progressAfterMs?: number };
    const onClick = () => {
      const t0 = performance.now();
      const check = () => (document.querySelector('dialog progress') ? (w.progressAfterMs = performance.now() - t0) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    };
    document.addEventListener('click', onClick, { capture: true, once: true });
  });
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Eksportens fremdrift' })).toBeVisible();
  const progressAfterMs = await page.evaluate(() => (window as unknown as { progressAfterMs?: number }).progressAfterMs);
  expect(progressAfterMs).toBeLessThan(100);
  await expect(dialog.getByText('Tilgængelig PDF (PDF/UA)')).toBeVisible({ timeout: 30_000 });
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(dialog.getByRole('link', { name: /Gem «.*\.pdf» igen/ })).toBeVisible();

  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Word too: no PDF/UA badge, a .docx download.
  const docx = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Eksportér Word (DOCX)' }).click();
  expect((await docx).suggestedFilename()).toMatch(/\.docx$/);
  await expect(dialog.getByText('Tilgængelig PDF (PDF/UA)')).toHaveCount(0);
});

test('a public export with a CPR-like number in an open item asks first and exports only after confirming', async ({ page, host, core }) => {
  const data = JSON.parse(readFileSync(fixture, 'utf8')) as { items: { description?: string; access?: string }[] };
  const first = data.items[0]!;
  expect(first.access).toBe('open');
  first.description = `${first.description ?? ''}\n\nBorgeren er født 150421-1234 i Grenaa.`;
  const { id } = await core.call('meetings.importFile', { fileName: 'n.json', text: JSON.stringify(data) });
  const meeting = await core.call('meetings.get', { id });
  const dialog = await openMeeting(page, host, id, meeting.title);

  await dialog.getByRole('checkbox', { name: 'Offentlig version' }).check();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click();
  const question = dialog.getByRole('region', { name: 'Noget ligner et CPR-nummer' });
  await expect(question).toBeVisible({ timeout: 30_000 });
  await expect(question).toContainText(`Punkt 1. ${meeting.items[0]!.title}`);
  await expect(question).toContainText('Sagsfremstilling');
  await expect(question).toContainText('150421-••••');
  await expect(question).not.toContainText('1234');
  expect(downloads).toBe(0);
  expect(await violations(page)).toEqual([]);

  // Cancel leaves nothing exported; asking again and confirming exports.
  await question.getByRole('button', { name: 'Annullér og ret teksten' }).click();
  await expect(question).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click();
  await expect(question).toBeVisible({ timeout: 30_000 });
  const download = page.waitForEvent('download');
  await question.getByRole('button', { name: 'Eksportér alligevel' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  await expect(dialog.getByText('Tilgængelig PDF (PDF/UA)')).toBeVisible();
  expect(downloads).toBe(1);
});
