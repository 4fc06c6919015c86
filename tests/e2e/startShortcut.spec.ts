/**
 * Preferences → Reminders → Keyboard shortcut (decision 0070) in Chromium against the fake
 * bridge, which checks each patch with the real schema: off by default, the keys editable once on,
 * a refused accelerator explained beside the field and never sent, a valid one saved.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { saveScreenshot } from '../support/screenshots';

test.use({ viewport: { width: 760, height: 680 } });

test('the start shortcut: off by default, keys checked as typed, valid keys saved', async ({ page }) => {
  await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true }) });
  await page.goto('/preferences.html');
  const toggle = page.getByRole('switch', { name: 'Start a routine with a keyboard shortcut' });
  const keys = page.getByRole('textbox', { name: 'Shortcut' });
  await expect(toggle).not.toBeChecked();
  await expect(keys).toBeDisabled();
  await expect(keys).toHaveValue('CommandOrControl+Alt+L');

  await toggle.check();
  await expect(keys).toBeEnabled();
  await keys.fill('Shift+L');
  await expect(page.getByRole('alert')).toHaveText('Add Ctrl, Alt, Cmd or Super: without one the shortcut would take that key from every app.');
  await expect(keys).toHaveAttribute('aria-invalid', 'true');
  await keys.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'cli-start-shortcut-refused');
  await keys.fill('Ctrl+Alt+K');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const patches = (await recordedCalls(page, 'updatePreferences')).map((c) => c.payload);
  expect(patches).toEqual([{ startShortcutEnabled: true }, { startShortcut: 'Ctrl+Alt+K' }]);
  await expectNoAxeViolations(page);
});
