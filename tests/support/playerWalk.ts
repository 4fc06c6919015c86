/**
 * The shared start of the browser walks through the player (playerLayout, figureInPlayer,
 * overlaysClearFigure): every exercise in one hand-made routine per phase, and the card opened
 * on a paused fake clock at a given size and colour scheme, then started.
 */
import { expect, type Page } from '@playwright/test';
import type { RoutinePlan } from '../../common/ipc';
import { CATALOG } from '../../main/core/routines/catalog';
import { useFakeBridge } from './fakeBridge';
import { handPlan, reminderSnapshot, useAudioStub } from './reminderFixtures';

/**
 * Every exercise, in one routine per phase (so each walk stays well inside its timeout as the
 * catalog grows): 20 s per side, 5 s pauses (reps fitted to 20 s as the composer would).
 */
export const PLANS_BY_PHASE: readonly (readonly [string, RoutinePlan])[] = (['reset', 'restore', 'rebuild'] as const).map((phase) => [
  phase,
  handPlan(
    CATALOG.filter((e) => e.phase === phase).map((e) => e.id),
    20,
    5,
  ),
]);

export async function startPlayer(page: Page, plan: RoutinePlan, size: { width: number; height: number }, scheme: 'light' | 'dark', reduced = false) {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: reduced ? 'reduce' : 'no-preference' });
  const t0 = new Date('2025-03-04T10:15:00Z').getTime();
  await page.clock.install({ time: t0 });
  await page.clock.pauseAt(t0 + 1_000);
  await useAudioStub(page);
  await useFakeBridge(page, { snapshot: reminderSnapshot(plan) });
  await page.goto('/reminder.html');
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#step-title')).toBeVisible();
}
