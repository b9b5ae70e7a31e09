import type { Page } from '@playwright/test';

/**
 * Types an ISO date into the focused `<input type="date">` the way its segments are laid out in
 * this browser's locale (dd-mm-åååå in Danish, mm/dd/yyyy in a US build), keyboard only.
 */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2021, 3, 15))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year'),
  );
  const [y, m, d] = iso.split('-') as [string, string, string];
  const parts: Record<string, string> = { day: d, month: m, year: y };
  for (const part of order) await page.keyboard.type(parts[part]!);
}
