import { expect, test } from './hostFixture';
import type { Core } from '../../src-main/core/createCore';

async function meetingWithOneItem(core: Core) {
  const forum = await core.call('forums.create', { name: 'Udsatterådet', organisation: 'Ringsted Kommune' });
  await core.call('members.add', { forumId: forum.id, name: 'Alice Morsbøl', role: 'chair' });
  await core.call('members.add', { forumId: forum.id, name: 'Kia Brisson Andersen', role: 'administration' });
  const meeting = await core.call('meetings.create', { forumId: forum.id, title: 'Møde i Udsatterådet', date: '2026-12-01' });
  const { itemId } = await core.call('items.add', { meetingId: meeting.id, title: 'Orientering' });
  return { meetingId: meeting.id, itemId };
}

test('Danish spell checking marks a misspelled word, not compounds or the meeting’s names', async ({ page, host, core }) => {
  const { meetingId } = await meetingWithOneItem(core);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${meetingId}`);
  await page.getByRole('textbox', { name: 'Referat', exact: true }).focus();
  await page.keyboard.type('Borgerrådgiveren og Morsbøl talte om en stavefejll i notatet. ');
  await expect(page.locator('.misspelled')).toHaveText(['stavefejll'], { timeout: 15_000 });
});

test('a misspelled word’s menu: a suggestion replaces it; «Tilføj til ordlisten» keeps a word right in the forum’s meetings', async ({ page, host, core }) => {
  const { meetingId, itemId } = await meetingWithOneItem(core);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${meetingId}`);
  const minutes = page.getByRole('textbox', { name: 'Referat', exact: true });
  await minutes.focus();
  await page.keyboard.type('Vi drøftede udsattepolitikken og en stavefejll. ');
  await expect(page.locator('.misspelled')).toHaveText(['udsattepolitikken', 'stavefejll'], { timeout: 15_000 });

  // From the keyboard: the caret on the word, Shift+F10, a suggestion chosen with the arrow keys.
  await page.locator('.misspelled', { hasText: 'stavefejll' }).click();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Stavning: «stavefejll»' });
  await expect(menu.getByRole('menuitem', { name: 'stavefejl', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(minutes).toContainText('en stavefejl.');

  // With the mouse: add a word of the trade to the forum's list.
  await page.locator('.misspelled', { hasText: 'udsattepolitikken' }).click({ button: 'right' });
  await expect(page.getByRole('menu')).toBeVisible();
  await page.screenshot({ path: 'test-results/spell-menu.png' });
  await page.getByRole('menuitem', { name: 'Tilføj «udsattepolitikken» til ordlisten for Udsatterådet' }).click();
  await expect(page.locator('.misspelled')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveText('Gemt', { timeout: 10_000 });
  const forumId = (await core.call('meetings.get', { id: meetingId })).forumId;
  expect(await core.call('forums.words', { forumId })).toEqual({ words: ['udsattepolitikken'] });
  expect(JSON.stringify((await core.call('meetings.get', { id: meetingId })).items.find((i) => i.id === itemId)!.notes)).toContain('en stavefejl.');

  // Another meeting of the forum, in a fresh window: the word is right there too.
  const next = await core.call('meetings.create', { forumId, title: 'Næste møde', date: '2027-01-12' });
  await core.call('items.add', { meetingId: next.id, title: 'Orientering' });
  await page.goto(`${host.origin}/#/meeting/${next.id}`);
  await page.reload();
  await page.getByRole('textbox', { name: 'Referat', exact: true }).focus();
  await page.keyboard.type('Om udsattepolitikken og en stavefejll. ');
  await expect(page.locator('.misspelled')).toHaveText(['stavefejll'], { timeout: 15_000 });
});

test('initials and Ctrl+Space write a member’s full name', async ({ page, host, core }) => {
  const { meetingId, itemId } = await meetingWithOneItem(core);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${meetingId}`);
  await page.getByRole('textbox', { name: 'Referat', exact: true }).focus();
  await page.keyboard.type('KBA');
  await page.keyboard.press('Control+Space');
  await page.keyboard.type(' orienterede, og am');
  await page.keyboard.press('Control+Space');
  await page.keyboard.type(' takkede.');
  await expect(page.getByTestId('save-status')).toHaveText('Gemt', { timeout: 10_000 });
  const m = await core.call('meetings.get', { id: meetingId });
  expect(m.items.find((i) => i.id === itemId)!.notes).toEqual({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kia Brisson Andersen orienterede, og Alice Morsbøl takkede.' }] }],
  });
});

test('pasting from Word keeps the text, lists and bold, and drops styles, fonts and comments', async ({ page, host, core }) => {
  const { meetingId, itemId } = await meetingWithOneItem(core);
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${meetingId}`);
  const field = page.getByRole('textbox', { name: 'Sagsfremstilling' });
  await field.focus();
  const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body>
    <!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
    <p class="MsoNormal" style="margin:0;font-family:Calibri;color:#1F497D"><b style="mso-bidi-font-weight:normal">Forvaltningen</b> orienterede.<o:p></o:p></p>
    <ul><li style="color:red">Første punkt</li><li>Andet punkt</li></ul>
    <table><tr><td>celle</td></tr></table><img src="file:///C:/x.png"><script>alert(1)</script></body></html>`;
  await field.evaluate((el, html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'Forvaltningen orienterede.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, wordHtml);
  await expect(page.getByTestId('save-status')).toHaveText('Gemt', { timeout: 10_000 });
  const doc = (await core.call('meetings.get', { id: meetingId })).items.find((i) => i.id === itemId)!.description!;
  const json = JSON.stringify(doc);
  expect(json).not.toMatch(/style|Calibri|color|mso|script|alert|img|table/i);
  expect(json).toContain('"type":"bold"');
  expect(json).toContain('Første punkt');
  expect(doc.content.some((b) => b.type === 'bulletList')).toBe(true);
});
