/**
 * Every window writes times and weekdays as the snapshot says (the OS's locale and 12/24-hour
 * choice, read by main: common/timeFormat.ts, decision 0064), not as the browser's locale does.
 * Spaces are normalised: ICU writes "10:15 AM" with a narrow no-break space.
 */
import { expect, test, type Page } from '@playwright/test';
import type { TimeFormatSettings } from '../../common/timeFormat';
import { defaultSnapshot, useFakeBridge } from '../support/fakeBridge';
import { sampleStatsView } from '../support/statsFixtures';

const US_12H: TimeFormatSettings = { locale: 'en-US', hourCycle: 'h12' };
const GB_24H: TimeFormatSettings = { locale: 'en-GB', hourCycle: 'h23' };
const DE: TimeFormatSettings = { locale: 'de-DE', hourCycle: 'h23' };

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/[\u202f\u00a0]/g, ' ').trim();

async function openPreferences(page: Page, timeFormat: TimeFormatSettings) {
  await page.setViewportSize({ width: 760, height: 620 });
  await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true, todaysPlan: ['10:15', '13:05'], timeFormat }) });
  await page.goto('/preferences.html');
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible();
}

test('Preferences on a 12-hour clock: the plan, and each range read back as AM/PM', async ({ page }) => {
  await openPreferences(page, US_12H);
  expect(await text(page, '.plan')).toBe('Today’s plan: 10:15 AM · 1:05 PM');
  await page.getByRole('tab', { name: 'Work hours' }).click();
  const monday = page.getByRole('group', { name: 'Monday' });
  await expect(monday.getByLabel('Monday, range 1, start')).toHaveValue('09:00');
  expect(((await monday.locator('.range__readback').textContent()) ?? '').replace(/[\u202f\u00a0]/g, ' ')).toBe('9:00 AM – 5:30 PM');
  // The readback follows an edit.
  await monday.getByLabel('Monday, range 1, end').fill('18:45');
  await expect(monday.locator('.range__readback')).toHaveText(/9:00\sAM – 6:45\sPM/);
  await page.screenshot({ path: 'artifacts/displays/preferences-12h.png' });
});

test('Preferences on a 24-hour clock: the plan as is, no readback', async ({ page }) => {
  await openPreferences(page, GB_24H);
  expect(await text(page, '.plan')).toBe('Today’s plan: 10:15 · 13:05');
  await page.getByRole('tab', { name: 'Work hours' }).click();
  await expect(page.getByRole('group', { name: 'Monday' })).toBeVisible();
  await expect(page.locator('.range__readback')).toHaveCount(0);
});

for (const [format, expected] of [
  [US_12H, 'Friday, March 13'],
  [GB_24H, 'Friday 13 March'],
  [DE, 'Friday, 13 March'],
] as const) {
  test(`Stats dates follow the snapshot’s locale (${format.locale}), not the browser’s`, async ({ page }) => {
    await page.setViewportSize({ width: 720, height: 600 });
    await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true, timeFormat: format }), stats: sampleStatsView() });
    await page.goto('/stats.html');
    await expect(page.locator('.stats__date')).toHaveText(expected);
    await expect(page.locator('.chart__label').filter({ hasText: 'Sat' }).first()).toBeVisible();
    await page.screenshot({ path: `artifacts/displays/stats-${format.locale}.png` });
  });
}
