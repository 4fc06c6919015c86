/**
 * The composer's figures over the settings a user can pick: the numbers issue 14 measured
 * (floor moves for seated-only users, repeats from the last two routines, how often sitting's
 * key targets come up, the massage ball at the desk). Pure functions of the composer and the
 * catalog, so the sweep and week-simulation tests assert on them and `npx tsx
 * scripts/composerFigures.ts` prints them for the report.
 */
import {
  DEFAULT_PREFERENCES,
  FOCUSES,
  OWNED_EQUIPMENT,
  POSITIONS,
  ROUTINE_LENGTHS_SECONDS,
  type Focus,
  type OwnedEquipment,
  type Position,
  type RoutineLengthSeconds,
} from '../../common/preferences';
import type { Emphasis } from '../../common/routine';
import { findExercise } from '../../main/core/routines/catalog';
import { composeRoutine, type ComposeResult, type RoutinePreferences } from '../../main/core/routines/composer';

/** Every non-empty subset of a list, in a stable order. */
export function subsets<T>(items: readonly T[], includeEmpty: boolean): T[][] {
  const out: T[][] = [];
  for (let mask = includeEmpty ? 0 : 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

export interface Setting {
  readonly routineLengthSeconds: RoutineLengthSeconds;
  readonly positions: readonly Position[];
  readonly equipment: readonly OwnedEquipment[];
  readonly focus: Focus;
}

/** length × allowed positions × equipment × focus: 3 × 7 × 8 × 3 = 504 settings. */
export const ALL_SETTINGS: readonly Setting[] = ROUTINE_LENGTHS_SECONDS.flatMap((routineLengthSeconds) =>
  subsets(POSITIONS, false).flatMap((positions) =>
    subsets(OWNED_EQUIPMENT, true).flatMap((equipment) => FOCUSES.map((focus) => ({ routineLengthSeconds, positions, equipment, focus }))),
  ),
);

export const prefsFor = (s: Setting): RoutinePreferences => ({
  ...DEFAULT_PREFERENCES,
  routineLengthSeconds: s.routineLengthSeconds,
  positions: [...s.positions],
  equipment: [...s.equipment],
  focus: s.focus,
});

export interface ChainStep {
  readonly result: ComposeResult;
  /** The routines before this one, newest first (all of them, not only what the composer was given). */
  readonly before: readonly (readonly string[])[];
}

/**
 * Routines one after another, each composed from the history the app would hand over:
 * `historyGiven` newest routines (the app's window), seeds as the app draws them (a wall-clock
 * time in ms, here a break every 45 minutes).
 */
export function chain(prefs: RoutinePreferences, count: number, historyGiven: number, firstSeed = Date.UTC(2026, 10, 23, 9)): ChainStep[] {
  const history: string[][] = [];
  const out: ChainStep[] = [];
  let lastEmphasis: Emphasis | undefined;
  for (let i = 0; i < count; i++) {
    const result = composeRoutine({ prefs, recentRoutines: history.slice(0, historyGiven), seed: firstSeed + i * 45 * 60_000, lastEmphasis });
    out.push({ result, before: history.slice() });
    history.unshift([...result.routine.exerciseIds]);
    lastEmphasis = result.routine.emphasis;
  }
  return out;
}

export const repeatsFromLastTwo = (step: ChainStep): boolean =>
  step.result.routine.exerciseIds.some((id) => step.before.slice(0, 2).some((r) => r.includes(id)));

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** Exercises whose ids name sitting's key targets (the classification lives in catalogRules when the composer uses it). */
export type Targets = (id: string) => { hipFlexorOrGlute: boolean; thoracicExtOrRot: boolean };

export interface IssueFigures {
  /** Seated-only, 2 minutes, every equipment × focus, `seeds` fresh routines each: share with a non-seated move. */
  readonly seatedOnly2minNonSeated: number;
  /** Chains of routines (every length × focus, no equipment): share repeating an exercise of the last two. */
  readonly repeatRateSeatedOnly: number;
  readonly repeatRateStandingOnly: number;
  readonly repeatRateDefaults: number;
  /** Desk routines (seated + standing, no equipment, every length × focus): share with a hip-flexor or glute/piriformis move. */
  readonly deskHipFlexorOrGlute: number;
  /** Desk routines with a massage ball owned, at 2 and 2½ minutes: share using it. */
  readonly deskBall2min: number;
  readonly deskBall150s: number;
}

export function issueFigures(targets: Targets, options: { seeds: number; chainLength: number; historyGiven: number }): IssueFigures {
  const { seeds, chainLength, historyGiven } = options;
  let nonSeated = 0;
  let seatedTotal = 0;
  for (const equipment of subsets(OWNED_EQUIPMENT, true))
    for (const focus of FOCUSES)
      for (let seed = 0; seed < seeds; seed++) {
        const prefs = prefsFor({ routineLengthSeconds: 120, positions: ['seated'], equipment, focus });
        const { routine } = composeRoutine({ prefs, recentRoutines: [], seed: 1000 + seed });
        seatedTotal++;
        if (routine.exerciseIds.some((id) => !findExercise(id)!.positions.includes('seated'))) nonSeated++;
      }

  const repeatRate = (positions: Position[], equipment: OwnedEquipment[] = []) => {
    let n = 0;
    let of = 0;
    for (const routineLengthSeconds of ROUTINE_LENGTHS_SECONDS)
      for (const focus of FOCUSES) {
        const steps = chain(prefsFor({ routineLengthSeconds, positions, equipment, focus }), chainLength, historyGiven).slice(2);
        of += steps.length;
        n += steps.filter(repeatsFromLastTwo).length;
      }
    return share(n, of);
  };

  let key = 0;
  let deskTotal = 0;
  for (const routineLengthSeconds of ROUTINE_LENGTHS_SECONDS)
    for (const focus of FOCUSES)
      for (const step of chain(prefsFor({ routineLengthSeconds, positions: ['seated', 'standing'], equipment: [], focus }), chainLength, historyGiven)) {
        deskTotal++;
        if (step.result.routine.exerciseIds.some((id) => targets(id).hipFlexorOrGlute)) key++;
      }

  const ballShare = (routineLengthSeconds: RoutineLengthSeconds) => {
    let n = 0;
    let of = 0;
    for (const focus of FOCUSES)
      for (const step of chain(prefsFor({ routineLengthSeconds, positions: ['seated', 'standing'], equipment: ['massageBall'], focus }), chainLength, historyGiven)) {
        of++;
        if (step.result.routine.exerciseIds.some((id) => findExercise(id)!.equipment.includes('massageBall'))) n++;
      }
    return share(n, of);
  };

  return {
    seatedOnly2minNonSeated: share(nonSeated, seatedTotal),
    repeatRateSeatedOnly: repeatRate(['seated']),
    repeatRateStandingOnly: repeatRate(['standing']),
    repeatRateDefaults: repeatRate(['seated', 'standing']),
    deskHipFlexorOrGlute: share(key, deskTotal),
    deskBall2min: ballShare(120),
    deskBall150s: ballShare(150),
  };
}

export function formatFigures(f: IssueFigures): string {
  return [
    `seated-only 2-min routines with a non-seated move: ${pct(f.seatedOnly2minNonSeated)}`,
    `repeat from the last two, seated-only: ${pct(f.repeatRateSeatedOnly)}`,
    `repeat from the last two, standing-only: ${pct(f.repeatRateStandingOnly)}`,
    `repeat from the last two, defaults (seated + standing): ${pct(f.repeatRateDefaults)}`,
    `desk routines with a hip-flexor or glute/piriformis move: ${pct(f.deskHipFlexorOrGlute)}`,
    `desk routines using an owned massage ball, 2 min: ${pct(f.deskBall2min)}, 2½ min: ${pct(f.deskBall150s)}`,
  ].join('\n');
}
