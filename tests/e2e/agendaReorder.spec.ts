import { readFileSync } from 'node:fs';
import { expect, test } from './hostFixture';

const titles = (page: import('@playwright/test').Page) => page.locator('.agenda-list [data-nav-id]').allInnerTexts();

test('the agenda is reordered by dragging an item in the side bar and with Alt+Shift+↑/↓, and stays so after a reload', async ({ page, host, core }) => {
  const { id } = await core.call('meetings.importFile', { fileName: 'ringsted.json', text: readFileSync('tests/fixtures/ringsted-2020-03-10.meeting.json', 'utf8') });
  const order = () => core.services.meetings.get(id).items.map((i) => i.title);
  const before = order();
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${id}`);
  const nav = page.locator('.agenda-list');
  await expect(nav.locator('[data-nav-id]')).toHaveCount(before.length);

  // Drag item 4 onto item 2: it takes item 2's place.
  await nav.locator('li').nth(3).dragTo(nav.locator('li').nth(1));
  const dragged = [before[0], before[3], before[1], before[2], ...before.slice(4)];
  await expect.poll(order).toEqual(dragged);
  await expect.poll(async () => (await titles(page)).map((t) => t.replace(/^\S+\s+/, ''))).toEqual(dragged);

  // From the keyboard: Alt+Shift+↓ on the first item moves it down one place, focus staying on it.
  await nav.locator('[data-nav-id]').first().focus();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const moved = [dragged[1], dragged[0], ...dragged.slice(2)];
  await expect.poll(order).toEqual(moved);
  await expect(page.locator('.agenda-list [data-nav-id]:focus')).toContainText(moved[1]!);

  await page.reload();
  await expect.poll(async () => (await titles(page)).map((t) => t.replace(/^\S+\s+/, ''))).toEqual(moved);
});
