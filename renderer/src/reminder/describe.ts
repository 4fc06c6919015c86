/**
 * Words for the reminder card and the player, derived from the plan main sent. Pure, so the
 * phrasing rules are unit-tested.
 */
import type { RoutinePlan } from '../../../common/ipc';
import type { Equipment, Exercise, ExerciseFocus, Phase, RoutineStep, Side } from '../../../common/routine';

/** 150 → "2½ min", 120 → "2 min", 45 → "45 s": lengths the user picks come in half minutes. */
export function formatLength(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const halves = Math.round(seconds / 30);
  const whole = Math.floor(halves / 2);
  return `${whole}${halves % 2 ? '½' : ''} min`;
}

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

/**
 * "hips & upper back", "upper back & hips", "hips" or "upper back": which areas the routine's
 * exercises work, the emphasised one first. Breathing/core moves do not change the label.
 */
export function focusLabel(plan: RoutinePlan): string {
  const used = exercisesInOrder(plan);
  const has = (f: ExerciseFocus) => used.some((e) => e.focus === f || e.focus === 'both');
  const hips = has('hips');
  const back = has('thoracic');
  if (hips && back) return plan.routine.emphasis === 'thoracic' ? 'upper back & hips' : 'hips & upper back';
  if (hips) return 'hips';
  if (back) return 'upper back';
  return 'hips & upper back';
}

/**
 * Where the routine happens: "at your desk" when every move can be done seated or standing,
 * "on the floor" when none can, otherwise both. Equipment beyond the desk is named, because
 * the user may need to fetch it: "· with a foam roller".
 */
export function placeLabel(plan: RoutinePlan): string {
  const used = exercisesInOrder(plan);
  const atDesk = (e: Exercise) => e.positions.some((p) => p === 'seated' || p === 'standing');
  const desk = used.filter(atDesk).length;
  const place = desk === used.length ? 'at your desk' : desk === 0 ? 'on the floor' : 'at your desk & on the floor';
  const gear = [...new Set(used.flatMap((e) => e.equipment))].map((g) => GEAR[g]).filter((g): g is string => !!g);
  return gear.length > 0 ? `${place} · with ${joinAnd(gear)}` : place;
}

const GEAR: Record<Equipment, string | null> = {
  chair: null,
  desk: null,
  wall: null,
  foamRoller: 'a foam roller',
  massageBall: 'a massage ball',
  band: 'a band',
};

const joinAnd = (items: string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The card's subtitle: "2½ min · hips & upper back · at your desk". */
export function reminderSubtitle(plan: RoutinePlan): string {
  return [formatLength(plan.routine.targetSeconds), focusLabel(plan), placeLabel(plan)].join(' · ');
}

/** The routine's exercises in playing order (ids the plan names but does not carry are left out). */
export function exercisesInOrder(plan: RoutinePlan): Exercise[] {
  const byId = new Map(plan.exercises.map((e) => [e.id, e]));
  const ids = plan.routine.exerciseIds.length > 0 ? plan.routine.exerciseIds : [...new Set(plan.routine.steps.map((s) => s.exerciseId))];
  return ids.map((id) => byId.get(id)).filter((e): e is Exercise => !!e);
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
