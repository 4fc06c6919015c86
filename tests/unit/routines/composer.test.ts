import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  FOCUSES,
  OWNED_EQUIPMENT,
  POSITIONS,
  ROUTINE_LENGTHS_SECONDS,
  type Position,
} from '../../../common/preferences';
import type { Emphasis, Exercise } from '../../../common/routine';
import { CATALOG, findExercise } from '../../../main/core/routines/catalog';
import {
  composeRoutine,
  HISTORY_WINDOW,
  LENGTH_TOLERANCE_SECONDS,
  type ComposeInput,
  type RoutinePreferences,
} from '../../../main/core/routines/composer';
import { checkFit, checkHonesty, checkStructure, note, owned, positioned } from '../../support/composerChecks';
import { covers } from '../../support/routineOracle';
import { LISTED_TARGET_IDS, sittingTargets } from '../../../main/core/routines/sittingTargets';

const IDS = CATALOG.map((e) => e.id);
const byId = (id: string): Exercise => findExercise(id)!;

// ---- arbitraries ------------------------------------------------------------------------------

const prefsArb: fc.Arbitrary<RoutinePreferences> = fc.record({
  positions: fc.subarray([...POSITIONS], { minLength: 1 }),
  equipment: fc.subarray([...OWNED_EQUIPMENT]),
  focus: fc.constantFrom(...FOCUSES),
  routineLengthSeconds: fc.constantFrom(...ROUTINE_LENGTHS_SECONDS),
  excludedExercises: fc.oneof(
    { weight: 3, arbitrary: fc.constant<string[]>([]) },
    { weight: 4, arbitrary: fc.subarray(IDS, { maxLength: 12 }) },
    { weight: 2, arbitrary: fc.subarray(IDS, { minLength: 30 }) },
    { weight: 1, arbitrary: fc.constant(IDS) },
  ),
  favouriteExercises: fc.subarray(IDS, { maxLength: 6 }),
});
const historyArb = fc.array(fc.subarray(IDS, { minLength: 3, maxLength: 6 }), { maxLength: HISTORY_WINDOW });
const inputArb: fc.Arbitrary<ComposeInput> = fc.record({
  prefs: prefsArb,
  recentRoutines: historyArb,
  seed: fc.integer(),
  lastEmphasis: fc.option(fc.constantFrom<Emphasis>('hips', 'thoracic'), { nil: undefined }),
});

const RUNS = { numRuns: 250 } as const;

// ---- properties ---------------------------------------------------------------------------------

describe('composeRoutine (properties)', () => {
  it('never uses a position or equipment the user did not allow, and is well formed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = composeRoutine(input);
        checkFit(result.routine, input.prefs);
        checkStructure(result, input.prefs.routineLengthSeconds);
      }),
      RUNS,
    );
  });

  it('names every rule it bent, and bends one only when no routine without it exists', () => {
    fc.assert(
      fc.property(inputArb, (input) => checkHonesty(composeRoutine(input), input)),
      { numRuns: 200 },
    );
  });

  it('is deterministic for a given input and seed', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(composeRoutine(input)).toEqual(composeRoutine(structuredClone(input)));
      }),
      { numRuns: 60 },
    );
  });

  it('alternates the emphasis under a balanced focus and follows a hips or upper-back focus', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { routine } = composeRoutine(input);
        const { focus } = input.prefs;
        if (focus === 'hips') expect(routine.emphasis).toBe('hips');
        else if (focus === 'upperBack') expect(routine.emphasis).toBe('thoracic');
        else if (input.lastEmphasis) expect(routine.emphasis).not.toBe(input.lastEmphasis);
      }),
      RUNS,
    );
  });

  it('gives the emphasised area at least as many restore moves when nothing had to bend', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FOCUSES),
        fc.constantFrom(...ROUTINE_LENGTHS_SECONDS),
        fc.subarray([...POSITIONS], { minLength: 1 }),
        fc.integer(),
        fc.constantFrom<Emphasis>('hips', 'thoracic'),
        (focus, routineLengthSeconds, positions, seed, lastEmphasis) => {
          const prefs = { ...DEFAULT_PREFERENCES, focus, routineLengthSeconds, positions };
          const { routine, relaxed } = composeRoutine({ prefs, recentRoutines: [], seed, lastEmphasis });
          fc.pre(relaxed.length === 0);
          const restore = routine.exerciseIds.map(byId).filter((e) => e.phase === 'restore');
          const other: Emphasis = routine.emphasis === 'hips' ? 'thoracic' : 'hips';
          const count = (a: Emphasis) => restore.filter((e) => covers(e, a)).length;
          expect(count(routine.emphasis)).toBeGreaterThanOrEqual(count(other));
          if (focus !== 'balanced' && restore.length === 3) expect(count(routine.emphasis)).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 150 },
    );
  });
});

// ---- examples --------------------------------------------------------------------------------

describe('composeRoutine (examples)', () => {
  const sevenDays = (seedFor: (day: number) => number) => {
    let history: string[][] = [];
    let lastEmphasis: Emphasis | undefined;
    const routines: string[] = [];
    for (let day = 0; day < 7; day++) {
      const { routine, relaxed } = composeRoutine({ prefs: DEFAULT_PREFERENCES, recentRoutines: history, seed: seedFor(day), lastEmphasis });
      expect(relaxed).toEqual([]);
      for (const old of history.slice(0, 2)) for (const id of routine.exerciseIds) expect(old).not.toContain(id);
      routines.push(routine.steps.map((s) => `${s.kind}:${s.exerciseId}:${s.side}:${s.seconds}`).join('|'));
      history = [[...routine.exerciseIds], ...history];
      lastEmphasis = routine.emphasis;
    }
    return new Set(routines).size;
  };

  it('gives 7 different routines over 7 consecutive days with default settings', () => {
    expect(sevenDays((day) => 20260101 + day)).toBe(7);
  });

  it('still varies over a week when the seed never changes', () => {
    expect(sevenDays(() => 7)).toBe(7);
  });

  it('covers hips and upper back with the defaults, using only desk-friendly moves', () => {
    for (let seed = 0; seed < 20; seed++) {
      const { routine, relaxed } = composeRoutine({ prefs: DEFAULT_PREFERENCES, recentRoutines: [], seed });
      expect(relaxed).toEqual([]);
      for (const id of routine.exerciseIds) {
        const ex = byId(id);
        expect(ex.positions.some((p: Position) => p !== 'floor')).toBe(true);
        expect(ex.equipment.every((e) => e === 'chair' || e === 'desk' || e === 'wall')).toBe(true);
      }
    }
  });

  it('builds an all-seated 2-minute routine for a seated-only user: the whole ±10 s is searched', () => {
    // The shortest covering seated routine plays about 127 s: outside ±5 s of 2 minutes, inside ±10 s.
    const prefs = { ...DEFAULT_PREFERENCES, positions: ['seated' as const], routineLengthSeconds: 120 as const };
    for (let seed = 0; seed < 30; seed++) {
      const result = composeRoutine({ prefs, recentRoutines: [], seed });
      checkFit(result.routine, prefs);
      expect(note(result.relaxed, 'length')).toEqual([]);
      expect(Math.abs(result.routine.totalSeconds - 120)).toBeLessThanOrEqual(LENGTH_TOLERANCE_SECONDS);
    }
  });

  it('prefers favourites', () => {
    const eligible = CATALOG.filter((e) => e.phase === 'restore' && owned(DEFAULT_PREFERENCES)(e) && positioned(DEFAULT_PREFERENCES)(e));
    let included = 0;
    let total = 0;
    for (const fav of eligible) {
      for (let seed = 0; seed < 4; seed++) {
        const prefs = { ...DEFAULT_PREFERENCES, favouriteExercises: [fav.id] };
        total++;
        if (composeRoutine({ prefs, recentRoutines: [], seed }).routine.exerciseIds.includes(fav.id)) included++;
      }
    }
    expect(included / total).toBeGreaterThan(0.85);
  });

  it('does not repeat a favourite from the last two routines when an alternative exists', () => {
    const prefs = { ...DEFAULT_PREFERENCES, favouriteExercises: ['seated-figure-four'] };
    const { routine, relaxed } = composeRoutine({ prefs, recentRoutines: [['seated-figure-four']], seed: 1 });
    expect(routine.exerciseIds).not.toContain('seated-figure-four');
    expect(relaxed).toEqual([]);
  });

  it('never trades a repeat for a soft preference: older history, the focus mix and sitting targets weigh less', () => {
    // Found by the honesty property on the catalog of the day: side bend in the 3rd and 4th routines back,
    // figure-four in the 2nd; with a repeat priced at 10, the emphasis mix and the hip-target lean bought
    // the repeat. Kept as a regression case (catalog changes may make it easy).
    const input = {
      prefs: { ...DEFAULT_PREFERENCES, positions: ['seated' as const], routineLengthSeconds: 120 as const },
      recentRoutines: [
        ['seated-360-breathing', 'adductor-roll', 'cat-cow'],
        ['seated-figure-four', 'leg-swings-front-back', 'desk-incline-plank'],
        ['seated-side-bend', 'band-hip-flexor-stretch', 'glute-bridge'],
        ['seated-side-bend', 'desk-cat-cow', 'dead-bug'],
      ],
      seed: -308555067,
    };
    checkHonesty(composeRoutine(input), input);
  });

  it('avoids exercises of the 3rd to 6th newest routines when alternatives exist (the older-history penalty)', () => {
    const prefs = DEFAULT_PREFERENCES;
    let fresher = 0;
    for (let seed = 0; seed < 20; seed++) {
      const first = composeRoutine({ prefs, recentRoutines: [], seed }).routine.exerciseIds;
      const again = composeRoutine({ prefs, recentRoutines: [[], [], first, first, first, first], seed }).routine.exerciseIds;
      if (again.filter((id) => first.includes(id)).length < first.length) fresher++;
    }
    expect(fresher).toBe(20);
  });

  it("names only real exercises as sitting's key targets, and reaches one of each kind at the defaults", () => {
    for (const id of LISTED_TARGET_IDS) expect(findExercise(id), id).toBeDefined();
    const desk = CATALOG.filter((e) => owned(DEFAULT_PREFERENCES)(e) && positioned(DEFAULT_PREFERENCES)(e));
    for (const t of ['hipFlexors', 'glutes', 'thoracicExtension', 'thoracicRotation'] as const) expect(desk.some((e) => sittingTargets(e).includes(t)), t).toBe(true);
  });

  it('builds a floor-only routine from floor moves when floor is all you pick', () => {
    const prefs = { ...DEFAULT_PREFERENCES, positions: ['floor' as const] };
    const { routine, relaxed } = composeRoutine({ prefs, recentRoutines: [], seed: 5 });
    expect(relaxed).toEqual([]);
    for (const id of routine.exerciseIds) expect(byId(id).positions).toContain('floor');
  });

  it('leaves the warm-up out, and says so, rather than give a floor-only user a seated one', () => {
    const floorResets = CATALOG.filter((e) => e.phase === 'reset' && e.positions.includes('floor')).map((e) => e.id);
    const prefs = { ...DEFAULT_PREFERENCES, positions: ['floor' as const], excludedExercises: floorResets };
    const result = composeRoutine({ prefs, recentRoutines: [], seed: 5 });
    checkStructure(result, prefs.routineLengthSeconds);
    checkFit(result.routine, prefs);
    expect(result.routine.exerciseIds.map((id) => byId(id).phase)).not.toContain('reset');
    expect(note(result.relaxed, 'phase')).toEqual([expect.objectContaining({ phase: 'reset', message: expect.stringMatching(/No warm-up fits/) })]);
    expect(note(result.relaxed, 'excluded')).toEqual([]);
  });

  it('never gives a seated-only user a floor or standing move, even with every seated move left out', () => {
    const seated = CATALOG.filter((e) => e.positions.includes('seated')).map((e) => e.id);
    for (const routineLengthSeconds of ROUTINE_LENGTHS_SECONDS) {
      const prefs = { ...DEFAULT_PREFERENCES, positions: ['seated' as const], routineLengthSeconds, excludedExercises: seated };
      const input = { prefs, recentRoutines: [], seed: 3 };
      const result = composeRoutine(input);
      checkFit(result.routine, prefs);
      checkStructure(result, routineLengthSeconds);
      checkHonesty(result, input);
      expect(note(result.relaxed, 'excluded').length).toBe(1);
    }
  });

  it('still returns a routine when everything is excluded, and says so', () => {
    for (const routineLengthSeconds of ROUTINE_LENGTHS_SECONDS) {
      const prefs = { ...DEFAULT_PREFERENCES, routineLengthSeconds, excludedExercises: IDS };
      const input = { prefs, recentRoutines: [IDS, IDS], seed: 3 };
      const result = composeRoutine(input);
      checkStructure(result, routineLengthSeconds);
      checkHonesty(result, input);
      expect(note(result.relaxed, 'excluded').flatMap((n) => n.exerciseIds)).toEqual(result.routine.exerciseIds);
    }
  });

  it('says in words how long a routine is when nothing reaches the chosen length', () => {
    // Seated only, every seated move left out but a reset, one restore and a rebuild: too little for 3 minutes.
    const keep = ['seated-pelvic-tilts', 'chair-back-extension', 'seated-march'];
    const seated = CATALOG.filter((e) => e.positions.includes('seated') && !keep.includes(e.id)).map((e) => e.id);
    const prefs = { ...DEFAULT_PREFERENCES, positions: ['seated' as const], routineLengthSeconds: 180 as const, excludedExercises: seated };
    const input = { prefs, recentRoutines: [], seed: 1 };
    const result = composeRoutine(input);
    checkStructure(result, 180);
    checkHonesty(result, input);
    const [length] = note(result.relaxed, 'length');
    expect(length).toMatchObject({ direction: 'shorter', targetSeconds: 180 });
    expect(length!.totalSeconds).toBeLessThan(170);
    expect(length!.message).toMatch(/^\d min( \d+ s)? instead of 3 min: that is all your seated moves can fill\.$/);
    expect(result.routine.exerciseIds).toEqual(keep);
  });
});
