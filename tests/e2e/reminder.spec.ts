/**
 * The reminder card in Chromium with the typed fake bridge: what it says, what each answer
 * sends to main, its keys, its themes, and the calm state shown when nothing is due.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { defaultSnapshot, recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { audioLog, deskPlan, handPlan, reminderSnapshot, routineSnapshot, useAudioStub } from '../support/reminderFixtures';
import { saveScreenshot } from '../support/screenshots';

test.use({ viewport: { width: 380, height: 520 } });

const methods = async (page: Page) => (await recordedCalls(page)).map((c) => c.method).filter((m) => m !== 'getSnapshot');

/** Nothing may stick out of the 380×520 window. */
async function expectNoOverflow(page: Page) {
  const overflow = await page.evaluate(() => ({
    x: document.documentElement.scrollWidth - window.innerWidth,
    y: document.documentElement.scrollHeight - window.innerHeight,
  }));
  expect(overflow).toEqual({ x: 0, y: 0 });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the card says what is due and offers Start, Snooze and Skip (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
    await page.goto('/reminder.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Time to move' })).toBeVisible();
    // Seed 1 is a 2½-minute seated routine with more upper back than hips.
    await expect(page.getByText('2½ min · upper back & hips · at your desk', { exact: true })).toBeVisible();
    const list = page.getByRole('region', { name: 'In this routine' }).getByRole('listitem');
    await expect(list).toHaveText([/Seated 360° breathing\s*40 s$/, /Seated side bend\s*20 s each side$/, /Chair-back extension/, /Seated march/]);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Snooze 10 min' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
    await expectNoOverflow(page);
    await saveScreenshot(page, `reminder-card-${scheme}`);
    await expectNoAxeViolations(page);
  });
}

test('the card describes a floor routine with gear, and the composer’s notes', async ({ page }) => {
  const plan = handPlan(['upper-back-roll', 'ninety-ninety-internal-rotation', 'dead-bug']);
  const message = '2 min 15 s instead of 2½ min: that is all your floor moves can fill.';
  const relaxed = [{ code: 'length' as const, direction: 'shorter' as const, totalSeconds: 135, targetSeconds: 150, message }];
  await useFakeBridge(page, { snapshot: reminderSnapshot({ ...plan, relaxed }, { snoozesLeft: null, snoozeMinutes: 5 }) });
  await page.goto('/reminder.html');
  // The length note's real length heads the card, not the 2½ min the user chose.
  await expect(page.getByText('2 min 15 s · hips & upper back · on the floor · with a foam roller')).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Snooze 5 min' })).toBeVisible();
  await saveScreenshot(page, 'reminder-card-floor');
  await expectNoAxeViolations(page);
});

test('the notes on why a routine breaks the filters are above the fold, before the list, at the real card size', async ({ page }) => {
  const plan = handPlan(['seated-side-bend', 'seated-march', 'chair-back-extension', 'seated-figure-four']);
  const relaxed = [
    { code: 'repeat' as const, exerciseIds: ['seated-march'], message: 'Repeats Seated march from your last two routines: nothing new fits your settings.' },
    { code: 'length' as const, direction: 'shorter' as const, totalSeconds: 135, targetSeconds: 150, message: '2 min 15 s instead of 2½ min: that is all your seated moves can fill.' },
  ];
  await useFakeBridge(page, { snapshot: reminderSnapshot({ ...plan, relaxed }) });
  await page.goto('/reminder.html');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  const notes = page.getByRole('list', { name: 'About this routine' }).getByRole('listitem');
  await expect(notes).toHaveText(relaxed.map((r) => r.message));
  const firstExercise = (await page.getByRole('region', { name: 'In this routine' }).getByRole('listitem').first().boundingBox())!;
  for (const note of await notes.all()) {
    // Wholly inside the 380×520 window with nothing scrolled, not hidden behind anything, and
    // read before the list of exercises.
    const box = (await note.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(520);
    expect(box.y + box.height).toBeLessThanOrEqual(firstExercise.y);
    expect(await note.evaluate((el) => el.contains(document.elementFromPoint(el.getBoundingClientRect().left + 8, el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)))).toBe(true);
  }
  expect(await page.evaluate(() => document.scrollingElement!.scrollTop)).toBe(0);
  await saveScreenshot(page, 'reminder-card-notes');
});

test('the player is not in the card’s first paint: its chunk is fetched once the card is up, before any Start', async ({ page }) => {
  const chunk = /\/assets\/afterStart-[^/]+\.js$/;
  const fetched = page.waitForRequest(chunk, { timeout: 10_000 });
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  const html = await (await page.request.get('/reminder.html')).text();
  expect(html).not.toMatch(/afterStart/); // neither an entry script nor a modulepreload
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await fetched; // no click yet: prefetched
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#step-title')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop — this hurts' })).toBeVisible();
});

test('the card paints from one script and one stylesheet (decision 0022: built alone)', async ({ page }) => {
  const before: string[] = [];
  let painted = false;
  page.on('request', (request) => {
    if (!painted && /\.(?:js|css)$/.test(request.url())) before.push(new URL(request.url()).pathname);
  });
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  painted = true;
  // Each request is a round trip through main's app:// handler before Start can paint.
  expect(before.filter((p) => !/\/assets\/afterStart-/.test(p)).map((p) => p.replace(/-[\w-]+\./, '.'))).toEqual(
    expect.arrayContaining(['/assets/reminder.js', '/assets/reminder.css']),
  );
  expect(before.filter((p) => !/\/assets\/afterStart-/.test(p))).toHaveLength(2);
});

test('Start turns the card into the player and tells main', async ({ page }) => {
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Seated 360° breathing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop — this hurts' })).toBeVisible();
  expect(await recordedCalls(page, 'respondToReminder')).toEqual([{ method: 'respondToReminder', payload: { action: 'start' } }]);
});

test('Snooze answers the reminder and closes the card', async ({ page }) => {
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Snooze 10 min' }).click();
  await expect.poll(() => methods(page)).toEqual(['respondToReminder', 'closeWindow']);
  expect((await recordedCalls(page, 'respondToReminder'))[0]!.payload).toEqual({ action: 'snooze' });
});

test('Skip answers the reminder and closes the card', async ({ page }) => {
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect.poll(() => methods(page)).toEqual(['respondToReminder', 'closeWindow']);
  expect((await recordedCalls(page, 'respondToReminder'))[0]!.payload).toEqual({ action: 'skip' });
});

test('an answer main refuses is shown on the card, which stays usable', async ({ page }) => {
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)), failures: { respondToReminder: 'The reminder is gone.' } });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByRole('alert')).toHaveText('The reminder is gone.');
  await expect(page.getByRole('button', { name: 'Skip' })).toBeEnabled();
  expect(await recordedCalls(page, 'closeWindow')).toEqual([]);
});

test('keys work without focusing anything first: Enter starts', async ({ page }) => {
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Seated 360° breathing' })).toBeVisible();
  expect((await recordedCalls(page, 'respondToReminder'))[0]!.payload).toEqual({ action: 'start' });
});

test('Esc snoozes while snoozing is allowed', async ({ page }) => {
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1), { snoozesLeft: 1 }) });
  await page.goto('/reminder.html');
  await expect(page.getByText('Esc snooze (1 left)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect.poll(() => methods(page)).toEqual(['respondToReminder', 'closeWindow']);
  expect((await recordedCalls(page, 'respondToReminder'))[0]!.payload).toEqual({ action: 'snooze' });
});

test('Enter on a focused button is that button’s: Enter on Skip skips, not starts', async ({ page }) => {
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Skip' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => recordedCalls(page, 'respondToReminder')).toEqual([{ method: 'respondToReminder', payload: { action: 'skip' } }]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`after the snooze limit: no Snooze, and Esc closes the card without answering it (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1), { snoozesLeft: 0 }) });
    await page.goto('/reminder.html');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Snooze/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Close for now' })).toBeVisible();
    await saveScreenshot(page, `reminder-card-no-snooze-${scheme}`);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    // No skip is recorded: the reminder stays unanswered (docs/decisions/0005-reminder-keyboard.md).
    await expect.poll(() => methods(page)).toEqual(['closeWindow']);
  });
}

test('the card follows the theme chosen in Preferences over the system’s', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await useFakeBridge(page, { snapshot: reminderSnapshot(deskPlan(1), { preferences: { theme: 'dark' } }) });
  await page.goto('/reminder.html');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(22, 26, 24)');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`with nothing due the window is calm and useful (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true, statusText: 'Next break in 23 min' }) });
    await page.goto('/reminder.html');
    await expect(page.getByRole('heading', { name: 'Nothing due right now' })).toBeVisible();
    await expect(page.getByText('Next break in 23 min')).toBeVisible();
    await saveScreenshot(page, `reminder-idle-${scheme}`);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Start a routine now' }).click();
    await expect.poll(() => methods(page)).toEqual(['startRoutineNow']);
  });
}

test('a reminder pushed later replaces the idle state, and one withdrawn by main goes away', async ({ page }) => {
  await useFakeBridge(page, { snapshot: defaultSnapshot({ firstRunComplete: true }) });
  await page.goto('/reminder.html');
  await expect(page.getByRole('heading', { name: 'Nothing due right now' })).toBeVisible();
  const reminder = reminderSnapshot(deskPlan(1));
  await page.evaluate((s) => window.__limberFake!.emit('snapshotChanged', s), reminder);
  await expect(page.getByRole('heading', { name: 'Time to move' })).toBeVisible();
  // A natural break closes an unanswered reminder: main pushes a snapshot without a session.
  await page.evaluate((s) => window.__limberFake!.emit('snapshotChanged', { ...s, session: null }), reminder);
  await expect(page.getByRole('heading', { name: 'Nothing due right now' })).toBeVisible();
});

test('a routine started from the tray plays at once, without a card', async ({ page }) => {
  await useFakeBridge(page, { snapshot: routineSnapshot(deskPlan(1)) });
  await page.goto('/reminder.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Seated 360° breathing' })).toBeVisible();
  expect(await recordedCalls(page, 'respondToReminder')).toEqual([]);
});

// Behaviour, not the defaults: the window's cues follow the snapshot's sound preferences.
// Mutation caught: `const soundEnabled = true;` in ReminderApp.tsx instead of reading
// snapshot.preferences.soundEnabled (the quiet window then plays its first cue).
test('the window plays its cues with the sound settings main sends, and none with sound off', async ({ page }) => {
  // A cue sounds when time moves the routine on (here: from its 3-second lead into the
  // exercise). Both windows are driven past that moment on a fake clock, so the quiet one is
  // judged at the moment the loud one plays, not before it.
  const plan = handPlan(['seated-360-breathing'], 20, 3);
  const playPastTheLead = async (p: Page, soundEnabled: boolean) => {
    await p.clock.install({ time: Date.UTC(2026, 2, 9, 10) });
    await useAudioStub(p);
    await useFakeBridge(p, { snapshot: routineSnapshot(plan, { soundEnabled, soundVolume: 100 }) });
    await p.goto('/reminder.html');
    await expect(p.getByRole('heading', { level: 1, name: 'Seated 360° breathing' })).toBeVisible();
    await p.clock.runFor(4_000);
    await expect(p.getByText(/^Next up · get ready/)).toHaveCount(0); // the lead is over
  };
  await playPastTheLead(page, true);
  await expect.poll(async () => (await audioLog(page)).notes.length).toBeGreaterThan(0);

  const quiet = await page.context().newPage();
  await playPastTheLead(quiet, false);
  expect((await audioLog(quiet)).notes).toEqual([]);
});
