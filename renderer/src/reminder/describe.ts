/**
 * Words for the reminder card and the player, derived from the plan main sent. Pure, so the
 * phrasing rules are unit-tested.
 */
import type { RoutinePlan } from '../../../common/ipc';
import type { Exercise, Phase, RoutineStep, Side } from '../../../common/routine';
import { exercisesInOrder, formatLength } from '../../../common/routineSummary';

// The routine's description is shared with main's notification (common/routineSummary.ts).
export { exercisesInOrder, focusLabel, formatLength, placeLabel, reminderSubtitle } from '../../../common/routineSummary';

/** 125 → "2:05", for countdowns. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** 160 → "2 min 40 s", 45 → "45 s", 120 → "2 min": the summary's "time moved". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m === 0) return `${rest} s`;
  return rest === 0 ? `${m} min` : `${m} min ${rest} s`;
}

/** 160 → [[2, 'min'], [40, 's']]: the summary sets numbers large and units small. */
export function durationParts(seconds: number): [number, string][] {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m === 0) return [[rest, 's']];
  return rest === 0 ? [[m, 'min']] : [[m, 'min'], [rest, 's']];
}

/** Spoken form for screen readers: "2 minutes 5 seconds". */
export function spokenDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  const rest = s % 60;
  const parts = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? '' : 's'}`);
  if (rest > 0 || m === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export const PHASE_LABEL: Record<Phase, string> = { reset: 'Reset', restore: 'Restore', rebuild: 'Rebuild' };

export function sideLabel(side: Side): string | null {
  return side === 'left' ? 'Left side' : side === 'right' ? 'Right side' : null;
}

/** How an exercise is dosed, for the card's list: "30 s each side", "6 slow reps". */
export function dosageLabel(e: Exercise, plan: RoutinePlan): string {
  const steps = plan.routine.steps.filter((s) => s.kind === 'exercise' && s.exerciseId === e.id);
  const seconds = steps[0]?.seconds ?? (e.dosage.kind === 'hold' ? e.dosage.seconds : e.dosage.reps * e.dosage.secondsPerRep);
  const each = e.sidedness === 'unilateral' ? ' each side' : '';
  return `${formatLength(seconds)}${each}`;
}

/**
 * The polite announcement at a step change: what to do now and for how long. The countdown
 * itself is not announced (a number every second would drown the cues).
 */
export function stepAnnouncement(step: RoutineStep, exercise: Exercise | undefined, position: { exercise: number; of: number }): string {
  const name = exercise?.name ?? 'the next exercise';
  const side = sideLabel(step.side);
  const length = spokenDuration(step.seconds);
  switch (step.kind) {
    case 'transition':
      return `Next up: ${name}${side ? `, ${side.toLowerCase()}` : ''}. Get ready, ${length}.`;
    case 'switchSides':
      return `Switch sides. ${name}, ${side ? side.toLowerCase() : 'other side'}, in ${length}.`;
    case 'exercise':
      return `Exercise ${position.exercise} of ${position.of}: ${name}${side ? `, ${side.toLowerCase()}` : ''}. ${length}.`;
  }
}

/** "Exercise 2 of 4" for a step: its exercise's place among the routine's exercises. */
export function exercisePosition(plan: RoutinePlan, step: RoutineStep): { exercise: number; of: number } {
  const ids = exercisesInOrder(plan).map((e) => e.id);
  return { exercise: Math.max(1, ids.indexOf(step.exerciseId) + 1), of: Math.max(1, ids.length) };
}

/** "1st", "2nd", "3rd", "11th"… */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
