import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge, type FakeBridgeInit } from '../support/fakeBridge';
import { saveScreenshot } from '../support/screenshots';
import { emptyStatsView, sampleStatsView } from '../support/statsFixtures';

test.use({ viewport: { width: 720, height: 600 } });

async function openStats(page: Page, init: Partial<FakeBridgeInit> = {}): Promise<void> {
  // Dates follow the snapshot's locale (common/timeFormat.ts); these tests read them in US English.
  await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true, timeFormat: { locale: 'en-US', hourCycle: 'h12' } }), stats: sampleStatsView(), ...init });
  await page.goto('/stats.html');
}

async function fitsWithoutScrolling(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => ({
    y: document.documentElement.scrollHeight - window.innerHeight,
    x: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(overflow.y).toBeLessThanOrEqual(0);
  expect(overflow.x).toBeLessThanOrEqual(0);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`stats show today, the streak and the last 7 days (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openStats(page);
    await expect(page.getByRole('heading', { name: 'Your movement' })).toBeVisible();
    await expect(page.locator('.stats__date')).toHaveText('Friday, March 13');
    const today = page.getByRole('region', { name: 'Today' });
    await expect(today.getByRole('term').filter({ hasText: 'Breaks taken' })).toBeVisible();
    await expect(today.locator('.figure', { hasText: 'Breaks taken' }).locator('dd')).toHaveText('2');
    await expect(today.locator('.figure', { hasText: 'Minutes moved' }).locator('dd')).toHaveText('4.8');
    await expect(today.locator('.figure', { hasText: 'Longest sitting' }).locator('dd')).toHaveText('58 min');
    const streak = page.getByRole('region', { name: 'Streak' });
    await expect(streak).toContainText('6 work days');
    await expect(streak).toContainText('1 more today keeps it going.');
    await expect(today).toContainText('2 routines, no other breaks · 1 held while you were busy, then taken');
    await expect(streak).toContainText('Best 11 days · goal 3 a work day');
    await expect(page.getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('img', { name: /Routines per day over the last 7 days: 19 routines in all; the goal of 3 was met on 4 of 5 work days\./ })).toBeVisible();
    await saveScreenshot(page, `stats-${scheme}`);
    await fitsWithoutScrolling(page);
    await expectNoAxeViolations(page);
  });

  test(`the 30-day chart, and no history yet (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openStats(page);
    await page.getByRole('button', { name: '30 days' }).click();
    await expect(page.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { name: 'Routines per day, last 30 days' })).toBeVisible();
    await expect(page.locator('.chart__day')).toHaveCount(30);
    await saveScreenshot(page, `stats-30-days-${scheme}`);
    await fitsWithoutScrolling(page);
    await expectNoAxeViolations(page);
  });

  test(`an empty history looks intentional (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openStats(page, { stats: emptyStatsView() });
    await expect(page.getByText('Nothing recorded in the last 30 days yet')).toBeVisible();
    await expect(page.getByText('Do 3 routines on a work day to start a streak.')).toBeVisible();
    await expect(page.getByRole('button', { name: '7 days' })).toHaveCount(0); // no toggle over nothing
    await expect(page.getByRole('region', { name: 'Streak' })).toContainText('0 work days3 routines today start a streak.Goal: 3 routines a work day');
    await expect(page.getByRole('region', { name: 'Today' }).locator('.figure', { hasText: 'Longest sitting' }).locator('dd')).toHaveText('—none recorded yet');
    await saveScreenshot(page, `stats-empty-${scheme}`);
    await fitsWithoutScrolling(page);
    await expectNoAxeViolations(page);
  });
}

test('screen readers get the chart as a table with every day', async ({ page }) => {
  await openStats(page);
  const table = page.getByRole('table', { name: 'Your last 7 days, oldest first' });
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(table.getByRole('row').nth(1)).toHaveText(['Saturday, March 7 (day off)', '0', '0', '0', 'none recorded'].join(''));
  await expect(table.getByRole('row').nth(7)).toHaveText(['Friday, March 13', '2', '2', '4.8', '58 min'].join(''));
  await page.getByRole('button', { name: '30 days' }).click();
  await expect(page.getByRole('table', { name: 'Your last 30 days, oldest first' }).getByRole('row')).toHaveCount(31);
});

test('export to CSV and JSON says where the file went', async ({ page }) => {
  await openStats(page, { exportPath: '/home/ada/Documents/limber-history-2026-03-13.csv' });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved to /home/ada/Documents/limber-history-2026-03-13.csv');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  expect((await recordedCalls(page, 'exportHistory')).map((c) => c.payload)).toEqual([{ format: 'csv' }, { format: 'json' }]);
  await saveScreenshot(page, 'stats-exported');
  await fitsWithoutScrolling(page);
});

test('a cancelled export says nothing was saved', async ({ page }) => {
  await openStats(page, { exportPath: null });
  await page.getByRole('button', { name: 'Export JSON' }).click();
  await expect(page.getByRole('status')).toHaveText('Export cancelled: nothing was saved.');
  await expect(page.getByRole('button', { name: 'Export JSON' })).toBeEnabled();
});

test('a failed export is shown and the buttons stay usable', async ({ page }) => {
  await openStats(page, { failures: { exportHistory: 'EACCES: permission denied' } });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('alert')).toHaveText('Could not export: EACCES: permission denied');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
});

test('stats that fail to load say so and can be retried', async ({ page }) => {
  await openStats(page, { failures: { getStats: 'getStats is not available until the scheduler is connected.' } });
  await expect(page.getByRole('alert')).toContainText('Your stats could not be loaded');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(async () => (await recordedCalls(page, 'getStats')).length).toBe(2);
  await expectNoAxeViolations(page);
});

test('the theme chosen in the preferences wins over the system’s', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openStats(page, { snapshot: defaultSnapshot({ preferences: { ...DEFAULT_PREFERENCES, theme: 'dark' } }) });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 26, 24)');
});

test('a new snapshot from main (a routine just done) refreshes the stats', async ({ page }) => {
  await openStats(page);
  await expect(page.getByRole('region', { name: 'Streak' })).toContainText('6 work days');
  await page.evaluate((snapshot) => window.__limberFake!.emit('snapshotChanged', snapshot), defaultSnapshot());
  await expect.poll(async () => (await recordedCalls(page, 'getStats')).length).toBe(2);
});

test('everything works with the keyboard alone', async ({ page }) => {
  await openStats(page, { exportPath: null });
  await expect(page.getByRole('button', { name: '7 days' })).toBeVisible();
  const order: string[] = [];
  for (let i = 0; i < 10 && order.at(-1) !== 'Export JSON'; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { label: el.tagName === 'BUTTON' ? (el.textContent ?? '') : `<${el.tagName.toLowerCase()} class="${el.className}">`, outline: getComputedStyle(el).outlineStyle };
    });
    expect(info.outline, `focus ring on ${info.label}`).not.toBe('none');
    order.push(info.label);
  }
  expect(order).toEqual(['7 days', '30 days', 'Export CSV', 'Export JSON']);
  await page.getByRole('button', { name: '30 days' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '30 days' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Export JSON' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status')).toHaveText('Export cancelled: nothing was saved.');
});

test('at the smallest window size it scrolls rather than clips', async ({ page }) => {
  await page.setViewportSize({ width: 520, height: 440 });
  await openStats(page);
  await expect(page.getByRole('region', { name: 'Streak' })).toBeVisible();
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll('.card, .export')].some((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5),
  );
  expect(clipped).toBe(false);
  await saveScreenshot(page, 'stats-small');
  await expectNoAxeViolations(page);
});
