/**
 * Rules the catalog must satisfy, as data and pure predicates, so the catalog test, the
 * composer and the review document all use the same definitions.
 */
import { ASSUMED_EQUIPMENT, type ContactArea, type Dosage, type Exercise, type Pose } from '../../../common/routine';

export const CUE_LIMITS = { min: 3, max: 5, maxLength: 70 } as const;

/** Every chair move's safety note opens with this: a chair that rolls, turns or tips back can throw you. */
export const STEADY_CHAIR = 'Use a steady chair with no wheels, swivel or recline.';

/** A chair move that leans on the backrest says this instead: the back must reach the mid-back. */
export const STEADY_CHAIR_MID_BACK = 'Use a steady chair with no wheels, swivel or recline, its back up to your mid-back.';

/** Where a roller or ball must never press (seeds 000, 001, 002, 003). */
export const FORBIDDEN_CONTACT_AREAS: readonly ContactArea[] = ['lumbarSpine', 'jointOrBone'];

/** Contact areas that sit on the midline of the back, where the roller could slide onto the lumbar spine. */
export const MIDLINE_CONTACT_AREAS: readonly ContactArea[] = ['thoracicSpine', 'betweenShoulderBlades', 'sacrum'];

/**
 * The lumbar band of the stick figure's torso, as fractions of the way from pelvis to neck.
 * The bottom of the rib cage sits a little below the torso's midpoint; below that and above
 * the sacrum is the lumbar spine.
 */
export const LUMBAR_BAND = { from: 0.12, to: 0.42 } as const;

/** Seconds a one-sided move takes on one side, or a two-sided move in all, at its default dose. */
export function defaultSeconds(dosage: Dosage): number {
  return dosage.kind === 'hold' ? dosage.seconds : dosage.reps * dosage.secondsPerRep;
}

/** [shortest, longest] for one side (or the whole of a two-sided move). */
export function secondsRange(dosage: Dosage): readonly [number, number] {
  return dosage.kind === 'hold'
    ? [dosage.minSeconds, dosage.maxSeconds]
    : [dosage.minReps * dosage.secondsPerRep, dosage.maxReps * dosage.secondsPerRep];
}

/** Needs at most a chair and works seated or standing: the heart of a desk routine. */
export function needsOnlyChairOrNothing(ex: Exercise): boolean {
  return ex.positions.every((p) => p !== 'floor') && ex.equipment.every((e) => e === 'chair');
}

/** Fits the default preferences: seated or standing, nothing beyond what a desk offers. */
export function isDeskFriendly(ex: Exercise): boolean {
  return ex.positions.every((p) => p !== 'floor') && ex.equipment.every((e) => ASSUMED_EQUIPMENT.includes(e));
}

/**
 * True when a piece of text talks about rolling or pressing a roller/ball on the lower back
 * without saying not to. A cue such as "keep the roller above your lower back" passes; "roll
 * your lower back" does not.
 */
export function mentionsLumbarPressure(text: string): boolean {
  const t = text.toLowerCase();
  const tool = /\b(roll|rolling|roller|ball)\b/.test(t);
  const lumbar = /\b(lower back|low back|lumbar)\b/.test(t);
  const guarded = /\b(never|not|avoid|off|above|below|away from|instead of|stop)\b/.test(t);
  return tool && lumbar && !guarded;
}

const distanceToSegment = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
};

/** Half the thickness of the stick figure's trunk, for contact geometry. */
export const TRUNK_HALF_DEPTH = 3;

/**
 * Whether a roller or ball in the pose touches the lumbar band of the torso: the geometric
 * twin of the contact-area rule, so a pose cannot quietly show the roller under the lower back.
 */
export function propTouchesLumbarBand(pose: Pose): boolean {
  const { pelvis, neck } = pose.joints;
  const at = (f: number) => ({ x: pelvis.x + (neck.x - pelvis.x) * f, y: pelvis.y + (neck.y - pelvis.y) * f });
  const a = at(LUMBAR_BAND.from);
  const b = at(LUMBAR_BAND.to);
  return pose.props.some(
    (prop) =>
      (prop.kind === 'ball' || (prop.kind === 'roller' && prop.length === undefined)) &&
      distanceToSegment(prop, a, b) < prop.r + TRUNK_HALF_DEPTH,
  );
}
