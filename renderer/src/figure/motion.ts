/**
 * How an exercise's key poses play over time. Pure: time in, pose out, so the player, the
 * preview and the unit tests all agree on what the figure shows at any moment.
 */
import { mirrorPose, type Exercise, type Pose, type Side } from '../../../common/routine';
import { blendPoses } from './geometry';

/** A move from key pose `from` to key pose `to`, starting at `at` ms and lasting `ms`. */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly at: number;
  readonly ms: number;
}

/**
 * - `loop`: repeat every `periodMs` (reps; the preview of a hold).
 * - `once`: play the segments and stay on the last pose (a hold in the player: get into the
 *   position, then keep still).
 */
export interface Motion {
  readonly segments: readonly Segment[];
  readonly periodMs: number;
  readonly repeat: 'loop' | 'once';
  /** The key pose to show when nothing moves (reduced motion, or a single pose). */
  readonly stillPose: number;
}

/** How long a hold takes to settle into its position, per key-pose change. */
export const SETTLE_MS_PER_POSE = 1600;
/** In a looping preview, how long a hold stays in position before going round again. */
export const PREVIEW_HOLD_MS = 2200;

/**
 * The motion for an exercise.
 *
 * Reps of two or three key poses go there and back (arms up, arms down); four or more key poses
 * are authored as a full cycle ("back to the start" is one of them), so they go round. A hold
 * moves into its last pose and stays there, because a hold is the whole point; only the
 * preview returns to the start so that it can show the move again.
 */
export function motionFor(exercise: Pick<Exercise, 'dosage' | 'poses'>, mode: 'player' | 'preview' = 'player'): Motion {
  const n = exercise.poses.length;
  const stillPose = Math.max(0, n - 1);
  if (n < 2) return { segments: [], periodMs: 1000, repeat: 'once', stillPose };
  if (exercise.dosage.kind === 'reps') {
    const periodMs = Math.max(1000, exercise.dosage.secondsPerRep * 1000);
    const order = n >= 4 ? [...range(n), 0] : [...range(n), ...range(n - 1).reverse()];
    const step = periodMs / (order.length - 1);
    const segments = order.slice(1).map((to, i) => ({ from: order[i]!, to, at: i * step, ms: step }));
    return { segments, periodMs, repeat: 'loop', stillPose };
  }
  const forward = range(n - 1).map((i) => ({ from: i, to: i + 1, at: i * SETTLE_MS_PER_POSE, ms: SETTLE_MS_PER_POSE }));
  const settled = (n - 1) * SETTLE_MS_PER_POSE;
  if (mode === 'player') return { segments: forward, periodMs: settled, repeat: 'once', stillPose };
  const back = { from: n - 1, to: 0, at: settled + PREVIEW_HOLD_MS, ms: SETTLE_MS_PER_POSE };
  return { segments: [...forward, back], periodMs: back.at + back.ms + PREVIEW_HOLD_MS / 2, repeat: 'loop', stillPose };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Gentle in and out, so each key pose is a moment of stillness rather than a bounce. */
export const ease = (f: number): number => 0.5 - Math.cos(Math.PI * Math.min(1, Math.max(0, f))) / 2;

/** Which two key poses, and how far between them, at time t (ms since the motion started). */
export function phaseAt(motion: Motion, t: number): { from: number; to: number; f: number } {
  const first = motion.segments[0];
  if (!first) return { from: motion.stillPose, to: motion.stillPose, f: 0 };
  const time = motion.repeat === 'loop' ? ((t % motion.periodMs) + motion.periodMs) % motion.periodMs : Math.max(0, t);
  if (motion.repeat === 'once' && time >= motion.periodMs) {
    const last = motion.segments.at(-1)!;
    return { from: last.to, to: last.to, f: 0 };
  }
  let current = first;
  for (const seg of motion.segments) if (time >= seg.at) current = seg;
  const f = ease((time - current.at) / current.ms);
  return { from: current.from, to: current.to, f };
}

/** True when the figure no longer changes after time t (a settled hold): the animator may rest. */
export function isSettled(motion: Motion, t: number): boolean {
  return motion.segments.length === 0 || (motion.repeat === 'once' && t >= motion.periodMs);
}

/** The exercise's key poses for one side: authored for the right, mirrored for the left. */
export function posesForSide(exercise: Pick<Exercise, 'poses'>, side: Side): Pose[] {
  return side === 'left' ? exercise.poses.map(mirrorPose) : [...exercise.poses];
}

/** The pose to draw at time t. */
export function poseAt(poses: readonly Pose[], motion: Motion, t: number): Pose {
  const { from, to, f } = phaseAt(motion, t);
  const a = poses[from] ?? poses[0]!;
  const b = poses[to] ?? a;
  return blendPoses(a, b, f);
}
