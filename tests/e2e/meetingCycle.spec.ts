import { expect, test } from './hostFixture';
import { typeDate } from './support/typeDate';

test.setTimeout(2 * 60_000);

test('from a built-in template to the next meeting: the postponed item, the follow-up, the members and the date carry over', async ({ page, host, core }) => {
  const forum = await core.call('forums.create', { name: 'Handicaprådet', organisation: 'Ringsted Kommune' });
  await core.call('members.add', { forumId: forum.id, name: 'Alice Morsbøl', role: 'chair' });
  await core.call('members.add', { forumId: forum.id, name: 'Poul Kry', organisation: 'SIND' });
  const k = page.keyboard;

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/forum/${forum.id}`);
  const form = page.getByRole('region', { name: 'Nyt møde' });
  await form.getByLabel('Mødedato').focus();
  await typeDate(page, '2026-09-08');
  await form.getByLabel('Start fra').selectOption({ label: 'Skabelon: Beslutningsreferat med sager' });
  await form.getByRole('button', { name: 'Opret møde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Møde i Handicaprådet' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Dagsorden' }).getByRole('list').getByRole('button')).toHaveText(['1 Sag til beslutning', '2 Orientering', '3 Eventuelt']);

  // The stage: send the agenda, start the meeting
  await page.getByRole('button', { name: 'Dagsordenen er sendt ud' }).click();
  await expect(page.getByRole('navigation', { name: 'Mødets forløb' }).locator('[aria-current="step"]')).toHaveText('Dagsorden udsendt');
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await expect(page.getByRole('navigation', { name: 'Mødets forløb' }).locator('[aria-current="step"]')).toHaveText('Møde i gang');

  // Decide item 1 "Udsat" (Alt+6) and add a follow-up (Alt+O)
  const item1 = page.locator('section.item-section').first();
  await item1.getByLabel('Titel', { exact: true }).focus();
  await k.press('Control+a');
  await k.type('Tilgængelighed i rådhuset');
  await item1.getByRole('textbox', { name: 'Sagsfremstilling' }).focus();
  await k.press('Alt+6');
  await expect(item1.getByRole('radio', { name: 'Udsat', exact: true })).toBeChecked();
  await k.press('Alt+o');
  await k.type('Forvaltningen undersøger adgangsforholdene');
  await k.press('Enter');
  await expect(item1.getByRole('textbox', { name: 'Opfølgning', exact: true })).toHaveValue('Forvaltningen undersøger adgangsforholdene');

  // Næste møde
  await page.locator('#next-date').focus();
  await typeDate(page, '2026-12-01');
  await page.locator('#next-start').focus();
  await k.type('1630');
  await page.locator('#next-host').focus();
  await k.type('Socialpsykiatrien');
  await expect(page.getByTestId('save-status')).toHaveText('Gemt', { timeout: 10_000 });

  await page.getByRole('button', { name: 'Opret næste møde' }).click();
  await expect(page.getByRole('navigation', { name: 'Mødets forløb' }).locator('[aria-current="step"]')).toHaveText('Kladde');
  const agenda = page.getByRole('navigation', { name: 'Dagsorden' });
  await expect(agenda.getByRole('button', { name: /Tilgængelighed i rådhuset/ })).toBeVisible();
  await expect(agenda.getByRole('button', { name: /Opfølgning fra sidste møde/ })).toBeVisible();
  await expect(page.getByLabel('Undertitel').and(page.locator('[value^="Udsat fra mødet"]'))).toHaveValue('Udsat fra mødet den 8. september 2026');
  await expect(page.getByRole('textbox', { name: 'Opfølgning', exact: true })).toHaveValue('Forvaltningen undersøger adgangsforholdene');
  await expect(page.getByRole('radiogroup', { name: 'Fremmøde for Alice Morsbøl' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Fremmøde for Poul Kry' })).toBeVisible();

  const meetings = await core.call('meetings.list', { forumId: forum.id });
  expect(meetings.map((m) => m.date)).toEqual(['2026-12-01', '2026-09-08']);
  const next = await core.call('meetings.get', { id: meetings[0]!.id });
  expect([next.startTime, next.location]).toEqual(['16:30', 'Hos Socialpsykiatrien']);

  // The forum's follow-up register lists it once, where it was carried to
  await page.goto(`${host.origin}/#/forum/${forum.id}`);
  const register = page.getByRole('region', { name: 'Opfølgning' });
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register.getByRole('cell', { name: 'Forvaltningen undersøger adgangsforholdene', exact: true })).toBeVisible();
  await register.getByRole('checkbox').click();
  await expect(register.getByText('Ingen åbne opfølgninger.')).toBeVisible();
});
