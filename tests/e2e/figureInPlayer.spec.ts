/**
 * The figure as the user sees it in the real player and card (issue 13 item 3): its size in its
 * box at the real window sizes, light and dark, and calm under reduced motion (a still pose per
 * step, nothing animating). Screenshots go to artifacts/figures/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { useFakeBridge } from '../support/fakeBridge';
import { handPlan, reminderSnapshot } from '../support/reminderFixtures';
import { startPlayer } from '../support/playerWalk';

const SIZES = { smallest: { width: 380, height: 520 }, large: { width: 560, height: 720 } } as const;
const SHOTS = path.resolve(process.cwd(), 'artifacts/figures');

/** The figure's box and the box around the drawn person (bones, trunk, head), in CSS pixels. */
function figureBoxes() {
  const box = document.querySelector('.stage__figure')!.getBoundingClientRect();
  const parts = Array.from(document.querySelectorAll('.fig-far, .fig-body, .fig-near, .fig-head')).filter((p) => p.closest('.stage__figure svg'));
  const rects = parts.map((p) => p.getBoundingClientRect());
  const person = {
    left: Math.min(...rects.map((r) => r.left)),
    right: Math.max(...rects.map((r) => r.right)),
    top: Math.min(...rects.map((r) => r.top)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
  return { box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width, height: box.height }, person };
}

/** Pixels per canvas unit of the figure's drawing, and the box it is drawn in. */
function figureScale() {
  const svg = document.querySelector<SVGSVGElement>('.stage__figure svg')!;
  return { perUnit: svg.getScreenCTM()!.a, boxHeight: svg.getBoundingClientRect().height };
}

/** Standing (arms overhead), lying on a roller, lying on the side on a roller: the three redrawn moves. */
const SHOWN = ['standing-breath-reach', 'lat-roll', 'ql-side-roll'];

for (const [sizeName, size] of Object.entries(SIZES)) {
  test(`the figure is drawn large, whole and at one scale in the player (${sizeName} ${size.width}×${size.height})`, async ({ page }) => {
    // Mutations caught: sceneViewBox sizing each move by its own height (the lying figure then
    // scales up: its pixels per unit no longer match the standing one's), a frame that cuts the
    // move (a person outside the box), or the old loose frame (the standing figure < 93 % tall).
    const plan = handPlan(['standing-breath-reach', 'lat-roll', 'seated-side-bend'], 20, 5);
    await startPlayer(page, plan, size, 'light', true);
    let now = 0;
    const scales: { id: string; ratio: number }[] = [];
    for (const step of plan.routine.steps) {
      if (step.kind !== 'exercise') continue;
      const at = step.startSecond * 1000 + 3_000;
      await page.clock.runFor(at - now);
      now = at;
      const { box, person } = await page.evaluate(figureBoxes);
      const where = `${step.exerciseId} (${step.side})`;
      // The whole person inside the figure's box.
      expect(person.left, where).toBeGreaterThanOrEqual(box.left);
      expect(person.right, where).toBeLessThanOrEqual(box.right);
      expect(person.top, where).toBeGreaterThanOrEqual(box.top);
      expect(person.bottom, where).toBeLessThanOrEqual(box.bottom);
      const tall = (person.bottom - person.top) / box.height;
      const wide = (person.right - person.left) / box.width;
      // Reduced motion shows the pose that shows the move: arms overhead, the roll's end.
      if (step.exerciseId === 'standing-breath-reach') expect(tall, `${where}: share of the box's height`).toBeGreaterThanOrEqual(0.93);
      if (step.exerciseId === 'lat-roll') expect(wide, `${where}: share of the box's width`).toBeGreaterThanOrEqual(0.5);
      if (step.exerciseId === 'seated-side-bend') expect(tall, `${where}: share of the box's height`).toBeGreaterThanOrEqual(0.6);
      const { perUnit, boxHeight } = await page.evaluate(figureScale);
      scales.push({ id: where, ratio: perUnit / boxHeight });
    }
    // One scale: the same canvas units per box height for standing, lying and seated.
    for (const s of scales) expect(s.ratio, s.id).toBeCloseTo(scales[0]!.ratio, 5);
  });
}

test('reduced motion: every step shows one still pose and nothing on the figure moves', async ({ page }) => {
  // Mutation caught: ExerciseFigure animating regardless of the setting (`animated` without
  // `!reduced`): the markup then changes within a step. The same walk without reduced motion
  // must see the reps move, or this test could not tell.
  const plan = handPlan(['standing-breath-reach', 'lat-roll'], 20, 5);
  for (const reduced of [true, false]) {
    const fresh = await page.context().newPage();
    await startPlayer(fresh, plan, SIZES.large, 'dark', reduced);
    let now = 0;
    let moved = 0;
    for (const step of plan.routine.steps) {
      const at = step.startSecond * 1000 + 700;
      await fresh.clock.runFor(at - now);
      const figure = fresh.locator('.stage__figure .figure');
      const markup = () => figure.evaluate((svg) => svg.innerHTML);
      const where = `${step.kind} ${step.exerciseId} (${step.side})`;
      const a = await markup();
      await fresh.clock.runFor(Math.min(3_000, step.seconds * 1000 - 1_400));
      now = at + Math.min(3_000, step.seconds * 1000 - 1_400);
      const b = await markup();
      if (a !== b) moved += 1;
      if (reduced) {
        await expect(figure, where).toHaveAttribute('data-animated', 'false');
        await expect(figure, where).toHaveAttribute('data-pose', /^\d+$/);
        expect(b, `${where}: the figure changed under reduced motion`).toEqual(a);
        // No CSS transition or animation running on the figure or its box either.
        const running = await fresh.evaluate(() =>
          document.getAnimations().filter((an) => {
            const target = (an.effect as KeyframeEffect | null)?.target;
            return target instanceof Element && target.closest('.stage__figure');
          }).length,
        );
        expect(running, `${where}: animations on the figure`).toBe(0);
      }
    }
    if (!reduced) expect(moved, 'without reduced motion the figure moves').toBeGreaterThan(0);
    await fresh.close();
  }
});

test('screenshots of the figure in the player and card (light, dark, reduced motion)', async ({ page }) => {
  test.slow();
  mkdirSync(SHOTS, { recursive: true });
  const plan = handPlan(SHOWN, 20, 5);
  for (const scheme of ['light', 'dark'] as const) {
    await page.setViewportSize(SIZES.smallest);
    await page.emulateMedia({ colorScheme: scheme });
    await useFakeBridge(page, { snapshot: reminderSnapshot(plan) });
    await page.goto('/reminder.html');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `card-${scheme}.png`) });
  }
  for (const [sizeName, size] of Object.entries(SIZES)) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const reduced of [false, true]) {
        const fresh = await page.context().newPage();
        await startPlayer(fresh, plan, size, scheme, reduced);
        let now = 0;
        for (const [i, step] of plan.routine.steps.entries()) {
          if (step.kind !== 'exercise') continue;
          const at = step.startSecond * 1000 + 9_000;
          await fresh.clock.runFor(at - now);
          now = at;
          await fresh.screenshot({ path: path.join(SHOTS, `player-${sizeName}-${step.exerciseId}-${step.side}-${scheme}${reduced ? '-reduced' : ''}-${i}.png`) });
        }
        await fresh.close();
      }
    }
  }
});
