/**
 * The beat inside one step: which rep ("3 of 6") and which cue are current, as pure functions
 * of the time spent in the step. The player shows them, the voice speaks them, and both wake
 * at the same boundaries, so the counter, the highlighted cue and the spoken cue never disagree.
 */
import type { Exercise, RoutineStep } from '../../../common/routine';

export interface StepPace {
  /** Reps in this step (the composer may have fitted them); null for holds and pauses. */
  readonly reps: number | null;
  /** Length of one rep, from the step's real length (so the last rep ends with the step). */
  readonly repMs: number;
  /**
   * When each cue becomes current, in ms into the step. Cues share the step evenly; for reps
   * each cue starts on a rep, so the highlight moves with the movement, not mid-rep.
   */
  readonly cueStartsMs: readonly number[];
  readonly totalMs: number;
}

type Dosed = Pick<Exercise, 'dosage' | 'cues'>;

export function stepPace(step: Pick<RoutineStep, 'kind' | 'seconds'>, exercise: Dosed | undefined): StepPace {
  const totalMs = step.seconds * 1000;
  const cues = exercise?.cues.length ?? 0;
  if (step.kind !== 'exercise' || !exercise || cues === 0) return { reps: null, repMs: totalMs, cueStartsMs: cues > 0 ? [0] : [], totalMs };
  if (exercise.dosage.kind === 'reps') {
    const reps = Math.max(1, Math.round(step.seconds / exercise.dosage.secondsPerRep));
    const repMs = totalMs / reps;
    // Each cue starts on a rep; with more cues than reps (a fitted, short step) they share the
    // time evenly instead, like a hold's.
    if (cues <= reps) {
      const starts = Array.from({ length: cues }, (_, i) => Math.round(Math.floor((i * reps) / cues) * repMs));
      return { reps, repMs, cueStartsMs: dedupe(starts), totalMs };
    }
    return { reps, repMs, cueStartsMs: dedupe(evenSeconds(cues, step.seconds)), totalMs };
  }
  return { reps: null, repMs: totalMs, cueStartsMs: dedupe(evenSeconds(cues, step.seconds)), totalMs };
}

/** Holds: cues share the time on whole seconds, so a cue changes together with the countdown's digit. */
const evenSeconds = (cues: number, seconds: number): number[] => Array.from({ length: cues }, (_, i) => Math.floor((i * seconds) / cues) * 1000);

/** Starts that collide (more cues than reps or seconds) keep the first cue; later ones wait. */
function dedupe(starts: number[]): number[] {
  const out: number[] = [];
  for (const s of starts) out.push(out.length > 0 && s <= out.at(-1)! ? out.at(-1)! + 1 : s);
  return out;
}

/** The current rep, 1-based, at `elapsedMs` into the step (the last rep holds at the end). */
export function repAt(pace: StepPace, elapsedMs: number): number | null {
  if (pace.reps === null) return null;
  return Math.min(pace.reps, Math.floor(Math.max(0, elapsedMs) / pace.repMs) + 1);
}

/** The current cue's index at `elapsedMs` (the first before anything else), or -1 with no cues. */
export function cueAt(pace: StepPace, elapsedMs: number): number {
  let current = pace.cueStartsMs.length > 0 ? 0 : -1;
  pace.cueStartsMs.forEach((start, i) => {
    if (elapsedMs >= start) current = i;
  });
  return current;
}

/** Ms from `elapsedMs` to the next rep or cue boundary in the step, or null if none is left. */
export function msToNextBeat(pace: StepPace, elapsedMs: number): number | null {
  let next = Infinity;
  for (const s of pace.cueStartsMs) if (s > elapsedMs) next = Math.min(next, s);
  if (pace.reps !== null) {
    const boundary = (Math.floor(elapsedMs / pace.repMs) + 1) * pace.repMs;
    if (boundary < pace.totalMs) next = Math.min(next, boundary);
  }
  return Number.isFinite(next) ? Math.max(1, Math.ceil(next - elapsedMs)) : null;
}
