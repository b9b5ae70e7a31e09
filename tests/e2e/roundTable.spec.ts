import { readFileSync } from 'node:fs';
import { parseMeetingFile } from '../../src-main/shared/meetingFile/validate';
import { expect, test } from './hostFixture';
import { typeRich } from './support/typeRich';

test.setTimeout(3 * 60_000);

test('Bordet rundt for four people, one person inhabil on an item, a dissent: all there after a reload', async ({ page, host, core }) => {
  // The Ringsted meeting without its round table: the referent types that part.
  const file = JSON.parse(readFileSync('tests/fixtures/ringsted-2020-03-10.meeting.json', 'utf8')) as { items: { roundTable?: unknown }[] };
  const original = parseMeetingFile(JSON.stringify(file), 'ringsted.json');
  if (!original.ok) throw new Error(original.message);
  const typed = original.meeting.items![2]!.roundTable!.slice(0, 4);
  file.items[2]!.roundTable = [];
  const { id } = await core.call('meetings.importFile', { fileName: 'ringsted.json', text: JSON.stringify(file) });
  const m = original.meeting;
  const name = (pid: string) => m.people!.find((p) => p.id === pid)!;

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${id}`);
  const k = page.keyboard;
  const item3 = page.locator('section.item-section').nth(2);
  const item4 = page.locator('section.item-section').nth(3);

  for (const entry of typed) {
    const p = name(entry.personId);
    await item3.getByRole('textbox', { name: `${p.name}, ${p.organisation ?? p.title}`, exact: true }).focus();
    await typeRich(page, entry.text);
  }

  // Poul Kry did not take part in item 4 (inhabil): Alt+I from the item, choose him, add.
  await item4.getByRole('textbox', { name: 'Referat', exact: true }).focus();
  await k.press('Alt+i');
  await expect(item4.getByLabel('Person', { exact: true })).toBeFocused();
  await k.type('Poul');
  await k.press('Tab');
  await k.press('Tab');
  await k.press('Enter');
  await expect(item4.getByText('Poul Kry deltog ikke i behandlingen af punktet (inhabil).')).toBeVisible();

  // A dissent on item 4: Alt+5 (Drøftet), then Afvigende mening for Mikkel Benzner.
  await item4.getByRole('textbox', { name: 'Referat', exact: true }).focus();
  await k.press('Alt+5');
  await item4.getByRole('button', { name: 'Tilføj afvigende mening' }).focus();
  await k.press('Enter');
  await item4.getByLabel('Hvem').focus();
  await k.type('Mikkel');
  await expect(item4.getByLabel('Hvem')).toHaveValue('mikkel-benzner');
  await item4.getByRole('textbox', { name: 'Den afvigende mening' }).focus();
  await k.type('Kirkens Korshær ønsker en tælling, der også omfatter sofasovere.');
  await expect(page.getByTestId('save-status')).toHaveText('Gemt', { timeout: 10_000 });

  await page.reload();
  await expect(item3.getByRole('textbox', { name: 'Carli Hækkerup, Mødrehjælpen og Venligboerne' })).toBeVisible();

  const exported = parseMeetingFile((await core.call('meetings.exportFile', { id })).text, 'x.json');
  if (!exported.ok) throw new Error(exported.message);
  const e = exported.meeting;
  expect(e.items![2]!.roundTable).toEqual(typed);
  expect(e.items![3]!.absent).toEqual([{ personId: 'poul-kry', reason: 'inhabil' }]);
  expect(e.items![3]!.decision!.outcome).toBe('discussed');
  expect(e.items![3]!.decision!.dissent).toEqual([
    { personIds: ['mikkel-benzner'], text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kirkens Korshær ønsker en tælling, der også omfatter sofasovere.' }] }] } },
  ]);
  // and the page shows it after the reload too
  await expect(item4.getByText('Poul Kry deltog ikke i behandlingen af punktet (inhabil).')).toBeVisible();
  await expect(item3.getByRole('textbox', { name: 'Poul Kry, SIND' })).toContainText(typed[3]!.text!.content[0]!.type === 'paragraph' ? 'generalforsamling' : '');
});
