/**
 * The routine composer: preferences + recent history + a seed → one reset → restore → rebuild
 * routine of 2–3 minutes, as a flat list of timed steps the player can render directly.
 *
 * Fit is a promise: only exercises in a position the user allowed, with equipment they own, are
 * ever considered; no cost makes up for breaking it. Among those, every exercise gets a cost:
 * large, tiered penalties for each rule it would bend (repeating one of the last two routines <
 * a length beyond ±10 s < missing the hips or the upper back < leaving a phase out < an
 * exercise the user excluded), and small soft terms (favourites, a seeded jitter for variety,
 * freshness against older history, sitting's key targets, the focus mix, how far the doses
 * stretch). The search covers every sequence of the pool (branch and bound), so it bends as
 * little as possible, bends variety before length and length before shape, says what it bent
 * (typed notes with a sentence each) and never throws. A phase with no fitting move at all is
 * left out and said so (restore included); the routine is empty only when no move at all fits,
 * which the shipped catalog rules out for every allowed position (composerTotal.test.ts).
 */
import type { OwnedEquipment, Position, Preferences } from '../../../common/preferences';
import type { ComposedRoutine, Emphasis, Equipment, Phase, RelaxationNote, RoutineStep, Side } from '../../../common/routine';
import { CATALOG } from './catalog';
import { defaultSeconds } from './catalogRules';
import type { CatalogExercise } from './exerciseTypes';
import { fitDurations, reachableSeconds } from './fitDurations';
import { mulberry32 } from './prng';
import { coverageNote, excludedNote, lengthNote, phaseNote, repeatNote } from './relaxationNotes';
import { reachesHipTarget, reachesThoracicTarget } from './sittingTargets';

export type RoutinePreferences = Pick<
  Preferences,
  'positions' | 'equipment' | 'focus' | 'routineLengthSeconds' | 'excludedExercises' | 'favouriteExercises'
>;

export interface ComposeInput {
  readonly prefs: RoutinePreferences;
  /** Exercise ids of the latest routines, newest first; the composer reads up to HISTORY_WINDOW of them. */
  readonly recentRoutines: readonly (readonly string[])[];
  /** Any integer; the same input and seed always give the same routine. */
  readonly seed: number;
  /** The previous routine's emphasis; with a balanced focus the next one takes the other. */
  readonly lastEmphasis?: Emphasis | undefined;
  /** The moves to choose from: the shipped CATALOG unless a test or a figure script passes another. */
  readonly catalog?: readonly CatalogExercise[] | undefined;
}

export interface ComposeResult {
  readonly routine: ComposedRoutine;
  /** Every rule the routine bends, typed, each with the sentence the card shows. Empty: it bends none. */
  readonly relaxed: RelaxationNote[];
}

/** Seconds for the lead-in, a move between exercises in the same position, a change of position, a side switch. */
export const TRANSITION_SECONDS = { leadIn: 5, samePosition: 5, newPosition: 8, switchSides: 5 } as const;
/** A routine lands within this many seconds of the chosen length. */
export const LENGTH_TOLERANCE_SECONDS = 10;
/** How many of the latest routines an exercise must not repeat from, when there is an alternative. */
export const NO_REPEAT_WINDOW = 2;
/** How many of the latest routines the composer reads: the no-repeat window, then four that fade. */
export const HISTORY_WINDOW = NO_REPEAT_WINDOW + 4;

/**
 * Costs of bending a rule, far enough apart that one of a higher tier outweighs any number of
 * lower ones (a routine has at most five exercises), and a repeat outweighs all the soft terms
 * together (≈ 20 at most), so a soft preference never buys an avoidable repeat. Positions and
 * equipment have no price: they are never bent. A length miss costs its base plus one per
 * second beyond the tolerance.
 */
export const RULE_COST = { repeat: 100, length: 1_000, coverage: 5_000, phase: 12_000, excluded: 40_000 } as const;
const SOFT = {
  favourite: -2,
  jitter: 0.8,
  /** Per exercise that appeared in an older routine (3rd newest), fading by 0.3 a routine to the 6th. */
  olderHistory: 1.5,
  /** The emphasised area has fewer restore moves than the other. */
  mixAgainstEmphasis: 6,
  /** With a hips or upper-back focus and three restore moves, fewer than two serve the focus. */
  mixAgainstFocus: 4,
  restoreCount: 0.5,
  perSecondOfStretch: 0.02,
  /** Per second the reachable doses stay away from the target, inside the tolerance. */
  perSecondOff: 0.05,
  /** No hip-flexor or glute move (seeds: what sitting shortens and inhibits first), when one could be had. */
  noHipTarget: 1.5,
  /** No thoracic extension or rotation. */
  noThoracicTarget: 1,
} as const;

interface Candidate {
  readonly ex: CatalogExercise;
  readonly position: Position;
  readonly excluded: boolean;
  readonly recent: boolean;
  readonly cost: number;
  readonly sides: 1 | 2;
  readonly covers: { readonly hips: boolean; readonly thoracic: boolean };
  readonly hipTarget: boolean;
  readonly thoracicTarget: boolean;
  readonly minSeconds: number;
  readonly maxSeconds: number;
  readonly defaultSeconds: number;
}

interface Choice {
  readonly sequence: readonly Candidate[];
  readonly cost: number;
  readonly missing: readonly Emphasis[];
  readonly missingPhases: readonly Phase[];
  readonly fixedSeconds: number;
}

export function composeRoutine(input: ComposeInput): ComposeResult {
  const { prefs } = input;
  const target = prefs.routineLengthSeconds;
  const random = mulberry32(input.seed);
  const emphasis = chooseEmphasis(prefs.focus, input.lastEmphasis, random);
  // Each exercise's jitter comes from the seed and its own id, so a new exercise in the catalog
  // does not reshuffle the draws of the others.
  const catalog = input.catalog ?? CATALOG;
  const jitters = catalog.map((ex) => mulberry32(input.seed ^ idHash(ex.id))());
  const preferThree = target >= 180 || (target > 120 && random() < 0.5);
  // Fit is a promise: only moves in an allowed position, with equipment the user owns.
  const pool = catalog.flatMap((ex, i) => {
    const c = candidateFor(ex, input, jitters[i]!);
    return c ? [c] : [];
  });
  const best = searchSequences(pool, { target, emphasis, focus: prefs.focus, preferThree });
  const routine = buildRoutine(best, target, emphasis);
  return { routine, relaxed: notesFor(best, routine, prefs.positions) };
}

/** FNV-1a of an exercise id: a stable 32-bit number to mix into the seed. */
function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function chooseEmphasis(focus: Preferences['focus'], last: Emphasis | undefined, random: () => number): Emphasis {
  if (focus === 'hips') return 'hips';
  if (focus === 'upperBack') return 'thoracic';
  if (last) return last === 'hips' ? 'thoracic' : 'hips';
  return random() < 0.5 ? 'hips' : 'thoracic';
}

const ASSUMED: readonly Equipment[] = ['chair', 'desk', 'wall'];

/** The exercise as this user can do it, or undefined when its position or equipment does not fit them. */
function candidateFor(ex: CatalogExercise, input: ComposeInput, jitter: number): Candidate | undefined {
  const { prefs, recentRoutines } = input;
  const position = ex.positions.find((p) => prefs.positions.includes(p));
  if (position === undefined) return undefined;
  if (!ex.equipment.every((e) => ASSUMED.includes(e) || prefs.equipment.includes(e as OwnedEquipment))) return undefined;
  const excluded = prefs.excludedExercises.includes(ex.id);
  const recent = recentRoutines.slice(0, NO_REPEAT_WINDOW).some((r) => r.includes(ex.id));
  // Freshness beyond the no-repeat window: recent-ish routines weigh more than old ones.
  const olderPenalty = recentRoutines
    .slice(NO_REPEAT_WINDOW, HISTORY_WINDOW)
    .reduce((sum, r, age) => sum + (r.includes(ex.id) ? SOFT.olderHistory - 0.3 * age : 0), 0);
  const cost =
    (excluded ? RULE_COST.excluded : 0) +
    (recent ? RULE_COST.repeat : 0) +
    (prefs.favouriteExercises.includes(ex.id) ? SOFT.favourite : 0) +
    olderPenalty +
    jitter * SOFT.jitter;
  const sides = ex.sidedness === 'unilateral' ? 2 : 1;
  const [min, max] = reachableSeconds(ex.dosage);
  const switchSeconds = sides === 2 ? TRANSITION_SECONDS.switchSides : 0;
  return {
    ex,
    position,
    excluded,
    recent,
    cost,
    sides,
    covers: { hips: ex.focus === 'hips' || ex.focus === 'both', thoracic: ex.focus === 'thoracic' || ex.focus === 'both' },
    hipTarget: reachesHipTarget(ex),
    thoracicTarget: reachesThoracicTarget(ex),
    minSeconds: min * sides + switchSeconds,
    maxSeconds: max * sides + switchSeconds,
    defaultSeconds: defaultSeconds(ex.dosage) * sides + switchSeconds,
  };
}

interface SearchGoal {
  readonly target: number;
  readonly emphasis: Emphasis;
  readonly focus: Preferences['focus'];
  readonly preferThree: boolean;
}

const byCost = (a: Candidate, b: Candidate) => a.cost - b.cost;

/**
 * The cheapest reset → 1–3 restore → rebuild sequence of the pool, over all of it (branch and
 * bound: every soft term of a sequence is ≥ 0, so the exercises' own costs, sorted, bound what
 * the rest of a branch can cost). A phase with nothing in the pool is left out at its price; a
 * length beyond the tolerance is priced, not refused, so there is always an answer.
 */
function searchSequences(pool: readonly Candidate[], goal: SearchGoal): Choice {
  const resets: (Candidate | null)[] = [...pool.filter((c) => c.ex.phase === 'reset').sort(byCost), null];
  const restores = pool.filter((c) => c.ex.phase === 'restore').sort(byCost);
  const rebuilds: (Candidate | null)[] = [...pool.filter((c) => c.ex.phase === 'rebuild').sort(byCost), null];
  const optionCost = (c: Candidate | null) => (c ? c.cost : RULE_COST.phase);
  // With "none" priced as a missing phase, the lists stay sorted only if the real moves come first when cheaper.
  resets.sort((a, b) => optionCost(a) - optionCost(b));
  rebuilds.sort((a, b) => optionCost(a) - optionCost(b));
  const realResets = resets.filter((c) => c !== null);
  const realRebuilds = rebuilds.filter((c) => c !== null);
  const shortestReset = Math.min(...realResets.map((c) => c.minSeconds));
  const longestReset = Math.max(...realResets.map((c) => c.maxSeconds));
  const shortestRebuild = Math.min(...realRebuilds.map((c) => c.minSeconds));
  const longestRebuild = Math.max(...realRebuilds.map((c) => c.maxSeconds));
  const minReset = optionCost(resets[0]!);
  const minRebuild = optionCost(rebuilds[0]!);
  const hipTargetReachable = pool.some((c) => c.hipTarget);
  const thoracicTargetReachable = pool.some((c) => c.thoracicTarget);

  const other: Emphasis = goal.emphasis === 'hips' ? 'thoracic' : 'hips';
  let best: Choice | undefined;

  const consider = (set: readonly Candidate[]) => {
    const hips = set.some((c) => c.covers.hips);
    const thoracic = set.some((c) => c.covers.thoracic);
    const missing: Emphasis[] = [...(hips ? [] : ['hips' as const]), ...(thoracic ? [] : ['thoracic' as const])];
    const emphasisCount = set.filter((c) => c.covers[goal.emphasis]).length;
    const otherCount = set.filter((c) => c.covers[other]).length;
    let setCost = missing.length * RULE_COST.coverage + (set.length <= 1 ? RULE_COST.phase : 0);
    for (const c of set) setCost += c.cost;
    if (emphasisCount < otherCount) setCost += SOFT.mixAgainstEmphasis;
    if (goal.focus !== 'balanced' && set.length === 3 && emphasisCount < 2) setCost += SOFT.mixAgainstFocus;
    if ((set.length === 3) !== goal.preferThree) setCost += SOFT.restoreCount;
    if (best && setCost + minReset + minRebuild >= best.cost) return;

    // The inner loops run for every reset × rebuild: plain arithmetic, no arrays, until a sequence wins.
    let setMin = 0;
    let setMax = 0;
    let setDefault = 0;
    let setHipTarget = false;
    let setThoracicTarget = false;
    for (const c of set) {
      setMin += c.minSeconds;
      setMax += c.maxSeconds;
      setDefault += c.defaultSeconds;
      setHipTarget ||= c.hipTarget;
      setThoracicTarget ||= c.thoracicTarget;
    }
    // A length bound for the set with a real reset and rebuild: while the best costs less than a missing
    // phase, no other completion can win, so a set that cannot reach ±10 s with any of them is done.
    if (best && best.cost < RULE_COST.phase && realResets.length > 0 && realRebuilds.length > 0) {
      const n = set.length + 2;
      const lo = TRANSITION_SECONDS.leadIn + (n - 1) * TRANSITION_SECONDS.samePosition + setMin + shortestReset + shortestRebuild;
      const hi = TRANSITION_SECONDS.leadIn + (n - 1) * TRANSITION_SECONDS.newPosition + setMax + longestReset + longestRebuild;
      const gap = Math.max(0, lo - goal.target, goal.target - hi);
      if (gap > LENGTH_TOLERANCE_SECONDS && setCost + minReset + minRebuild + RULE_COST.length >= best.cost) return;
    }
    // Transition seconds by the reset's and the rebuild's position (index 3: none), computed when first needed.
    const fixedBy = new Array<number>(16).fill(-1);
    const fixedFor = (reset: Candidate | null, rebuild: Candidate | null) => {
      const key = (reset ? POSITION_ORDER[reset.position] : 3) * 4 + (rebuild ? POSITION_ORDER[rebuild.position] : 3);
      if (fixedBy[key]! < 0) fixedBy[key] = transitionSeconds(sequenceOf(reset, set, rebuild));
      return fixedBy[key]!;
    };

    for (const reset of resets) {
      const withReset = setCost + optionCost(reset);
      if (best && withReset + minRebuild >= best.cost) break;
      for (const rebuild of rebuilds) {
        const base = withReset + optionCost(rebuild);
        if (best && base >= best.cost) break;
        const fixed = fixedFor(reset, rebuild);
        const min = fixed + setMin + (reset?.minSeconds ?? 0) + (rebuild?.minSeconds ?? 0);
        const max = fixed + setMax + (reset?.maxSeconds ?? 0) + (rebuild?.maxSeconds ?? 0);
        const dflt = fixed + setDefault + (reset?.defaultSeconds ?? 0) + (rebuild?.defaultSeconds ?? 0);
        const gap = Math.max(0, min - goal.target, goal.target - max);
        const lengthCost = gap > LENGTH_TOLERANCE_SECONDS ? RULE_COST.length + (gap - LENGTH_TOLERANCE_SECONDS) : gap * SOFT.perSecondOff;
        const hipTarget = setHipTarget || reset?.hipTarget === true || rebuild?.hipTarget === true;
        const thoracicTarget = setThoracicTarget || reset?.thoracicTarget === true || rebuild?.thoracicTarget === true;
        const targetsCost =
          (hipTargetReachable && !hipTarget ? SOFT.noHipTarget : 0) + (thoracicTargetReachable && !thoracicTarget ? SOFT.noThoracicTarget : 0);
        const cost = base + lengthCost + targetsCost + Math.abs(goal.target - dflt) * SOFT.perSecondOfStretch;
        if (!best || cost < best.cost) {
          const sequence = sequenceOf(reset, set, rebuild);
          const switches = sequence.filter((c) => c.sides === 2).length * TRANSITION_SECONDS.switchSides;
          const missingPhases: Phase[] = [...(reset ? [] : ['reset' as const]), ...(set.length <= 1 ? ['restore' as const] : []), ...(rebuild ? [] : ['rebuild' as const])];
          best = { sequence, cost, missing, missingPhases, fixedSeconds: fixed + switches };
        }
      }
    }
  };

  // Sorted by cost, so once the cheapest completion of a branch costs more than the best, later ones do too.
  // Pairs first: they fit most often, and an early good answer is what lets the bounds cut.
  const c = (i: number) => restores[i]?.cost ?? Infinity;
  const floor = minReset + minRebuild;
  const beaten = (bound: number) => best !== undefined && bound + floor >= best.cost;
  for (let i = 0; i < restores.length && !beaten(c(i) + c(i + 1)); i++)
    for (let j = i + 1; j < restores.length && !beaten(c(i) + c(j)); j++) consider([restores[i]!, restores[j]!]);
  for (let i = 0; i < restores.length && !beaten(c(i) + c(i + 1) + c(i + 2)); i++)
    for (let j = i + 1; j < restores.length && !beaten(c(i) + c(j) + c(j + 1)); j++)
      for (let k = j + 1; k < restores.length && !beaten(c(i) + c(j) + c(k)); k++) consider([restores[i]!, restores[j]!, restores[k]!]);
  for (let i = 0; i < restores.length && !beaten(c(i) + RULE_COST.phase); i++) consider([restores[i]!]);
  // No restore move fits at all (a catalog without one for these positions and equipment): the
  // other phases still make a routine, and the missing phase is said (decision 0072).
  if (restores.length === 0) consider([]);
  // consider() always takes its first set (there is nothing to beat yet), and it has now run at least once.
  return best!;
}

const POSITION_ORDER: Record<Position, number> = { seated: 0, standing: 1, floor: 2 };

function sequenceOf(reset: Candidate | null, set: readonly Candidate[], rebuild: Candidate | null): Candidate[] {
  return [...(reset ? [reset] : []), ...orderRestore(set, reset?.position, rebuild?.position), ...(rebuild ? [rebuild] : [])];
}

/** Restore moves in the order that changes position least: the reset's position first, the rebuild's last. */
function orderRestore(set: readonly Candidate[], from: Position | undefined, to: Position | undefined): Candidate[] {
  const key = (c: Candidate) => (c.position === from ? 0 : c.position === to ? 2 : 1) * 10 + POSITION_ORDER[c.position];
  return [...set].sort((a, b) => key(a) - key(b));
}

/** Lead-in and between-exercise transitions (side switches are counted with each exercise). */
function transitionSeconds(sequence: readonly Candidate[]): number {
  let seconds = TRANSITION_SECONDS.leadIn;
  for (let i = 1; i < sequence.length; i++) {
    seconds += sequence[i]!.position === sequence[i - 1]!.position ? TRANSITION_SECONDS.samePosition : TRANSITION_SECONDS.newPosition;
  }
  return seconds;
}

function buildRoutine(choice: Choice, target: number, emphasis: Emphasis): ComposedRoutine {
  const seq = choice.sequence;
  // Extra time goes first to restore moves of the emphasised area, then other restore moves.
  const priority = (c: Candidate) => (c.ex.phase === 'restore' ? (c.covers[emphasis] ? 0 : 1) : c.ex.phase === 'reset' ? 2 : 3);
  const doses = fitDurations(
    seq.map((c) => ({ dosage: c.ex.dosage, sides: c.sides, priority: priority(c) })),
    choice.fixedSeconds,
    target,
  );

  const steps: RoutineStep[] = [];
  let clock = 0;
  const push = (step: Omit<RoutineStep, 'startSecond'>) => {
    steps.push({ ...step, startSecond: clock });
    clock += step.seconds;
  };
  seq.forEach((c, i) => {
    const dose = doses[i]!;
    const firstSide: Side = c.sides === 2 ? 'right' : 'none';
    const transition =
      i === 0
        ? TRANSITION_SECONDS.leadIn
        : c.position === seq[i - 1]!.position
          ? TRANSITION_SECONDS.samePosition
          : TRANSITION_SECONDS.newPosition;
    const base = { exerciseId: c.ex.id, phase: c.ex.phase, ...(dose.reps !== undefined ? { reps: dose.reps } : {}) };
    push({ kind: 'transition', exerciseId: c.ex.id, side: firstSide, phase: c.ex.phase, seconds: transition });
    push({ kind: 'exercise', side: firstSide, seconds: dose.seconds, ...base });
    if (c.sides === 2) {
      push({ kind: 'switchSides', exerciseId: c.ex.id, side: 'left', phase: c.ex.phase, seconds: TRANSITION_SECONDS.switchSides });
      push({ kind: 'exercise', side: 'left', seconds: dose.seconds, ...base });
    }
  });

  const exerciseSeconds = steps.filter((s) => s.kind === 'exercise').reduce((n, s) => n + s.seconds, 0);
  return {
    steps,
    exerciseIds: seq.map((c) => c.ex.id),
    targetSeconds: target,
    totalSeconds: clock,
    exerciseSeconds,
    transitionSeconds: clock - exerciseSeconds,
    emphasis,
  };
}

function notesFor(choice: Choice, routine: ComposedRoutine, allowed: readonly Position[]): RelaxationNote[] {
  const restoreMoves = choice.sequence.filter((c) => c.ex.phase === 'restore').length;
  // Nothing fits at all: the missing phases say it; a length or coverage line would only repeat it.
  if (choice.sequence.length === 0) return choice.missingPhases.map((phase) => phaseNote(phase, 0));
  const notes: RelaxationNote[] = [];
  const off = routine.totalSeconds - routine.targetSeconds;
  if (Math.abs(off) > LENGTH_TOLERANCE_SECONDS) notes.push(lengthNote(routine.totalSeconds, routine.targetSeconds, allowed));
  const repeated = choice.sequence.filter((c) => c.recent).map((c) => c.ex);
  if (repeated.length > 0) notes.push(repeatNote(repeated));
  // Coverage is the restore moves' job: with none at all, the restore note says so once.
  if (restoreMoves > 0) for (const area of choice.missing) notes.push(coverageNote(area));
  for (const phase of choice.missingPhases) notes.push(phaseNote(phase, restoreMoves));
  const excluded = choice.sequence.filter((c) => c.excluded).map((c) => c.ex);
  if (excluded.length > 0) notes.push(excludedNote(excluded));
  return notes;
}
