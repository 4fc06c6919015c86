/**
 * Preferences → Sound & look: the card's display (with the sentence where the focused window
 * cannot be followed) and the opt-in update notice, on the fake bridge that checks each patch
 * with the real schema.
 */
import { expect, test } from '@playwright/test';
import { DEFAULT_PREFERENCES } from '../../common/preferences';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge } from '../support/fakeBridge';

test.use({ viewport: { width: 760, height: 900 } });

test('the card’s display and the update notice are offered, and saved as chosen', async ({ page }) => {
  await useFakeBridge(page, {
    snapshot: defaultSnapshot({
      firstRunComplete: true,
      preferences: { ...DEFAULT_PREFERENCES, cardDisplay: 'focusedWindow' },
      focusedWindowDisplay: { kind: 'unavailable', reason: 'Wayland does not let one app see another app’s windows. The card then appears on the display under the pointer.' },
    }),
  });
  await page.goto('/preferences.html');
  await page.getByRole('tab', { name: 'Sound & look' }).click();
  const display = page.getByRole('group', { name: 'Reminder card display' });
  await expect(display.getByRole('radio', { name: 'Focused window' })).toBeChecked();
  await expect(page.getByRole('note')).toContainText('the display under the pointer');
  await display.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/displays/preferences-display.png' });

  await display.getByRole('radio', { name: 'Primary' }).check();
  await expect(page.getByRole('note')).toHaveCount(0);
  const updates = page.getByRole('switch', { name: /Tell me when a new version is out/ }).or(page.getByRole('checkbox', { name: /Tell me when a new version is out/ }));
  await expect(updates).not.toBeChecked();
  await expect(page.getByText(/GitHub sees your IP address/)).toBeVisible();
  await updates.check();
  const patches = (await recordedCalls(page, 'updatePreferences')).map((c) => c.payload);
  expect(patches).toEqual([{ cardDisplay: 'primary' }, { updateNotice: true }]);
  await expectNoAxeViolations(page);
});
