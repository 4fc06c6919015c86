/**
 * The one-line description of a routine, shared by the reminder card and the system
 * notification: "2½ min · hips & upper back · at your desk".
 */
import type { Focus } from './preferences';
import type { ComposedRoutine, Exercise } from './routine';

export function lengthLabel(seconds: number): string {
  const halfMinutes = Math.round(seconds / 30);
  const whole = Math.floor(halfMinutes / 2);
  return `${halfMinutes % 2 === 1 ? `${whole === 0 ? '' : whole}½` : whole} min`;
}

export function focusLabel(focus: Focus): string {
  return focus === 'hips' ? 'mostly hips' : focus === 'upperBack' ? 'mostly upper back' : 'hips & upper back';
}

export function placeLabel(exercises: readonly Pick<Exercise, 'positions'>[]): string {
  // Where the routine happens: the first position each exercise is shown in.
  const used = new Set(exercises.map((e) => e.positions[0]));
  if (used.has('floor')) return used.size > 1 ? 'at your desk and on the floor' : 'on the floor';
  return 'at your desk';
}

export function describeRoutine(routine: Pick<ComposedRoutine, 'targetSeconds'>, exercises: readonly Pick<Exercise, 'positions'>[], focus: Focus): string {
  return `${lengthLabel(routine.targetSeconds)} · ${focusLabel(focus)} · ${placeLabel(exercises)}`;
}
