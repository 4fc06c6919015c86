/**
 * The platform parts of Preferences at the window's real size: the Tray icon choice (saved
 * through the real schema) and, on Wayland, the lines saying what the desktop keeps Limber from
 * doing, in About — the sentences main sends (main/core/desktopLimits.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { limitSentences } from '../../main/core/desktopLimits';
import { CATALOG } from '../../main/core/routines';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { saveScreenshot } from '../support/screenshots';

test.use({ viewport: { width: 760, height: 680 } });

async function open(page: Page, limits: readonly string[] = []) {
  await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true, desktop: { limits, panel: null } }), exercises: CATALOG });
  await page.goto('/preferences.html');
  await expect(page.getByRole('heading', { name: 'Reminders', level: 1 })).toBeVisible();
}

async function section(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('Tray icon: automatic by default; Light is saved as trayIcon light', async ({ page }) => {
  await open(page);
  await section(page, 'Sound & look');
  const group = page.getByRole('group', { name: 'Tray icon' });
  await expect(group.getByRole('radio', { name: /Automatic/ })).toBeChecked();
  await group.getByRole('radio', { name: /^Light/ }).check();
  await expect(group.getByRole('radio', { name: /^Light/ })).toBeChecked();
  expect((await recordedCalls(page, 'updatePreferences')).map((c) => c.payload)).toEqual([{ trayIcon: 'light' }]);
  await group.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'preferences-tray-icon');
});

test('About on Wayland says the card opens on the primary display and natural breaks are not detected', async ({ page }) => {
  await open(page, limitSentences({ backend: 'wayland', idleSeen: false }));
  await section(page, 'About & safety');
  const group = page.getByRole('region', { name: 'On this desktop' });
  await expect(group).toContainText('the reminder card opens on your primary display');
  await expect(group).toContainText('natural breaks (time away from the keyboard) are not detected');
  await saveScreenshot(page, 'preferences-wayland-limits');
  await expectNoAxeViolations(page);
});

test('About on X11 has no desktop group', async ({ page }) => {
  await open(page);
  await section(page, 'About & safety');
  await expect(page.getByRole('heading', { name: 'Move gently' })).toBeVisible();
  await expect(page.getByText('On this desktop')).toHaveCount(0);
});
