/**
 * The words that describe a routine before it starts, shared by the reminder card and the
 * system notification so both say the same thing: "2½ min · hips & upper back · at your desk".
 */
import type { RoutinePlan } from './ipc';
import type { Equipment, Exercise, ExerciseFocus } from './routine';

/** 150 → "2½ min", 120 → "2 min", 45 → "45 s": lengths the user picks come in half minutes. */
export function formatLength(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const halves = Math.round(seconds / 30);
  const whole = Math.floor(halves / 2);
  return `${whole}${halves % 2 ? '½' : ''} min`;
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

/**
 * The card's subtitle: "2½ min · hips & upper back · at your desk". When the composer could not
 * reach the chosen length (its length note), the length the routine really takes, to the second:
 * the card must not promise 2½ minutes above a note that says 2 min 15 s.
 */
export function reminderSubtitle(plan: RoutinePlan): string {
  const off = plan.relaxed.find((n) => n.code === 'length');
  const length = off ? exactLength(off.totalSeconds) : formatLength(plan.routine.targetSeconds);
  return [length, focusLabel(plan), placeLabel(plan)].join(' · ');
}

/** 135 → "2 min 15 s", 120 → "2 min", 45 → "45 s". */
function exactLength(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m === 0 ? `${s} s` : s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** The routine's exercises in playing order (ids the plan names but does not carry are left out). */
export function exercisesInOrder(plan: RoutinePlan): Exercise[] {
  const byId = new Map(plan.exercises.map((e) => [e.id, e]));
  const ids = plan.routine.exerciseIds.length > 0 ? plan.routine.exerciseIds : [...new Set(plan.routine.steps.map((s) => s.exerciseId))];
  return ids.map((id) => byId.get(id)).filter((e): e is Exercise => !!e);
}
