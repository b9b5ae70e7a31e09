/**
 * Issue 8 in the browser: choose a folder, sync, see the status; then a second installation
 * (another core on its own data folder, sharing the folder) edits the same field, and the
 * referent resolves the conflict in the panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../src-main/core/createCore';
import { makeTempDir } from '../support/tempDir';
import { expect, test } from './hostFixture';

test.setTimeout(90_000);

function driveMeetingFile(root: string): string {
  const forum = readdirSync(root).find((n) => !n.startsWith('.'))!;
  const year = readdirSync(join(root, forum))[0]!;
  const leaf = readdirSync(join(root, forum, year))[0]!;
  return readFileSync(join(root, forum, year, leaf, 'møde.json'), 'utf8');
}

test('choose a folder, sync, see the status, and resolve a conflict field by field', async ({ page, host, core }) => {
  const drive = makeTempDir('referent-drive-');
  const otherData = makeTempDir('referent-other-');
  const other = createCore({ dataDir: otherData.path, backups: false });
  try {
    const forum = await core.call('forums.create', { name: 'Handicaprådet' });
    const { id: meetingId } = await core.call('meetings.create', { forumId: forum.id, title: 'Møde i Handicaprådet', date: '2026-12-08' });

    await page.goto(host.url);
    const panel = page.getByRole('region', { name: 'Fælles drev' });
    // A path that is not there is refused with a message that says what to do.
    await panel.getByLabel('Mappe på det fælles drev').fill(join(drive.path, 'findes-ikke'));
    await panel.getByRole('button', { name: 'Brug mappen' }).click();
    await expect(panel.getByRole('alert')).toContainText('findes ikke');

    await panel.getByLabel('Mappe på det fælles drev').fill(drive.path);
    await panel.getByRole('button', { name: 'Brug mappen' }).click();
    await expect(panel.getByText('Sidst synkroniseret')).toBeVisible();
    await panel.getByRole('button', { name: 'Synkronisér nu' }).click();
    await expect(panel.getByRole('status')).toContainText('1 sendt, 0 hentet, 0 konflikter, 0 fejlede');
    await expect(panel.getByText('intet – alt er på drevet')).toBeVisible();
    await expect(page.locator('.topbar').getByRole('status')).toContainText('Drev: synkroniseret');
    expect(driveMeetingFile(drive.path)).toContain('Møde i Handicaprådet');

    // The other installation picks the meeting up, and both change the place.
    other.services.sync.setFolder({ folder: drive.path });
    expect(await other.services.sync.run()).toMatchObject({ pulled: 1 });
    await other.call('meetings.updateHeader', { meetingId, patch: { location: 'Rådhuset, mødelokale 3' } });
    expect(await other.services.sync.run()).toMatchObject({ pushed: 1 });
    await core.call('meetings.updateHeader', { meetingId, patch: { location: 'Kulturhuset' } });
    await expect(page.locator('.topbar').getByRole('status')).toContainText('1 ændring venter på drevet');

    await panel.getByRole('button', { name: 'Synkronisér nu' }).click();
    await expect(page.locator('.topbar').getByRole('status')).toContainText('1 konflikt på drevet');
    const conflict = panel.getByRole('listitem').filter({ hasText: 'Møde i Handicaprådet' });
    const place = conflict.getByRole('group', { name: 'Sted' });
    await expect(place).toContainText('Kulturhuset');
    await expect(place).toContainText('Rådhuset, mødelokale 3');
    await expect(conflict.getByRole('button', { name: 'Gem valgene' })).toBeDisabled();
    expect((await new AxeBuilder({ page }).include('#root').analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: 'test-results/sync-conflict.png', fullPage: true });

    await place.getByRole('radio', { name: /Den anden version/ }).check();
    await conflict.getByRole('button', { name: 'Gem valgene' }).click();
    await expect(panel.getByRole('status')).toContainText('Konflikten i «Møde i Handicaprådet» er løst.');
    await panel.getByRole('button', { name: 'Synkronisér nu' }).click();
    await expect(page.locator('.topbar').getByRole('status')).toContainText('Drev: synkroniseret');

    await other.services.sync.run();
    const onDrive = driveMeetingFile(drive.path);
    expect(onDrive).toContain('Rådhuset, mødelokale 3');
    expect((await core.call('meetings.exportFile', { id: meetingId })).text).toBe(onDrive);
    expect((await other.call('meetings.exportFile', { id: meetingId })).text).toBe(onDrive);
  } finally {
    other.close();
    otherData.remove();
    drive.remove();
  }
});

test('a meeting fetched from the drive while open is shown when the referent asks', async ({ page, host, core }) => {
  const drive = makeTempDir('referent-drive-');
  const otherData = makeTempDir('referent-other-');
  const other = createCore({ dataDir: otherData.path, backups: false });
  try {
    const forum = await core.call('forums.create', { name: 'Ældrerådet' });
    const { id: meetingId } = await core.call('meetings.create', { forumId: forum.id, title: 'Møde i Ældrerådet', date: '2026-12-10', location: 'Rådhuset' });
    core.services.sync.setFolder({ folder: drive.path });
    other.services.sync.setFolder({ folder: drive.path });
    await core.services.sync.run();
    await other.services.sync.run();

    await page.goto(host.url);
    await page.goto(`${host.origin}/#/meeting/${meetingId}`);
    await expect(page.getByLabel('Mødested')).toHaveValue('Rådhuset');
    await other.call('meetings.updateHeader', { meetingId, patch: { location: 'Ældrecentret Solgården' } });
    await other.services.sync.run();
    expect(await core.services.sync.run()).toMatchObject({ pulled: 1 });

    // Nothing moves under the caret until the referent asks.
    await expect(page.getByText('Mødet er ændret på en anden computer og hentet fra det fælles drev.')).toBeVisible();
    await expect(page.getByLabel('Mødested')).toHaveValue('Rådhuset');
    await page.getByRole('button', { name: 'Vis den nye version' }).click();
    await expect(page.getByLabel('Mødested')).toHaveValue('Ældrecentret Solgården');
    await expect(page.getByRole('button', { name: 'Vis den nye version' })).toHaveCount(0);
  } finally {
    other.close();
    otherData.remove();
    drive.remove();
  }
});
