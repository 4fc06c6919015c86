/**
 * The player laid out for watching (issue 13): every exercise of the catalog, every step, both
 * sides, every cue, light and dark, at the smallest size (the card's 380×520) and the default
 * large player (560×720). Any clipped, overflowing or out-of-window element fails, and so do
 * overlays that cover each other. Playwright's clock drives the playback: no real waiting.
 *
 * The expected cue and rep at each moment are computed here from the dosage, independently of
 * renderer/src/reminder/pace.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { RoutinePlan } from '../../common/ipc';
import type { Exercise } from '../../common/routine';
import { useFakeBridge } from '../support/fakeBridge';
import { expectNoAxeViolationsOnPausedClock, handPlan, reminderSnapshot } from '../support/reminderFixtures';
import { PLANS_BY_PHASE, startPlayer } from '../support/playerWalk';

const SIZES = { smallest: { width: 380, height: 520 }, large: { width: 560, height: 720 } } as const;
const SHOTS = path.resolve(process.cwd(), 'test-results/player-screens');

/** What is wrong with the layout right now: clipped text, overflow, things outside the window, overlays on each other. */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const root = document.documentElement;
  if (root.scrollWidth > vw || root.scrollHeight > vh) problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${vw}×${vh}`);
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
    if (el.closest('svg, .visually-hidden, dialog:not([open])')) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.display === 'contents') continue;
    if (cs.clipPath.startsWith('inset(50%')) continue; // there for screen readers only
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) problems.push(`outside the window: ${name(el)} ${JSON.stringify([r.left, r.top, r.right, r.bottom].map(Math.round))}`);
    if (cs.display !== 'inline') {
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`overflows its width: ${name(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`overflows its height: ${name(el)} (${el.scrollHeight} > ${el.clientHeight})`);
    }
    if (cs.textOverflow === 'ellipsis' || (cs.getPropertyValue('-webkit-line-clamp') || 'none') !== 'none') problems.push(`truncates text: ${name(el)}`);
    // Inside every ancestor that clips.
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const ac = getComputedStyle(a);
      if (ac.overflowX === 'visible' && ac.overflowY === 'visible') continue;
      const ar = a.getBoundingClientRect();
      if (r.left < ar.left - 0.5 || r.top < ar.top - 0.5 || r.right > ar.right + 0.5 || r.bottom > ar.bottom + 0.5) problems.push(`clipped by ${name(a)}: ${name(el)}`);
      break;
    }
  }
  // The figure's overlays must not cover one another.
  const overlays = ['.ring', '.stage__reps', '.stage__switch', '.stage__paused'].flatMap((s) => Array.from(document.querySelectorAll(s)));
  for (let i = 0; i < overlays.length; i++) {
    for (let j = i + 1; j < overlays.length; j++) {
      const a = overlays[i]!.getBoundingClientRect();
      const b = overlays[j]!.getBoundingClientRect();
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`overlap: ${name(overlays[i]!)} and ${name(overlays[j]!)}`);
    }
  }
  return problems;
}

interface Seen {
  problems: string[];
  title: string;
  cue: string | null;
  reps: string | null;
  figureShare: number;
  digitsPx: number;
  safetyVisible: boolean | null;
}

async function look(page: Page): Promise<Seen> {
  const problems = await page.evaluate(layoutProblems);
  const metrics = await page.evaluate(() => {
    const figure = document.querySelector('.stage__figure')!.getBoundingClientRect();
    const safety = document.querySelector('.stage__safety');
    const sr = safety?.getBoundingClientRect();
    return {
      title: document.querySelector('#step-title')?.textContent ?? '',
      cue: document.querySelector('.stage__cues .is-current')?.textContent ?? null,
      reps: document.querySelector('.stage__reps')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
      figureShare: (figure.width * figure.height) / (window.innerWidth * window.innerHeight),
      digitsPx: parseFloat(getComputedStyle(document.querySelector('.ring__seconds')!).fontSize),
      safetyVisible: sr ? sr.top >= 0 && sr.bottom <= window.innerHeight && sr.height > 0 : null,
    };
  });
  return { problems, ...metrics };
}

/** Moments worth looking at in a step (ms into it), with the cue and rep expected then. */
function moments(step: RoutinePlan['routine']['steps'][number], exercise: Exercise): { atMs: number; cue: string | null; rep: number | null }[] {
  const total = step.seconds * 1000;
  if (step.kind !== 'exercise') return [{ atMs: 10, cue: null, rep: null }, { atMs: total - 400, cue: null, rep: null }];
  const n = exercise.cues.length;
  const reps = exercise.dosage.kind === 'reps' ? Math.max(1, Math.round(step.seconds / exercise.dosage.secondsPerRep)) : null;
  const repMs = reps ? total / reps : total;
  // A cue per share of the reps (on a rep's start), or of the seconds (holds, or more cues than reps).
  const starts = exercise.cues.map((_, i) => (reps && n <= reps ? Math.floor((i * reps) / n) * repMs : Math.floor((i * step.seconds) / n) * 1000));
  const out = starts.map((s, i) => ({ atMs: Math.round(s) + 20, cue: exercise.cues[i]!, rep: reps ? Math.floor((Math.round(s) + 20) / repMs) + 1 : null }));
  out.push({ atMs: total - 400, cue: exercise.cues[n - 1]!, rep: reps });
  return out.filter((m, i, all) => i === 0 || m.atMs > all[i - 1]!.atMs);
}

for (const [sizeName, size] of Object.entries(SIZES)) {
  for (const scheme of ['light', 'dark'] as const) for (const [phase, ALL] of PLANS_BY_PHASE) {
    test(`every ${phase} exercise, step, side and cue fits at ${sizeName} size ${size.width}×${size.height} (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await startPlayer(page, ALL, size, scheme);
      const exercises = new Map(ALL.exercises.map((e) => [e.id, e]));
      const failures: string[] = [];
      let now = 0;
      let minShare = 1;
      for (const [i, step] of ALL.routine.steps.entries()) {
        const exercise = exercises.get(step.exerciseId)!;
        for (const m of moments(step, exercise)) {
          const target = step.startSecond * 1000 + m.atMs;
          await page.clock.runFor(target - now);
          now = target;
          const seen = await look(page);
          const where = `${exercise.id} step ${i} (${step.kind}, ${step.side}) at ${m.atMs} ms`;
          for (const p of seen.problems) failures.push(`${where}: ${p}`);
          const title = step.kind === 'switchSides' ? 'Switch sides' : exercise.name;
          if (seen.title !== title) failures.push(`${where}: title "${seen.title}", expected "${title}"`);
          if (exercise.safety && seen.safetyVisible !== true) failures.push(`${where}: safety note not in view`);
          if (step.kind === 'exercise') {
            if (seen.cue !== m.cue) failures.push(`${where}: current cue "${seen.cue}", expected "${m.cue}"`);
            const reps = exercise.dosage.kind === 'reps' ? Math.max(1, Math.round(step.seconds / exercise.dosage.secondsPerRep)) : null;
            if (reps !== null && seen.reps !== `Rep ${m.rep} of ${reps}`) failures.push(`${where}: reps "${seen.reps}", expected "Rep ${m.rep} of ${reps}"`);
            if (reps === null && seen.reps !== null) failures.push(`${where}: a rep counter on a hold`);
            minShare = Math.min(minShare, seen.figureShare);
            if (sizeName === 'large' && seen.figureShare < 0.5) failures.push(`${where}: figure ${(seen.figureShare * 100).toFixed(1)} % of the window`);
          }
          if (seen.digitsPx < 40) failures.push(`${where}: countdown digits ${seen.digitsPx} px`);
        }
      }
      test.info().annotations.push({ type: 'figure share (min, exercise steps)', description: `${(minShare * 100).toFixed(1)} %` });
      if (failures.length > 0) mkdirSync(SHOTS, { recursive: true });
      if (failures.length > 0) writeFileSync(path.join(SHOTS, `failures-${phase}-${sizeName}-${scheme}.txt`), failures.join('\n'));
      expect(failures.slice(0, 40)).toEqual([]);
    });
  }
}

test('the player asks main to grow the window, and stays keyboard-operable and axe-clean when large', async ({ page }) => {
  const plan = handPlan(['seated-side-bend', 'seated-march'], 20, 5);
  await startPlayer(page, plan, SIZES.large, 'dark');
  await expect.poll(() => page.evaluate(() => window.__limberFake!.calls.filter((c) => c.method === 'setReminderLayout').map((c) => c.payload))).toEqual([{ layout: 'player' }]);
  await page.clock.runFor(6_000);
  await expectNoAxeViolationsOnPausedClock(page);
  await page.keyboard.press('Space');
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  expect((await look(page)).problems).toEqual([]);
  await expectNoAxeViolationsOnPausedClock(page);
});

test('screenshots at the real window sizes (card, large player, switch sides, reps), light and dark', async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const plan = handPlan(['seated-side-bend', 'seated-march', 'seated-glute-ball-release'], 20, 5);
  for (const scheme of ['light', 'dark'] as const) {
    await page.setViewportSize(SIZES.smallest);
    await page.emulateMedia({ colorScheme: scheme });
    await useFakeBridge(page, { snapshot: reminderSnapshot({ ...plan, relaxed: [{ code: 'repeat', exerciseIds: ['seated-march'], message: 'Repeats Seated march from your last two routines: nothing new fits your settings.' }] }) });
    await page.goto('/reminder.html');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `card-${scheme}.png`) });
  }
  for (const [sizeName, size] of Object.entries(SIZES)) {
    for (const scheme of ['light', 'dark'] as const) {
      const fresh = await page.context().newPage();
      await startPlayer(fresh, plan, size, scheme);
      const shot = (name: string) => fresh.screenshot({ path: path.join(SHOTS, `player-${sizeName}-${name}-${scheme}.png`) });
      await fresh.clock.runFor(5_000 + 12_000); // side bend, right, 12 s in
      await shot('hold');
      await fresh.clock.runFor(8_000 + 2_000); // switch sides
      await shot('switch-sides');
      await fresh.clock.runFor(3_000 + 20_000 + 5_000 + 7_000); // seated march, rep 3
      await shot('reps');
      await fresh.clock.runFor(13_000 + 5_000 + 2_000); // glute release: long safety note
      await shot('safety');
      await fresh.close();
    }
  }
});
