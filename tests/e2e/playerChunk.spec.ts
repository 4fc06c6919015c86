/**
 * The player's lazy chunk (afterStart-*.js) failing to load: a file missing from a damaged
 * install (404) or a transient read error (a failed request). A failed load is not cached: the
 * next ask loads it again, and when Start cannot get the player the window says so calmly and
 * offers to try again. Built renderer in Chromium, with the typed fake bridge.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { deskPlan, reminderSnapshot, routineSnapshot } from '../support/reminderFixtures';

test.use({ viewport: { width: 380, height: 520 } });

const CHUNK = /\/assets\/afterStart-[^/]+\.js$/;
const SHOTS = path.resolve(process.cwd(), 'artifacts/robust');

type Failure = 'missing' | 'readError';
const fail = (route: Route, how: Failure) => (how === 'missing' ? route.fulfill({ status: 404, body: 'Not found' }) : route.abort('failed'));

/** Fails the chunk's requests while `failing()` says so; returns how many requests were made. */
async function breakChunk(page: Page, how: Failure, failing: () => boolean): Promise<{ requests: number; failed: number }> {
  const counts = { requests: 0, failed: 0 };
  await page.route(CHUNK, async (route) => {
    counts.requests++;
    if (failing()) {
      counts.failed++;
      await fail(route, how);
    } else await route.continue();
  });
  return counts;
}

const playerShown = (page: Page) => expect(page.getByRole('button', { name: 'Stop — this hurts' })).toBeVisible();

for (const how of ['missing', 'readError'] as const) {
  // Mutation caught: dropping `loading = null` in useAfterStart.ts's load(): the second ask gets
  // the cached rejection and Start shows the loading shell (or the error) for ever.
  test(`a failed prefetch is tried again at Start, which plays the routine (${how})`, async ({ page }) => {
    let failures = 1;
    const counts = await breakChunk(page, how, () => failures-- > 0);
    await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
    await page.goto('/reminder.html');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect.poll(() => counts.failed).toBe(1); // the prefetch, once the card was up
    await page.getByRole('button', { name: 'Start' }).click();
    await playerShown(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Seated 360° breathing' })).toBeVisible();
    expect(counts.requests).toBe(2);
  });
}

// Mutation caught: not rendering PlayerUnavailable when chunk.failed is set in ReminderApp.tsx
// (the loading shell stays up with no way out but Esc), or dropping `loading = null` (Try again fails).
test('Start that cannot get the player says so calmly, and Try again plays the routine', async ({ page }) => {
  let broken = true;
  const counts = await breakChunk(page, 'missing', () => broken);
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await expect.poll(() => counts.failed).toBe(1); // the prefetch
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The routine didn’t open' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(/couldn’t load its routine player\. Try again/);
  expect(counts.failed).toBe(2);
  expect(await recordedCalls(page, 'respondToReminder')).toEqual([{ method: 'respondToReminder', payload: { action: 'start' } }]);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'player-unavailable-light.png') });
  await expectNoAxeViolations(page);

  // Still broken: trying again shows the same calm screen again, not a blank window.
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => counts.failed).toBe(3);
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  broken = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await playerShown(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Seated 360° breathing' })).toBeVisible();
  // The routine was started once: trying again only fetched the player.
  expect(await recordedCalls(page, 'respondToReminder')).toHaveLength(1);
});

test('a routine main started, whose player cannot load: the error in dark, and Enter tries again', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  let failures = 1;
  await breakChunk(page, 'readError', () => failures-- > 0);
  await useFakeBridge(page, { snapshot: routineSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await expect(page.getByRole('heading', { level: 1, name: 'The routine didn’t open' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'player-unavailable-dark.png') });
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await playerShown(page);
});

test('Close on the error closes the window', async ({ page }) => {
  await breakChunk(page, 'missing', () => true);
  await useFakeBridge(page, { snapshot: routineSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await recordedCalls(page, 'closeWindow')).length).toBe(1);
});
