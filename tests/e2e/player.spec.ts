/**
 * The routine player in Chromium, with Playwright's clock driving the countdowns: a whole
 * routine to the summary, pause / back / skip, a throttled page, the end dialog, "Stop — this
 * hurts", sound cues, the keyboard alone, reduced motion, and every state in both themes.
 */
import { expect, test, type Page } from '@playwright/test';
import type { RoutinePlan } from '../../common/ipc';
import type { Preferences } from '../../common/preferences';
import { recordedCalls, useFakeBridge } from '../support/fakeBridge';
import { audioLog, deskPlan, expectNoAxeViolationsOnPausedClock as expectNoAxeViolations, handPlan, reminderSnapshot, routineSnapshot, useAudioStub } from '../support/reminderFixtures';
import { saveScreenshot } from '../support/screenshots';

test.use({ viewport: { width: 380, height: 520 } });

/** Seed 1: lead-in 5 · breathing 40 (8 breaths) · 5 · side bend R 20 · switch 5 · L 20 · 5 · chair-back 20 · 5 · march 24 = 149 s. */
const PLAN = deskPlan(1);
const T = PLAN.routine.steps.map((s) => s.startSecond);

/** Fake time that moves only when the test says so, so every second shown is exact. */
async function freezeClock(page: Page) {
  const t0 = new Date('2025-03-04T10:15:00Z').getTime();
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(t0 + 1_000);
}

async function openCard(page: Page, plan: RoutinePlan = PLAN, preferences: Partial<Preferences> = {}) {
  await freezeClock(page);
  await useAudioStub(page);
  await useFakeBridge(page, { snapshot: reminderSnapshot(plan, { preferences }), recorded: { streakDays: 5, routinesToday: 3 } });
  await page.goto('/reminder.html');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
}

async function start(page: Page, plan: RoutinePlan = PLAN, preferences: Partial<Preferences> = {}) {
  await openCard(page, plan, preferences);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#step-title')).toBeVisible();
}

const title = (page: Page) => page.locator('#step-title');
const ring = (page: Page) => page.locator('.ring__seconds');
const left = (page: Page) => page.locator('.player__left');
const outcome = async (page: Page) => (await recordedCalls(page, 'reportRoutineOutcome')).map((c) => c.payload);

test('a whole routine plays to the summary, reports its outcome, and the window closes itself', async ({ page }) => {
  await start(page);
  // The lead-in names what comes first.
  await expect(page.getByText('Next up · get ready')).toBeVisible();
  await expect(title(page)).toHaveText('Seated 360° breathing');
  await expect(ring(page)).toHaveText('5');
  await expect(left(page)).toHaveText('Routine time left: 2:29 left');

  await page.clock.runFor(5_000);
  await expect(title(page)).toHaveText('Seated 360° breathing');
  await expect(page.locator('.player')).toHaveClass(/player--exercise/);
  await expect(ring(page)).toHaveText('40');
  await expect(page.getByText('Sit tall near the front of your chair, feet flat.')).toBeVisible();
  await expect(page.getByText('About two counts in through the nose', { exact: false })).toBeVisible();
  await expect(page.getByText('Up next: Seated side bend')).toBeVisible();
  await expect(page.locator('.eyebrow p').first()).toHaveText('8 slow reps');

  // The step is announced politely once; the countdown is not announced every second.
  const live = page.locator('[aria-live="polite"]');
  await expect(live).toHaveText('Exercise 1 of 4: Seated 360° breathing. 40 seconds.');
  const changes = await page.evaluate(() => {
    const region = document.querySelector('[aria-live="polite"]')!;
    const seen: string[] = [];
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    (window as unknown as { __liveChanges: string[] }).__liveChanges = seen;
    return seen.length;
  });
  expect(changes).toBe(0);
  await page.clock.runFor(10_000);
  await expect(ring(page)).toHaveText('30');
  await expect(left(page)).toHaveText('Routine time left: 2:14 left');
  expect(await page.evaluate(() => (window as unknown as { __liveChanges: string[] }).__liveChanges)).toEqual([]);

  // Right side, then the switch cue, then the left side.
  await page.clock.runFor((T[3]! - 15) * 1000);
  await expect(title(page)).toHaveText('Seated side bend');
  await expect(page.locator('.eyebrow p').first()).toHaveText('Right side · Hold 20 s');
  await page.clock.runFor(20_000);
  await expect(title(page)).toHaveText('Switch sides');
  await expect(page.getByText('Now the left side', { exact: false })).toBeVisible();
  await expect(live).toHaveText('Switch sides. Seated side bend, left side, in 5 seconds.');
  await page.clock.runFor(5_000);
  await expect(title(page)).toHaveText('Seated side bend');
  await expect(page.locator('.eyebrow')).toContainText('Left side');

  await page.clock.runFor((PLAN.routine.totalSeconds - T[5]! - 1) * 1000);
  await expect(title(page)).toHaveText('Seated march');
  await expect(page.getByText('Last one')).toBeVisible();
  await expect(ring(page)).toHaveText('1');
  await page.clock.runFor(1_000);

  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  await expect(page.getByRole('definition').nth(0)).toHaveText('2 min 29 s');
  await expect(page.getByRole('definition').nth(1)).toHaveText('4');
  await expect(page.getByRole('definition').nth(2)).toHaveText('5 days');
  await expect(page.getByText('Your 3rd routine today.')).toBeVisible();
  expect(await outcome(page)).toEqual([
    { outcome: 'completed', activeSeconds: PLAN.routine.totalSeconds, exerciseIds: [...PLAN.routine.exerciseIds] },
  ]);

  // Sound: a soft note at each new step, a rising pair at the side switch, a chord at the end.
  const notes = (await audioLog(page)).notes.map((n) => n.hz);
  const NEXT = 587.33;
  expect(notes).toEqual([
    NEXT, // breathing starts
    NEXT, // next up: side bend
    NEXT, // side bend, right
    523.25, 659.25, // switch sides
    NEXT, // side bend, left
    NEXT, // next up: chair-back
    NEXT, // chair-back
    NEXT, // next up: march
    NEXT, // march
    523.25, 659.25, 783.99, // the end
  ]);

  expect(await recordedCalls(page, 'closeWindow')).toEqual([]);
  await page.clock.runFor(8_000);
  await expect.poll(() => recordedCalls(page, 'closeWindow')).toHaveLength(1);
});

test('pauses are not counted: the step resumes at the same second and the outcome excludes them', async ({ page }) => {
  await start(page);
  await page.clock.runFor(12_000); // 7 s into the breathing
  await expect(ring(page)).toHaveText('33');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(ring(page)).toHaveText('33');
  await expect(title(page)).toHaveText('Seated 360° breathing');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.clock.runFor(3_000);
  await expect(ring(page)).toHaveText('30');
  await page.clock.runFor((PLAN.routine.totalSeconds - 15) * 1000);
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  expect((await outcome(page))[0]).toMatchObject({ outcome: 'completed', activeSeconds: PLAN.routine.totalSeconds });
});

test('a throttled page that wakes late lands on the right second of the right step', async ({ page }) => {
  await start(page);
  // No timer fires for 57 s (a hidden, throttled window), then one does.
  await page.clock.fastForward(57_000);
  // 57 s = lead-in 5 + breathing 40 + next up 5 + 7 s into the right side of the side bend.
  await expect(title(page)).toHaveText('Seated side bend');
  await expect(ring(page)).toHaveText('13');
  await expect(left(page)).toHaveText(`Routine time left: ${fmt(PLAN.routine.totalSeconds - 57)} left`);
  // One cue for where we are now, not a burst for every step that was missed.
  expect((await audioLog(page)).notes).toHaveLength(1);
});

test('back and skip move between steps; skipping the last step completes the routine', async ({ page }) => {
  await start(page);
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(title(page)).toHaveText('Seated 360° breathing');
  await expect(ring(page)).toHaveText('40');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Next up · get ready')).toBeVisible();
  await expect(title(page)).toHaveText('Seated side bend');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.eyebrow')).toContainText('Right side');
  // Back goes to the previous exercise, not to the "next up" pause before this one.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(title(page)).toHaveText('Seated 360° breathing');
  await expect(page.locator('.player')).toHaveClass(/player--exercise/);
  // From the first exercise, back goes to the start of the routine.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.player')).toHaveClass(/player--transition/);
  await expect(title(page)).toHaveText('Seated 360° breathing');
  // Skip everything that is left.
  for (let i = 0; i < PLAN.routine.steps.length; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  const [report] = await outcome(page);
  // Skipped at once: nothing done, no time moved.
  expect(report).toEqual({ outcome: 'completed', activeSeconds: 0, exerciseIds: [] });
});

test('Esc asks before ending; Esc again keeps going; "End routine" reports a stopped routine', async ({ page }) => {
  await start(page);
  await page.clock.runFor(25_000); // 20 s into the breathing
  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'End this routine?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Keep going' })).toBeFocused();
  // The routine waits while the user decides.
  await page.clock.runFor(30_000);
  await expect(ring(page)).toHaveText('20');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(4_000);
  await expect(ring(page)).toHaveText('16');
  await page.getByRole('button', { name: 'End routine' }).click();
  await dialog.getByRole('button', { name: 'End routine' }).click();
  await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeVisible();
  expect(await outcome(page)).toEqual([{ outcome: 'stopped', activeSeconds: 29, exerciseIds: ['seated-360-breathing'] }]);
  // No end chord for a routine the user ended.
  expect((await audioLog(page)).notes.map((n) => n.hz)).toEqual([587.33]);
});

test('"Stop — this hurts" ends at once, says when to get help, and can leave the exercise out', async ({ page }) => {
  await start(page);
  await page.clock.runFor(T[3]! * 1000 + 8_000); // 8 s into the side bend, right side
  await expect(title(page)).toHaveText('Seated side bend');
  await page.getByRole('button', { name: 'Stop — this hurts' }).click();
  await expect(page.getByRole('heading', { name: 'Stopped. Go easy now.' })).toBeVisible();
  expect(await outcome(page)).toEqual([
    { outcome: 'stopped', activeSeconds: T[3]! + 8, exerciseIds: ['seated-360-breathing', 'seated-side-bend'] },
  ]);
  const help = page.getByRole('region', { name: 'See a doctor or physiotherapist if you have' });
  for (const sign of [
    'sharp pain, or pain that spreads down a leg',
    'numbness or tingling',
    'weakness in a leg or foot',
    'pain that began after a fall or an injury',
    'pain that disturbs your daily life or your sleep',
  ]) {
    await expect(help.getByText(sign)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Leave this exercise out from now on' }).click();
  await expect(page.getByRole('status')).toHaveText('Seated side bend is left out from now on. You can bring it back in Preferences.');
  expect(await recordedCalls(page, 'excludeExercise')).toEqual([{ method: 'excludeExercise', payload: { exerciseId: 'seated-side-bend' } }]);
  // It does not close by itself: this is worth reading.
  await page.clock.runFor(60_000);
  expect(await recordedCalls(page, 'closeWindow')).toEqual([]);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => recordedCalls(page, 'closeWindow')).toHaveLength(1);
});

test('"this hurts" during a "next up" pause offers to leave out the exercise just done', async ({ page }) => {
  await start(page);
  await page.clock.runFor((T[2]! + 2) * 1000);
  await expect(page.getByText('Next up · get ready')).toBeVisible();
  await page.keyboard.press('Tab'); // focus lands somewhere harmless first; the button is clicked below
  await page.getByRole('button', { name: 'Stop — this hurts' }).click();
  await page.getByRole('button', { name: 'Leave this exercise out from now on' }).click();
  await expect.poll(() => recordedCalls(page, 'excludeExercise')).toEqual([
    { method: 'excludeExercise', payload: { exerciseId: 'seated-360-breathing' } },
  ]);
});

test('sound cues follow the preferences: off means no audio at all, volume sets the loudness', async ({ page }) => {
  await start(page, PLAN, { soundEnabled: false });
  await page.clock.runFor(52_000); // 2 s into the side bend's right side
  await expect(title(page)).toHaveText('Seated side bend');
  expect(await audioLog(page)).toEqual({ contexts: 0, notes: [] });

  // Turned on in Preferences mid-routine: the next cue plays, at the chosen volume.
  const snap = reminderSnapshot(PLAN, { preferences: { soundEnabled: true, soundVolume: 100 } });
  await page.evaluate((s) => window.__limberFake!.emit('snapshotChanged', s), snap);
  await page.clock.runFor(20_000);
  const loud = (await audioLog(page)).notes;
  expect(loud.map((n) => n.hz)).toEqual([523.25, 659.25]); // switch sides
  expect(loud[0]!.peak).toBeCloseTo(0.25, 5);

  await page.evaluate((s) => window.__limberFake!.emit('snapshotChanged', s), reminderSnapshot(PLAN, { preferences: { soundVolume: 40 } }));
  await page.clock.runFor(5_000);
  const quiet = (await audioLog(page)).notes.slice(2);
  expect(quiet.map((n) => n.hz)).toEqual([587.33]); // the left side starts
  expect(quiet[0]!.peak).toBeCloseTo(0.25 * 0.4 * 0.4, 5);
});

test('the whole thing works from the keyboard alone, with a visible focus ring', async ({ page }) => {
  await openCard(page);
  // The window is shown without focus; once the user focuses it, Enter starts.
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Seated 360° breathing');
  // The heading of the new screen has focus (the user was typing here); Tab reaches every
  // control from the top, each with a focus ring.
  await expect(title(page)).toBeFocused();
  const seen: string[] = [];
  for (let i = 0; i < 10 && seen.at(-1) !== 'Stop — this hurts'; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { name: el.getAttribute('aria-label') ?? (el.tagName === 'BUTTON' ? el.textContent?.trim() : el.tagName) ?? '', outline: getComputedStyle(el).outlineStyle };
    });
    if (info.name === 'BODY') continue; // Tab wraps through the browser's own UI once
    expect(info.outline, `focus ring on ${info.name}`).not.toBe('none');
    seen.push(info.name);
  }
  // From the heading down, then round to the top. (The cues' panel would be a stop only if it
  // had to scroll; at 380×520 it does not.)
  expect(seen).toEqual(['Back', 'Pause', 'Skip', 'Stop — this hurts']);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'End routine' })).toBeFocused();
  await page.locator('#step-title').focus();
  // Space pauses and resumes; → and ← move; Enter pauses too.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.player')).toHaveClass(/player--exercise/);
  await page.clock.runFor(40_000);
  await expect(title(page)).toHaveText('Seated side bend');
  await page.keyboard.press('ArrowLeft');
  await expect(title(page)).toHaveText('Seated 360° breathing');
  // Esc asks; Tab moves inside the dialog only; Enter on "End routine" ends.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('dialog').getByRole('button', { name: 'End routine' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect.poll(() => recordedCalls(page, 'closeWindow')).toHaveLength(1);
});

test('the figure moves, and under reduced motion it holds one clear pose', async ({ page }) => {
  await start(page);
  await page.clock.runFor(5_500);
  const figure = page.locator('.stage__figure .figure');
  await expect(figure).toHaveAttribute('data-animated', 'true');
  const frame = () => figure.locator('[data-k="rightElbow-rightHand"]').evaluate((l) => `${l.getAttribute('x2')},${l.getAttribute('y2')}`);
  const a = await frame();
  await page.clock.runFor(2_500);
  const b = await frame();
  expect(b).not.toEqual(a);
  await expect(figure).toHaveAttribute('role', 'img');
  await expect(figure).toHaveAttribute('aria-label', 'Seated 360° breathing');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`reduced motion: a static figure (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
    await start(page);
    await page.clock.runFor(T[3]! * 1000 + 3_000);
    const figure = page.locator('.stage__figure .figure');
    await expect(figure).toHaveAttribute('data-animated', 'false');
    const snapshot = () => figure.evaluate((svg) => svg.innerHTML);
    const a = await snapshot();
    await page.clock.runFor(4_000);
    expect(await snapshot()).toEqual(a);
    // The still pose is the one that shows the move: for a side bend, leaning away.
    await expect(figure).toHaveAttribute('data-pose', '1');
    await saveScreenshot(page, `player-reduced-motion-${scheme}`);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every player state is accessible and looks right (${scheme})`, async ({ page }) => {
    // An axe scan and a screenshot of every state: about 15 s on a quiet machine, 45 s on a busy one.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await start(page);
    const shot = async (name: string) => {
      await saveScreenshot(page, `player-${name}-${scheme}`);
      await expectNoAxeViolations(page);
    };
    await shot('transition');
    await page.clock.runFor(9_000);
    await shot('running');
    await page.getByRole('button', { name: 'Pause' }).click();
    await shot('paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor((T[4]! - 9) * 1000 + 1_000);
    await expect(title(page)).toHaveText('Switch sides');
    await shot('switch-sides');
    await page.clock.runFor(8_000);
    await shot('running-left');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeVisible();
    await shot('confirm-end');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Stop — this hurts' }).click();
    await expect(page.getByRole('heading', { name: 'Stopped. Go easy now.' })).toBeVisible();
    await shot('hurts');
    await page.getByRole('button', { name: 'Leave this exercise out from now on' }).click();
    await expect(page.getByRole('status')).toBeVisible();
    await shot('hurts-excluded');
  });

  test(`the summary is accessible and looks right (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await start(page);
    await page.clock.runFor(PLAN.routine.totalSeconds * 1000);
    await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
    await saveScreenshot(page, `player-summary-${scheme}`);
    await expectNoAxeViolations(page);
  });
}

test('a floor routine with a foam roller draws its props and plays both sides', async ({ page }) => {
  const plan = handPlan(['upper-back-roll', 'ninety-ninety-internal-rotation', 'dead-bug'], 20, 5);
  await start(page, plan);
  await page.clock.runFor(7_000);
  await expect(title(page)).toHaveText('Upper-back roll');
  await expect(page.locator('.stage__figure circle.fig-prop, .stage__figure path.fig-prop')).not.toHaveCount(0);
  await saveScreenshot(page, 'player-floor-roller');
  await page.clock.runFor(23_000 + 5_000);
  await expect(page.locator('.eyebrow')).toContainText('Right side');
  await saveScreenshot(page, 'player-floor-90-90-right');
  await page.clock.runFor(25_000 + 5_000);
  await expect(page.locator('.eyebrow')).toContainText('Left side');
  await saveScreenshot(page, 'player-floor-90-90-left');
});

test('the summary waits while the pointer is on it', async ({ page }) => {
  await start(page, handPlan(['seated-march'], 10, 2));
  await page.clock.runFor(12_000);
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  await page.mouse.move(190, 200);
  await page.clock.runFor(20_000);
  expect(await recordedCalls(page, 'closeWindow')).toEqual([]);
  await page.keyboard.press('Enter');
  await expect.poll(() => recordedCalls(page, 'closeWindow')).toHaveLength(1);
});

test('a routine main could not record is still summarised, with the reason', async ({ page }) => {
  await freezeClock(page);
  await useFakeBridge(page, { snapshot: routineSnapshot(handPlan(['seated-march'], 10, 2)), failures: { reportRoutineOutcome: 'The history file is read-only.' } });
  await page.goto('/reminder.html');
  await expect(title(page)).toHaveText('Seated march');
  await page.clock.runFor(12_000);
  await expect(page.getByRole('heading', { name: 'Nicely done' })).toBeVisible();
  await expect(page.getByText('This routine could not be saved: The history file is read-only.')).toBeVisible();
  await expect(page.getByRole('definition').nth(2)).toHaveText('—');
  // Stays up so the message can be read.
  await page.clock.runFor(20_000);
  expect(await recordedCalls(page, 'closeWindow')).toEqual([]);
});

function fmt(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
