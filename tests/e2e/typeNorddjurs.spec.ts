import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeetingFile } from '../../src-main/shared/meetingFile/validate';
import type { MeetingFile } from '../../src-main/shared/meetingFile/types';
import { outcomeKeys } from '../../src-main/shared/api/outcomeKeys';
import { expect, test } from './hostFixture';
import { typeRich } from './support/typeRich';
import { typeDate } from './support/typeDate';

const fixture = (): MeetingFile => {
  const r = parseMeetingFile(readFileSync(join('tests/fixtures/norddjurs-2021-04-15.meeting.json'), 'utf8'), 'norddjurs.json');
  if (!r.ok) throw new Error(r.message);
  return r.meeting;
};

test.setTimeout(6 * 60_000);

test('a referent types the Norddjurs minutes with the keyboard only; after a reload the meeting file is what was typed', async ({ page, host, core }) => {
  const m = fixture();
  const k = page.keyboard;
  await page.goto(host.url);

  // The forum
  await page.getByRole('button', { name: 'Nyt forum' }).focus();
  await k.press('Enter');
  await k.type(m.forum.name);
  await k.press('Tab');
  await k.type(m.forum.organisation!);
  await k.press('Tab');
  await k.type(m.forum.shortName!);
  await k.press('Enter');
  await page.getByRole('link', { name: m.forum.name }).focus();
  await k.press('Enter');

  // Its members
  for (const p of m.people!) {
    await page.getByRole('form', { name: 'Tilføj medlem' }).getByLabel('Navn').focus();
    await k.type(p.name);
    await k.press('Tab');
    await k.type(p.organisation ?? '');
    await k.press('Enter');
    await expect(page.getByRole('list').getByText(p.name, { exact: true })).toBeVisible();
  }

  // The meeting
  const form = page.getByRole('region', { name: 'Nyt møde' });
  await form.getByLabel('Titel').focus();
  await k.press('Control+a');
  await k.type(m.title);
  await form.getByLabel('Mødedato').focus();
  await typeDate(page, m.date);
  await form.getByLabel('Dokument').focus();
  await k.press('b'); // Beslutningsreferat
  await form.getByRole('button', { name: 'Opret møde' }).focus();
  await k.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: m.title })).toBeVisible();

  // Header facts
  await page.locator('#meeting-start').focus();
  await k.type('1500');
  await page.locator('#meeting-end').focus();
  await k.type('1700');
  await page.locator('#meeting-location').focus();
  await k.type(m.location!);

  // Attendance: T or F in each person's row
  for (const p of m.people!) {
    await page.getByRole('radiogroup', { name: `Fremmøde for ${p.name}` }).getByRole('radio').first().focus();
    await k.press(p.attendance === 'absent' ? 'f' : 't');
  }

  // The agenda and every item
  for (const [n, item] of m.items!.entries()) {
    await page.locator('#new-item-title').focus();
    await k.type(item.title);
    await k.press('Enter');
    const section = page.locator(`section.item-section`).nth(n);
    await expect(section.locator('.title-input input')).toBeFocused();
    await section.locator('summary').focus();
    await k.press('Enter');
    await section.getByLabel('Sagsnr.').focus();
    await k.type(item.caseNumber ?? '');
    await k.press('Tab');
    await k.type(item.kleNumber ?? '');
    await section.getByLabel('Sagsgang').focus();
    await k.type(item.routing ?? '');
    await section.getByRole('textbox', { name: 'Sagsfremstilling' }).focus();
    await typeRich(page, item.description ?? null);
    await section.getByRole('textbox', { name: 'Indstilling' }).focus();
    await typeRich(page, item.recommendation ?? null);
    // Alt+digit sets the outcome of the current item; Alt+B goes to its decision text
    await k.press(`Alt+${outcomeKeys.indexOf(item.decision!.outcome) + 1}`);
    await expect(section.getByRole('radio', { checked: true, name: outcomeLabel(item.decision!.outcome), exact: true })).toBeVisible();
    await k.press('Alt+b');
    await expect(section.getByRole('textbox', { name: 'Beslutningstekst' })).toBeFocused();
    await typeRich(page, item.decision!.text ?? null);
    if (item.decision!.postponedTo) {
      await section.locator(`[id^="postponed-"]`).focus();
      await typeDate(page, item.decision!.postponedTo);
    }
  }

  // One follow-up, on item 5, with Alt+O
  await page.locator('section.item-section').nth(4).getByRole('textbox', { name: 'Beslutningstekst' }).focus();
  await k.press('Alt+o');
  await k.type('Skriv ud om oplæg til mødet den 4. oktober');
  await k.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Opfølgning', exact: true })).toHaveValue('Skriv ud om oplæg til mødet den 4. oktober');

  // Næste møde
  await page.locator('#next-date').focus();
  await typeDate(page, m.nextMeeting!.date!);
  await page.locator('#next-start').focus();
  await k.type('1530');
  await page.locator('#next-end').focus();
  await k.type('1730');
  await expect(page.getByTestId('save-status')).toHaveText('Gemt', { timeout: 10_000 });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: m.title })).toBeVisible();

  const meetingId = (await core.call('meetings.list', {}))[0]!.id;
  const exported = parseMeetingFile((await core.call('meetings.exportFile', { id: meetingId })).text, 'export.json');
  if (!exported.ok) throw new Error(exported.message);
  const e = exported.meeting;
  expect({ title: e.title, kind: e.documentKind, date: e.date, start: e.startTime, end: e.endTime, location: e.location }).toEqual({
    title: m.title,
    kind: 'decision-minutes',
    date: m.date,
    start: m.startTime,
    end: m.endTime,
    location: m.location,
  });
  expect(e.forum).toMatchObject({ name: m.forum.name, organisation: m.forum.organisation, shortName: m.forum.shortName });
  expect(e.people!.map((p) => [p.name, p.organisation ?? null, p.attendance])).toEqual(m.people!.map((p) => [p.name, p.organisation ?? null, p.attendance]));
  expect(e.items!.map((i) => i.title)).toEqual(m.items!.map((i) => i.title));
  for (const [n, item] of m.items!.entries()) {
    const got = e.items![n]!;
    expect({ case: got.caseNumber, kle: got.kleNumber, routing: got.routing, access: got.access }).toEqual({ case: item.caseNumber, kle: item.kleNumber, routing: item.routing, access: 'open' });
    expect(got.description).toEqual(item.description);
    expect(got.recommendation ?? null).toEqual(item.recommendation ?? null);
    expect(got.decision!.outcome).toBe(item.decision!.outcome);
    expect(got.decision!.text).toEqual(item.decision!.text);
    expect(got.decision!.postponedTo ?? null).toBe(item.decision!.postponedTo ?? null);
  }
  expect(e.items![4]!.actions).toEqual([expect.objectContaining({ text: 'Skriv ud om oplæg til mødet den 4. oktober', done: false })]);
  expect(e.nextMeeting).toEqual(m.nextMeeting);
});

function outcomeLabel(o: string): string {
  return { approved: 'Godkendt', 'approved-with-changes': 'Godkendt med ændringer', decided: 'Besluttet', noted: 'Taget til efterretning', discussed: 'Drøftet', postponed: 'Udsat', rejected: 'Afvist' }[o] ?? o;
}
