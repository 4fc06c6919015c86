/**
 * Key poses of the moves that give each single position (seated only, standing only, floor only)
 * enough variety of its own (issue 14; docs/decisions/0052-variety-per-position.md). Kept apart
 * from the phase files so those stay data, and built with the same kit, so limb lengths hold by
 * construction. Authored for the right side, like every pose.
 */
import type { Pose } from '../../../common/routine';
import { ANKLE_Y, buildPose, desk, DESK_Y, FLAT_FOOT, SEATED, SEATED_FRONT, vary, type PoseSpec } from './poseKit';

// ---- seated side-to-side pelvic tilts (front view) -----------------------------------------------
/** Weight rolls onto one sitting bone: the trunk leans that way a little, the head stays level. */
const seatedSideTilt = (lean: number, label: string): PoseSpec =>
  vary(SEATED_FRONT, {
    label,
    torso: -90 - lean,
    head: -90 - lean / 3,
    leftArm: { reach: [55, 71.5], bend: -1 },
    rightArm: { reach: [45, 71.5], bend: 1 },
  });
export const SEATED_SIDE_TILTS: readonly Pose[] = [
  buildPose(seatedSideTilt(9, 'weight onto the right sitting bone')),
  buildPose(seatedSideTilt(-9, 'weight onto the left sitting bone')),
];

// ---- 360° breathing leaning on the desk ---------------------------------------------------------
const deskLean = (label: string, spineBow: readonly [number, number], head: number): PoseSpec => ({
  label,
  spineBow,
  pelvis: [44, 51],
  torso: -58,
  head,
  leftArm: { reach: [71, DESK_Y], bend: 1 },
  rightArm: { reach: [70.5, DESK_Y], bend: 1 },
  leftLeg: { reach: [41, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [42, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  props: [desk(68)],
});
export const DESK_LEAN_BREATHING: readonly Pose[] = [
  buildPose(deskLean('breathe out: ribs settle', [-0.5, -1], -40)),
  buildPose(deskLean('breathe in: back ribs widen', [-1.5, -3.5], -36)),
];

// ---- seated knee press-out (front view) -----------------------------------------------------------
/** Hands on the outside of the knees; the knees press out against them by `open` degrees. */
const kneePress = (open: number, label: string): PoseSpec =>
  vary(SEATED_FRONT, {
    label,
    // The feet stay put: only the knees travel out, so the shins slope back in to the ankles.
    leftLeg: { reach: [55.5, ANKLE_Y - 0.5], bend: open > 0 ? -1 : 1, foot: 90 },
    rightLeg: { reach: [44.5, ANKLE_Y - 0.5], bend: open > 0 ? 1 : -1, foot: 90 },
    foreshorten: { ...SEATED_FRONT.foreshorten, 'leftHip-leftKnee': 0.1 + open / 100, 'rightHip-rightKnee': 0.1 + open / 100 },
    leftArm: { reach: [57 + open / 6, 72], bend: -1 },
    rightArm: { reach: [43 - open / 6, 72], bend: 1 },
  });
export const SEATED_KNEE_PRESS: readonly Pose[] = [
  buildPose(kneePress(0, 'hands outside the knees')),
  buildPose(kneePress(28, 'press the knees out')),
];

// ---- seated hip hinge (side view) ---------------------------------------------------------------
/** Arms crossed on the chest; the trunk tips forward from the hips with the back long. */
const seatedHinge = (torso: number, label: string): PoseSpec => {
  const t = (torso * Math.PI) / 180;
  // Hands on the opposite shoulders: a little below the neck, in front of the chest.
  const chest = { x: 40 + 21 * Math.cos(t) + 4 * Math.cos(t + Math.PI / 2), y: 70 + 21 * Math.sin(t) + 4 * Math.sin(t + Math.PI / 2) };
  return vary(SEATED, {
    label,
    torso,
    head: torso + 5,
    leftArm: { reach: [chest.x, chest.y], bend: 1 },
    rightArm: { reach: [chest.x + 0.5, chest.y + 0.5], bend: 1 },
  });
};
export const SEATED_HIP_HINGE: readonly Pose[] = [buildPose(seatedHinge(-90, 'sit tall')), buildPose(seatedHinge(-52, 'hinge forward, back long'))];

// ---- seated hip-flexor stretch: on the front corner of the seat, the near leg back ---------------
const seatedFlexor = (label: string, changes: Partial<PoseSpec>): PoseSpec =>
  vary(SEATED, {
    label,
    pelvis: [48, 70],
    leftLeg: [2, 88, FLAT_FOOT],
    // Thigh steeply down and back, knee towards the floor, toes tucked under on the floor behind.
    rightLeg: [115, 185, 110],
    leftArm: { reach: [60, 67.5], bend: 1 },
    rightArm: { reach: [61, 68.5], bend: 1 },
    ...changes,
  });
export const SEATED_HIP_FLEXOR: readonly Pose[] = [
  buildPose(seatedFlexor('one leg back, toes down', {})),
  buildPose(
    seatedFlexor('tuck the pelvis, sit tall', {
      torso: -94,
      spineBow: [-1, 0],
      rightLeg: [121, 186, 115],
    }),
  ),
];

// ---- standing figure-four at the desk ------------------------------------------------------------
/** Standing on the far leg, the near ankle resting across the standing knee, hands on the desk. */
const standingFour = (label: string, pelvis: readonly [number, number], torso: number): PoseSpec => {
  const knee = { x: pelvis[0] + 8, y: pelvis[1] + 19 };
  return {
    label,
    pelvis,
    torso,
    head: torso + 10,
    leftArm: { reach: [66, DESK_Y], bend: 1 },
    rightArm: { reach: [65.5, DESK_Y], bend: 1 },
    leftLeg: { reach: [pelvis[0] + 3, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    rightLeg: { reach: [knee.x - 1, knee.y - 2.5], bend: -1, foot: -15 },
    foreshorten: { 'rightHip-rightKnee': 0.8, 'rightKnee-rightAnkle': 0.55 },
    props: [desk(64)],
  };
};
export const STANDING_FIGURE_FOUR: readonly Pose[] = [
  buildPose(standingFour('ankle across the knee', [45, 52], -76)),
  buildPose(standingFour('sit the hips back', [41, 56], -62)),
];

// ---- standing upper-back extension --------------------------------------------------------------
const standingExtension = (label: string, torso: number, head: number, spineBow: readonly [number, number]): PoseSpec => {
  const t = (torso * Math.PI) / 180;
  const h = (head * Math.PI) / 180;
  const headAt = { x: 46 + 26 * Math.cos(t) + 7 * Math.cos(h), y: 50 + 26 * Math.sin(t) + 7 * Math.sin(h) };
  return {
    label,
    pelvis: [46, 50],
    torso,
    head,
    spineBow,
    // Fingers laced behind the head, elbows out wide.
    leftArm: { reach: [headAt.x - 3.5, headAt.y + 1], bend: -1 },
    rightArm: { reach: [headAt.x - 3, headAt.y + 1.5], bend: -1 },
    leftLeg: { reach: [47, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    rightLeg: { reach: [48, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    // Elbows out to the sides point at and away from the viewer, so the arms look short.
    foreshorten: {
      'leftShoulder-leftElbow': 0.5,
      'rightShoulder-rightElbow': 0.5,
      'leftElbow-leftHand': 0.6,
      'rightElbow-rightHand': 0.6,
    },
  };
};
export const STANDING_EXTENSION: readonly Pose[] = [
  buildPose(standingExtension('hands behind the head', -90, -90, [0, 0])),
  buildPose(standingExtension('lift the chest', -99, -115, [0, 4])),
];
