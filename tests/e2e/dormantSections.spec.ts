import { generateMeeting } from '../support/generateMeeting';
import { expect, test } from './hostFixture';

// A long meeting: the sections far from the viewport show their facts as text (sectionAwake.ts),
// and wake with their form when the referent goes there, by the agenda or a shortcut.
test('far item sections show their facts as text and wake with their form when the referent goes there', async ({ page, host, core }) => {
  const { id } = core.services.meetings.importFile({ fileName: 'long.json', text: JSON.stringify(generateMeeting({ items: 40, paragraphsPerField: 1 })) });
  const items = core.services.meetings.get(id).items;
  const far = items[32]!;
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${id}`);
  await expect(page.locator('.item-section')).toHaveCount(items.length);

  const section = page.locator(`section[data-item-id="${far.id}"]`);
  await expect(section).toHaveAttribute('data-awake', 'false');
  // Asleep: no form controls, but everything it holds is in the page as text (Ctrl+F finds it).
  await expect(section.locator('input, select, button')).toHaveCount(0);
  await expect(section).toContainText(far.title);
  await expect(section).toContainText(`Sagsnr. ${far.caseNumber}`);
  await expect(section).toContainText('Godkendt');
  await expect(section).toContainText(far.actions[0]!.text);
  // The whole page holds far fewer controls than 40 awake sections would (each has ≥ 8 selects).
  expect(await page.locator('select').count()).toBeLessThan(items.length * 4);

  // The agenda goes there: the section wakes and its title field has the focus, ready to type.
  await page.locator(`.agenda-list [data-nav-id="${far.id}"]`).click();
  await expect(section).toHaveAttribute('data-awake', 'true');
  const title = page.locator(`#item-${far.id}-title`);
  await expect(title).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (rettet)');
  await expect.poll(() => core.services.meetings.get(id).items[32]!.title).toBe(`${far.title} (rettet)`);
  // The agenda and the item's heading say the new title at once, without a reload.
  await expect(page.locator(`.agenda-list [data-nav-id="${far.id}"]`)).toContainText(`${far.title} (rettet)`);
  await expect(section.locator('.item-heading')).toContainText(`${far.title} (rettet)`);

  // A shortcut to another sleeping section: Alt+O on the current item after Alt+↓ twice.
  const next = items[34]!;
  const nextSection = page.locator(`section[data-item-id="${next.id}"]`);
  await expect(nextSection).toHaveAttribute('data-awake', 'false');
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.item-section.current')).toHaveAttribute('data-item-id', next.id);
  await page.keyboard.press('Alt+O');
  await expect(page.locator(`#new-action-${next.id}`)).toBeFocused();
  await page.keyboard.type('Sende referatet til forvaltningen');
  await page.keyboard.press('Enter');
  await expect.poll(() => core.services.meetings.get(id).items[34]!.actions.map((a) => a.text)).toContain('Sende referatet til forvaltningen');

  // Awake it stays: scrolled away and back, the form is still there.
  await page.locator(`.agenda-list [data-nav-id="${items[0]!.id}"]`).click();
  await expect(section).toHaveAttribute('data-awake', 'true');
  await expect(section.locator('select').first()).toBeAttached();
});

// Scrolled straight to a far item (the scroll bar dragged, a long jump): the sections around it
// wake and grow, and the item must stay where the referent put it (scrollAnchor.ts).
test('a far item scrolled to stays in view while the sections around it wake and grow', async ({ page, host, core }) => {
  const { id } = core.services.meetings.importFile({ fileName: 'long.json', text: JSON.stringify(generateMeeting({ items: 50 })) });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${id}`);
  await expect(page.locator('.item-section')).toHaveCount(50);
  for (const index of [25, 40]) {
    const top = await page.evaluate(async (i) => {
      const target = document.querySelectorAll<HTMLElement>('.meeting-body > section.item-section')[i]!;
      window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY);
      for (let f = 0; f < 15; f++) await new Promise((r) => requestAnimationFrame(r));
      return target.getBoundingClientRect().top;
    }, index);
    expect(Math.abs(top), `item ${index + 1}: its top after the jump`).toBeLessThan(60);
  }
});


// A signed meeting's fields are read-only editors that take no focus: the shortcuts still go
// from item to item (the item itself takes the focus).
test('in a signed meeting Alt+↓ and Alt+B still go from item to item', async ({ page, host, core }) => {
  const file = { ...generateMeeting({ items: 20, paragraphsPerField: 1 }), status: 'signed' };
  const { id } = core.services.meetings.importFile({ fileName: 'signed.json', text: JSON.stringify(file) });
  const items = core.services.meetings.get(id).items;
  await page.goto(host.url);
  await page.goto(`${host.origin}/#/meeting/${id}`);
  // A long meeting renders its sections in batches: the agenda can go only to one that is there.
  await expect(page.locator('.item-section')).toHaveCount(items.length);
  await page.locator(`.agenda-list [data-nav-id="${items[10]!.id}"]`).click();
  await expect(page.locator('.item-section.current')).toHaveAttribute('data-item-id', items[10]!.id);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.item-section.current')).toHaveAttribute('data-item-id', items[11]!.id);
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.locator('.item-section.current')).toHaveAttribute('data-item-id', items[9]!.id);
  await page.keyboard.press('Alt+B');
  await expect(page.locator(`section[data-item-id="${items[9]!.id}"]`)).toBeFocused();
});
