import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test } from './hostFixture';

test('a referent creates a forum with the keyboard; it survives a reload and is in the SQLite file', async ({ page, host, dataDir, core }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Fora' })).toBeVisible();
  await expect(page.getByText('Der er ingen fora endnu')).toBeVisible();

  await page.getByRole('button', { name: 'Nyt forum' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Navn')).toBeFocused();
  await page.keyboard.type('Dialogforum for socialt udsatte');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Norddjurs Kommune');
  await page.keyboard.press('Tab');
  await page.keyboard.type('DFSU');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toHaveText('Forummet «Dialogforum for socialt udsatte» er oprettet.');
  const list = page.getByRole('list', { name: 'Alle fora' });
  await expect(list.getByText('Dialogforum for socialt udsatte')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('list', { name: 'Alle fora' }).getByText('Dialogforum for socialt udsatte')).toBeVisible();
  await expect(page.getByText('Norddjurs Kommune')).toBeVisible();

  // The row is in the installation's SQLite file, read by a separate connection.
  const db = new BetterSqlite3(join(dataDir, 'referent.sqlite'), { readonly: true });
  try {
    const rows = db.prepare('SELECT name, organisation, short_name FROM forums').all();
    expect(rows).toEqual([{ name: 'Dialogforum for socialt udsatte', organisation: 'Norddjurs Kommune', short_name: 'DFSU' }]);
  } finally {
    db.close();
  }
  expect((await core.call('forums.list', {})).map((f) => f.name)).toEqual(['Dialogforum for socialt udsatte']);
});

test('an empty name is refused with a message and nothing is stored', async ({ page, host, core }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Nyt forum' }).click();
  await page.getByLabel('Navn').fill('   ');
  // bypass the browser's own `required` check to reach the core's validation
  await page.getByRole('form', { name: 'Nyt forum' }).evaluate((f: HTMLFormElement) => (f.noValidate = true));
  await page.getByRole('button', { name: 'Opret forum' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv forummets navn.');
  expect(await core.call('forums.list', {})).toEqual([]);
});

test('the host refuses API calls without the token or from another origin', async ({ host, request }) => {
  const body = { method: 'forums.list', input: {} };
  const noToken = await request.post(`${host.origin}/api/invoke`, { data: body });
  expect(noToken.status()).toBe(401);
  const foreign = await request.post(`${host.origin}/api/invoke`, {
    data: body,
    headers: { authorization: `Bearer ${host.token}`, origin: 'http://evil.example' },
  });
  expect(foreign.status()).toBe(403);
  const good = await request.post(`${host.origin}/api/invoke`, { data: body, headers: { authorization: `Bearer ${host.token}` } });
  expect(good.status()).toBe(200);
  expect(await good.json()).toEqual({ ok: true, value: [] });
});

test('the renderer is served with the CSP header', async ({ host, request }) => {
  const res = await request.get(`${host.origin}/`);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
});
