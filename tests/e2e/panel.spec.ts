/**
 * The tray-less panel (GNOME without AppIndicator) at its real size, drawn from the real tray
 * menu model: the status, the install hint, every action, and the actions going back to main as
 * runMenuAction with payloads the real schema accepts.
 */
import { expect, test, type Page } from '@playwright/test';
import { ipcPayloadSchemas } from '../../common/ipc';
import { trayMenuModel, type TrayState } from '../../main/core/trayMenu';
import { traylessHint } from '../../main/core/desktopLimits';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { saveScreenshot } from '../support/screenshots';

test.use({ viewport: { width: 360, height: 640 } });

const state: TrayState = { text: 'Next break in 23 min', reminderUp: false, canSnooze: false, paused: false, routineRunning: false, snoozeMinutes: 10 };
const panelSnapshot = (tray: TrayState) =>
  defaultSnapshot({
    firstRunComplete: true,
    statusText: tray.text,
    desktop: { limits: [], panel: { menu: trayMenuModel(tray), hint: traylessHint('GNOME') } },
  });

async function openPanel(page: Page, tray: TrayState = state): Promise<void> {
  await useFakeBridge(page, { snapshot: panelSnapshot(tray) });
  await page.goto('/panel.html');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the panel shows the status, what to install and the tray's actions (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openPanel(page);
    await expect(page.getByRole('status')).toHaveText('Next break in 23 min');
    await expect(page.getByText(/AppIndicator and KStatusNotifierItem Support/)).toBeVisible();
    await expect(page.getByText(/gnome-shell-extension-appindicator/)).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Limber menu' });
    for (const name of ['Start a routine now', 'For 30 minutes', 'Until I resume', 'Preferences…', 'Stats…', 'Quit Limber']) {
      await expect(menu.getByRole('button', { name })).toBeVisible();
    }
    await saveScreenshot(page, `panel-${scheme}`);
    // Everything fits the window: nothing to scroll to.
    expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test("each button sends its tray action, which main's schema accepts", async ({ page }) => {
  await openPanel(page);
  await page.getByRole('button', { name: 'Start a routine now' }).click();
  await page.getByRole('button', { name: 'For 1 hour' }).click();
  await page.getByRole('button', { name: 'Stats…' }).click();
  const calls = await recordedCalls(page, 'runMenuAction');
  expect(calls.map((c) => c.payload)).toEqual([
    { action: { kind: 'startNow' } },
    { action: { kind: 'pause', length: '1h' } },
    { action: { kind: 'open', window: 'stats' } },
  ]);
  for (const call of calls) expect(ipcPayloadSchemas.runMenuAction.safeParse(call.payload).success).toBe(true);
});

test('the panel follows the menu: Snooze while a reminder is up, Resume while paused, Start disabled during a routine', async ({ page }) => {
  await openPanel(page);
  await page.evaluate(
    (snapshot) => window.__limberFake!.emit('snapshotChanged', snapshot),
    panelSnapshot({ ...state, text: 'Paused until 14:00', paused: true, routineRunning: true }),
  );
  await expect(page.getByRole('status')).toHaveText('Paused until 14:00');
  await expect(page.getByRole('button', { name: 'Resume reminders' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'For 30 minutes' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start a routine now' })).toBeDisabled();
  await page.evaluate((snapshot) => window.__limberFake!.emit('snapshotChanged', snapshot), panelSnapshot({ ...state, reminderUp: true, canSnooze: true }));
  await page.getByRole('button', { name: 'Snooze 10 min' }).click();
  expect((await recordedCalls(page, 'runMenuAction')).map((c) => c.payload)).toEqual([{ action: { kind: 'snooze' } }]);
});
