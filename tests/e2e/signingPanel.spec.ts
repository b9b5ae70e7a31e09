import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './hostFixture';
import { makeTestPki } from '../unit/signing/support/testPki';

test.setTimeout(2 * 60_000);

const violations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** The smallest PDF a reader accepts: one empty page, no signatures. */
function plainPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('the verify section says a PDF without signatures has none', async ({ page, host }) => {
  await page.goto(host.url);
  const section = page.getByRole('region', { name: 'Kontrollér en underskrevet PDF' });
  await section.getByLabel('Vælg PDF').setInputFiles({ name: 'usigneret.pdf', mimeType: 'application/pdf', buffer: plainPdf() });
  await expect(section.getByText('Filen har ingen underskrifter.')).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
});

test('import a certificate, sign the final minutes, then check the signed PDF', async ({ page, host, core }) => {
  const pki = makeTestPki(mkdtempSync(join(tmpdir(), 'referent-pki-')));
  const p12 = pki.signer('mette', 'Mette Hansen', 'hemmelig');
  const { id } = await core.call('meetings.importFile', { fileName: 'n.json', text: readFileSync('tests/fixtures/norddjurs-2021-04-15.meeting.json', 'utf8') });
  for (const status of ['in-meeting', 'final'] as const) {
    if ((await core.call('meetings.get', { id })).status !== 'final') await core.call('meetings.setStatus', { meetingId: id, status }).catch(() => undefined);
  }
  expect((await core.call('meetings.get', { id })).status).toBe('final');

  // Certificates on the start screen
  await page.goto(host.url);
  const certs = page.getByRole('region', { name: 'Certifikater' });
  await certs.getByLabel('Certifikatfil (.p12 eller .pfx)').setInputFiles(p12);
  await certs.getByLabel('Adgangskode', { exact: true }).fill('hemmelig');
  await certs.getByRole('button', { name: 'Importér certifikat' }).click();
  await expect(certs.getByText('Certifikatet for Mette Hansen er importeret.')).toBeVisible();
  await expect(certs.getByRole('listitem').filter({ hasText: 'Mette Hansen' })).toContainText('Referent Test CA');

  // The panel in the meeting screen: a wrong passphrase is refused with the core's message
  await page.goto(`${host.origin}/#/meeting/${id}`);
  const panel = page.getByRole('region', { name: 'Underskrift' });
  await expect(panel.getByText('Referatet er ikke underskrevet endnu.')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await panel.getByLabel('Adgangskode', { exact: true }).fill('forkert');
  await panel.getByRole('button', { name: 'Underskriv referatet' }).click();
  await expect(panel.getByRole('alert')).not.toBeEmpty();

  await panel.getByLabel('Adgangskode', { exact: true }).fill('hemmelig');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Underskriv referatet' }).click();
  const file = await (await download).path();
  await expect(page.getByRole('navigation', { name: 'Mødets forløb' }).locator('[aria-current="step"]')).toHaveText('Underskrevet');
  await expect(panel.getByRole('list', { name: 'Underskrevne versioner' })).toContainText('Mette Hansen');
  await expect(panel.getByRole('button', { name: 'Genåbn' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  // «Genåbn» asks first, then the meeting is final again and the signed PDF is listed as superseded
  await panel.getByRole('button', { name: 'Genåbn' }).click();
  await panel.getByRole('button', { name: 'Ja, genåbn referatet' }).click();
  await expect(page.getByRole('navigation', { name: 'Mødets forløb' }).locator('[aria-current="step"]')).toHaveText('Endeligt referat');
  await expect(panel.getByRole('list', { name: 'Underskrevne versioner' })).toContainText('erstattet');

  // The downloaded file checks out
  await page.goto(host.url);
  const verify = page.getByRole('region', { name: 'Kontrollér en underskrevet PDF' });
  await verify.getByLabel('Vælg PDF').setInputFiles({ name: 'referat.pdf', mimeType: 'application/pdf', buffer: readFileSync(file) });
  await expect(verify.getByText('Alle underskrifter er intakte, og hele filen er underskrevet.')).toBeVisible();
  await expect(verify.getByText('Underskrift 1: Mette Hansen')).toBeVisible();
});
