import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './hostFixture';

const violations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the start screen has no axe violations (${colorScheme})`, async ({ page, host, core }) => {
    await core.call('forums.create', { name: 'Dialogforum for socialt udsatte', organisation: 'Norddjurs Kommune', shortName: 'DFSU' });
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    await expect(page.getByText('Dialogforum for socialt udsatte')).toBeVisible();
    await page.getByRole('button', { name: 'Nyt forum' }).click();
    expect(await violations(page)).toEqual([]);
  });

  test(`the forum and meeting screens have no axe violations (${colorScheme})`, async ({ page, host, core }) => {
    const { id } = await core.call('meetings.importFile', { fileName: 'n.json', text: readFileSync('tests/fixtures/norddjurs-2021-04-15.meeting.json', 'utf8') });
    const meeting = await core.call('meetings.get', { id });
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/forum/${meeting.forumId}`);
    await expect(page.getByRole('heading', { level: 1, name: meeting.forum.name })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.goto(`${host.origin}/#/meeting/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: meeting.title })).toBeVisible();
    await page.keyboard.press('Alt+ArrowDown');
    expect(await violations(page)).toEqual([]);
    // `?` opens the overview when the focus is not in a text field
    await page.getByRole('navigation', { name: 'Dagsorden' }).getByRole('button').first().focus();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Tastaturgenveje' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
