import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { saveScreenshot } from '../support/screenshots';
import { DISC_CAUTION } from '../../common/safetyAdvice';

test.use({ viewport: { width: 560, height: 660 } });

for (const scheme of ['light', 'dark'] as const) {
  test(`welcome renders its safety note and three choices (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await useFakeBridge(page, { snapshot: defaultSnapshot() });
    await page.goto('/welcome.html');
    await expect(page.getByRole('heading', { name: 'Welcome to Limber' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Move gently' })).toBeVisible();
    await expect(page.getByText('numbness, tingling or weakness', { exact: false })).toBeVisible();
    await expect(page.getByText(DISC_CAUTION)).toBeVisible();
    await expect(page.getByRole('group', { name: 'When do you work?' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Where can you move?' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'What do you have nearby?' })).toBeVisible();
    // Defaults come from the preferences main sent: Mon–Fri, 09:00–17:30, seated + standing.
    await expect(page.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
    await expect(page.getByLabel('From')).toHaveValue('09:00');
    await expect(page.getByRole('checkbox', { name: /Seated/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /On the floor/ })).not.toBeChecked();
    // Everything fits the 560×660 window without scrolling.
    await saveScreenshot(page, `welcome-${scheme}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test('the user’s choices reach main through the contract', async ({ page }) => {
  await useFakeBridge(page, { snapshot: defaultSnapshot() });
  await page.goto('/welcome.html');
  await page.getByRole('checkbox', { name: 'Friday' }).uncheck();
  await page.getByLabel('From').fill('08:30');
  await page.getByLabel('to').fill('16:00');
  await page.getByRole('checkbox', { name: /On the floor/ }).check();
  await page.getByRole('checkbox', { name: 'Foam roller' }).check();
  await page.getByRole('button', { name: 'Start Limber' }).click();
  await expect(page.getByRole('heading', { name: 'You’re all set' })).toBeVisible();
  expect(await recordedCalls(page, 'completeWelcome')).toEqual([
    {
      method: 'completeWelcome',
      payload: {
        workDays: ['mon', 'tue', 'wed', 'thu'],
        workStart: '08:30',
        workEnd: '16:00',
        positions: ['seated', 'standing', 'floor'],
        equipment: ['foamRoller'],
      },
    },
  ]);
});

test('invalid choices are explained next to the field and nothing is sent', async ({ page }) => {
  await useFakeBridge(page, { snapshot: defaultSnapshot() });
  await page.goto('/welcome.html');
  await page.getByRole('checkbox', { name: /Seated/ }).uncheck();
  await page.getByRole('checkbox', { name: /Standing/ }).uncheck();
  await page.getByLabel('to').fill('08:00');
  await page.getByRole('button', { name: 'Start Limber' }).click();
  await expect(page.getByText('Choose at least one position.')).toBeVisible();
  await expect(page.getByText('The end of the work day must be after its start.')).toBeVisible();
  expect(await recordedCalls(page, 'completeWelcome')).toEqual([]);
  await saveScreenshot(page, 'welcome-invalid');
});

test('an error from main is shown and the form stays usable', async ({ page }) => {
  await useFakeBridge(page, { snapshot: defaultSnapshot(), failures: { completeWelcome: 'completeWelcome failed: disk full' } });
  await page.goto('/welcome.html');
  await page.getByRole('button', { name: 'Start Limber' }).click();
  await expect(page.getByRole('alert')).toHaveText('completeWelcome failed: disk full');
  await expect(page.getByRole('button', { name: 'Start Limber' })).toBeEnabled();
});

test('the welcome screen works with the keyboard alone', async ({ page }) => {
  await useFakeBridge(page, { snapshot: defaultSnapshot() });
  await page.goto('/welcome.html');
  await expect(page.getByRole('button', { name: 'Start Limber' })).toBeVisible();
  // Tab through every control; each one shows a visible focus ring.
  const seen: string[] = [];
  // (A time input takes one Tab per segment, so allow plenty.)
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const target = el.matches('.chip input') ? (el.nextElementSibling as HTMLElement) : el;
      const style = getComputedStyle(target);
      return { label: el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '', outline: style.outlineStyle };
    });
    if (!info) break;
    expect(info.outline, `focus ring on ${info.label}`).not.toBe('none');
    if (seen.at(-1) !== info.label.trim()) seen.push(info.label.trim());
    if (info.label.includes('Start Limber')) break;
  }
  expect(seen).toEqual([
    ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map((d) => d.slice(0, 3) + d),
    'From',
    'to',
    'Seated on your chair',
    'Standing by the desk',
    'On the floor with room',
    'Foam roller',
    'Massage ball',
    'Resistance band',
    'Speak each step aloud',
    'Start Limber',
  ]);
  // Space toggles the focused checkbox; Enter submits.
  await page.getByRole('checkbox', { name: 'Saturday' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Start Limber' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'You’re all set' })).toBeVisible();
  const [call] = await recordedCalls(page, 'completeWelcome');
  expect((call?.payload as { workDays: string[] }).workDays).toContain('sat');
});
