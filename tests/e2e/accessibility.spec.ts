import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './hostFixture';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the start screen has no axe violations (${colorScheme})`, async ({ page, host, core }) => {
    await core.call('forums.create', { name: 'Dialogforum for socialt udsatte', organisation: 'Norddjurs Kommune', shortName: 'DFSU' });
    await page.emulateMedia({ colorScheme });
    await page.goto(host.url);
    await expect(page.getByText('Dialogforum for socialt udsatte')).toBeVisible();
    await page.getByRole('button', { name: 'Nyt forum' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
