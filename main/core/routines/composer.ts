/**
 * The routine composer: preferences + recent history + a seed → one reset → restore → rebuild
 * routine of 2–3 minutes, as a flat list of timed steps the player can render directly.
 *
 * How it chooses. Every exercise gets a cost: large, tiered penalties for each rule it would
 * bend (repeating a recent exercise < a position the user did not pick < an exercise the user
 * excluded < equipment the user does not own), and small soft terms (favourites, a seeded
 * jitter for variety, freshness against older history). A sequence's cost adds those up, plus
 * a penalty for missing the hips or the upper back in the restore block and soft terms for the
 * focus mix and for how far the doses must stretch. The composer searches the sequences
 * exhaustively, first among exercises that bend nothing, widening the pool one tier at a time
 * only while a cheaper tier cannot do better. So it bends as little as possible, bends variety
 * before anything else, says what it bent, and never throws or returns an empty routine.
 */
import type { OwnedEquipment, Position, Preferences } from '../../../common/preferences';
import type { ComposedRoutine, Emphasis, Phase, RelaxationNote, RoutineStep, Side } from '../../../common/routine';
import { CATALOG } from './catalog';
import { secondsRange } from './catalogRules';
import type { CatalogExercise } from './exerciseTypes';
import { fitDurations } from './fitDurations';
import { mulberry32 } from './prng';
import { coverageNote, equipmentNote, excludedNote, positionNote, repeatNote } from './relaxationNotes';

export type RoutinePreferences = Pick<
  Preferences,
  'positions' | 'equipment' | 'focus' | 'routineLengthSeconds' | 'excludedExercises' | 'favouriteExercises'
>;

export interface ComposeInput {
  readonly prefs: RoutinePreferences;
  /** Exercise ids of the latest routines, newest first. */
  readonly recentRoutines: readonly (readonly string[])[];
  /** Any integer; the same input and seed always give the same routine. */
  readonly seed: number;
  /** The previous routine's emphasis; with a balanced focus the next one takes the other. */
  readonly lastEmphasis?: Emphasis | undefined;
}

export interface ComposeResult {
  readonly routine: ComposedRoutine;
  readonly relaxed: RelaxationNote[];
}

/** Seconds for the lead-in, a move between exercises in the same position, a change of position, a side switch. */
export const TRANSITION_SECONDS = { leadIn: 5, samePosition: 5, newPosition: 8, switchSides: 5 } as const;
/** A routine lands within this many seconds of the chosen length. */
export const LENGTH_TOLERANCE_SECONDS = 10;
/** How many of the latest routines an exercise must not repeat from, when there is an alternative. */
export const NO_REPEAT_WINDOW = 2;

/** Costs of bending a rule, far enough apart that one of a higher tier outweighs any number of lower ones. */
export const RULE_COST = { repeat: 10, position: 900, coverage: 5_000, excluded: 20_000, equipment: 200_000 } as const;
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
} as const;

/** Fitting needs a little headroom: the dose steps are up to 10-12 s on a one-sided move. */
const SEARCH_MARGIN_SECONDS = 5;
/** Pool caps per phase, to bound the search when a tier opens up most of the catalog. */
const POOL_CAP = { reset: 8, restore: 14, rebuild: 8 } as const;

type Tier = 0 | 1 | 2 | 3 | 4;
const TIER_COST: readonly number[] = [0, RULE_COST.repeat, RULE_COST.position, RULE_COST.excluded, RULE_COST.equipment, Infinity];

interface Candidate {
  readonly ex: CatalogExercise;
  readonly position: Position;
  readonly missingEquipment: readonly OwnedEquipment[];
  readonly positionRelaxed: boolean;
  readonly excluded: boolean;
  readonly recent: boolean;
  readonly tier: Tier;
  readonly cost: number;
  readonly sides: 1 | 2;
  readonly covers: { readonly hips: boolean; readonly thoracic: boolean };
  readonly minSeconds: number;
  readonly maxSeconds: number;
  readonly defaultSeconds: number;
}

interface Choice {
  readonly sequence: readonly Candidate[];
  readonly cost: number;
  readonly missing: readonly Emphasis[];
  readonly fixedSeconds: number;
}

export function composeRoutine(input: ComposeInput): ComposeResult {
  const { prefs } = input;
  const target = prefs.routineLengthSeconds;
  const random = mulberry32(input.seed);
  const emphasis = chooseEmphasis(prefs.focus, input.lastEmphasis, random);
  const candidates = CATALOG.map((ex) => candidateFor(ex, input, random()));
  const preferThree = target >= 180 || (target > 120 && random() < 0.5);

  let best: Choice | undefined;
  for (let tier: Tier = 0; tier <= 4; tier = (tier + 1) as Tier) {
    const pool = candidates.filter((c) => c.tier <= tier);
    const found = searchSequences(pool, { target, emphasis, focus: prefs.focus, preferThree });
    if (found && (!best || found.cost < best.cost)) best = found;
    // A wider tier adds only exercises that cost at least its rule price: stop when that cannot win.
    if (best && best.cost < TIER_COST[tier + 1]!) break;
  }
  // Unreachable with the shipped catalog (every tier-4 pool holds feasible sequences; the property
  // tests check it), but a composer must not throw: fall back to the cheapest sequence at any length.
  best ??= searchSequences(candidates, { target, emphasis, focus: prefs.focus, preferThree }, Infinity)!;

  return { routine: buildRoutine(best, target, emphasis), relaxed: notesFor(best, prefs.positions) };
}

function chooseEmphasis(focus: Preferences['focus'], last: Emphasis | undefined, random: () => number): Emphasis {
  if (focus === 'hips') return 'hips';
  if (focus === 'upperBack') return 'thoracic';
  if (last) return last === 'hips' ? 'thoracic' : 'hips';
  return random() < 0.5 ? 'hips' : 'thoracic';
}

function candidateFor(ex: CatalogExercise, input: ComposeInput, jitter: number): Candidate {
  const { prefs, recentRoutines } = input;
  const allowedPosition = ex.positions.find((p) => prefs.positions.includes(p));
  const missingEquipment = ex.equipment.filter(
    (e): e is OwnedEquipment => e !== 'chair' && e !== 'desk' && e !== 'wall' && !prefs.equipment.includes(e),
  );
  const excluded = prefs.excludedExercises.includes(ex.id);
  const recent = recentRoutines.slice(0, NO_REPEAT_WINDOW).some((r) => r.includes(ex.id));
  // Freshness beyond the no-repeat window: recent-ish routines weigh more than old ones.
  const olderPenalty = recentRoutines
    .slice(NO_REPEAT_WINDOW, NO_REPEAT_WINDOW + 4)
    .reduce((sum, r, age) => sum + (r.includes(ex.id) ? SOFT.olderHistory - 0.3 * age : 0), 0);
  const positionRelaxed = allowedPosition === undefined;
  const tier: Tier = missingEquipment.length > 0 ? 4 : excluded ? 3 : positionRelaxed ? 2 : recent ? 1 : 0;
  const cost =
    (missingEquipment.length > 0 ? RULE_COST.equipment : 0) +
    (excluded ? RULE_COST.excluded : 0) +
    (positionRelaxed ? RULE_COST.position : 0) +
    (recent ? RULE_COST.repeat : 0) +
    (prefs.favouriteExercises.includes(ex.id) ? SOFT.favourite : 0) +
    olderPenalty +
    jitter * SOFT.jitter;
  const sides = ex.sidedness === 'unilateral' ? 2 : 1;
  const [min, max] = secondsRange(ex.dosage);
  const dflt = ex.dosage.kind === 'hold' ? ex.dosage.seconds : ex.dosage.reps * ex.dosage.secondsPerRep;
  const switchSeconds = sides === 2 ? TRANSITION_SECONDS.switchSides : 0;
  return {
    ex,
    position: allowedPosition ?? ex.positions[0]!,
    missingEquipment,
    positionRelaxed,
    excluded,
    recent,
    tier,
    cost,
    sides,
    covers: { hips: ex.focus === 'hips' || ex.focus === 'both', thoracic: ex.focus === 'thoracic' || ex.focus === 'both' },
    minSeconds: min * sides + switchSeconds,
    maxSeconds: max * sides + switchSeconds,
    defaultSeconds: dflt * sides + switchSeconds,
  };
}

interface SearchGoal {
  readonly target: number;
  readonly emphasis: Emphasis;
  readonly focus: Preferences['focus'];
  readonly preferThree: boolean;
}

/** The cheapest feasible reset → 2–3 restore → rebuild sequence from the pool, or undefined. */
function searchSequences(pool: readonly Candidate[], goal: SearchGoal, margin = SEARCH_MARGIN_SECONDS): Choice | undefined {
  const cheapest = (phase: Phase) => {
    const inPhase = pool.filter((c) => c.ex.phase === phase).sort((a, b) => a.cost - b.cost);
    const capped = inPhase.slice(0, POOL_CAP[phase]);
    // Keep the shortest moves too, so a cap never removes the only ones that fit a 2-minute routine.
    for (const c of [...inPhase].sort((a, b) => a.minSeconds - b.minSeconds).slice(0, 2)) if (!capped.includes(c)) capped.push(c);
    return capped;
  };
  const resets = cheapest('reset');
  const restores = cheapest('restore');
  const rebuilds = cheapest('rebuild');
  if (resets.length === 0 || restores.length < 2 || rebuilds.length === 0) return undefined;

  const other: Emphasis = goal.emphasis === 'hips' ? 'thoracic' : 'hips';
  let best: Choice | undefined;
  let bestDistance = Infinity;

  const consider = (set: readonly Candidate[]) => {
    const hips = set.some((c) => c.covers.hips);
    const thoracic = set.some((c) => c.covers.thoracic);
    const missing: Emphasis[] = [...(hips ? [] : ['hips' as const]), ...(thoracic ? [] : ['thoracic' as const])];
    const emphasisCount = set.filter((c) => c.covers[goal.emphasis]).length;
    const otherCount = set.filter((c) => c.covers[other]).length;
    let setCost = missing.length * RULE_COST.coverage;
    for (const c of set) setCost += c.cost;
    if (emphasisCount < otherCount) setCost += SOFT.mixAgainstEmphasis;
    if (goal.focus !== 'balanced' && set.length === 3 && emphasisCount < 2) setCost += SOFT.mixAgainstFocus;
    if ((set.length === 3) !== goal.preferThree) setCost += SOFT.restoreCount;

    for (const reset of resets) {
      for (const rebuild of rebuilds) {
        const sequence = [reset, ...orderRestore(set, reset.position, rebuild.position), rebuild];
        const fixed = transitionSeconds(sequence);
        let min = fixed;
        let max = fixed;
        let dflt = fixed;
        for (const c of sequence) {
          min += c.minSeconds;
          max += c.maxSeconds;
          dflt += c.defaultSeconds;
        }
        const gap = Math.max(0, min - goal.target, goal.target - max);
        if (gap > margin) continue;
        // Within the margin the doses can absorb the gap; only the fallback ranks by it first.
        const distance = margin === Infinity ? gap : 0;
        const cost = setCost + reset.cost + rebuild.cost + Math.abs(goal.target - dflt) * SOFT.perSecondOfStretch;
        if (!best || distance < bestDistance || (distance === bestDistance && cost < best.cost)) {
          const switches = sequence.filter((c) => c.sides === 2).length * TRANSITION_SECONDS.switchSides;
          best = { sequence, cost, missing, fixedSeconds: fixed + switches };
          bestDistance = distance;
        }
      }
    }
  };

  for (let i = 0; i < restores.length; i++) {
    for (let j = i + 1; j < restores.length; j++) {
      consider([restores[i]!, restores[j]!]);
      for (let k = j + 1; k < restores.length; k++) consider([restores[i]!, restores[j]!, restores[k]!]);
    }
  }
  return best;
}

const POSITION_ORDER: Record<Position, number> = { seated: 0, standing: 1, floor: 2 };

/** Restore moves in the order that changes position least: the reset's position first, the rebuild's last. */
function orderRestore(set: readonly Candidate[], from: Position, to: Position): Candidate[] {
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

function notesFor(choice: Choice, allowed: readonly Position[]): RelaxationNote[] {
  const notes: RelaxationNote[] = [];
  for (const c of choice.sequence) {
    if (c.missingEquipment.length > 0) notes.push(equipmentNote(c.ex, c.missingEquipment));
    if (c.excluded) notes.push(excludedNote(c.ex));
    if (c.positionRelaxed) notes.push(positionNote(c.ex, c.position, allowed));
    if (c.recent) notes.push(repeatNote(c.ex));
  }
  for (const area of choice.missing) notes.push(coverageNote(area));
  return notes;
}
