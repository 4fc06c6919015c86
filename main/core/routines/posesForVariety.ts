/**
 * Key poses of the moves that give each single position (seated only, standing only, floor only)
 * enough variety of its own (issue 14; docs/decisions/0052-variety-per-position.md). Kept apart
 * from the phase files so those stay data, and built with the same kit, so limb lengths hold by
 * construction. Authored for the right side, like every pose.
 */
import type { Pose, Prop } from '../../../common/routine';
import { ANKLE_Y, BRIDGE_UP, buildPose, chair, CROOK_LYING, desk, DESK_Y, FLAT_FOOT, SEATED, SEATED_FRONT, STANDING_FRONT, vary, type PoseSpec } from './poseKit';

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

// ---- arms placed on the trunk (side views) ---------------------------------------------------------
type Arms = Pick<PoseSpec, 'leftArm' | 'rightArm'>;
type At = readonly [number, number];

/**
 * Arms crossed, hands on the opposite shoulders: `along` the trunk from the pelvis (a little
 * below the neck) and 4 in front of the chest, wherever the trunk leans.
 */
const armsCrossedOnChest = (pelvis: At, torso: number, along: number, bend: 1 | -1): Arms => {
  const t = (torso * Math.PI) / 180;
  const chest = { x: pelvis[0] + along * Math.cos(t) + 4 * Math.cos(t + Math.PI / 2), y: pelvis[1] + along * Math.sin(t) + 4 * Math.sin(t + Math.PI / 2) };
  return { leftArm: { reach: [chest.x, chest.y], bend }, rightArm: { reach: [chest.x + 0.5, chest.y + 0.5], bend } };
};

/** Fingers laced behind the head, for this trunk and head tilt: the hands just behind the head. */
const handsBehindHead = (pelvis: At, torso: number, head: number): Arms => {
  const t = (torso * Math.PI) / 180;
  const h = (head * Math.PI) / 180;
  const headAt = { x: pelvis[0] + 26 * Math.cos(t) + 7 * Math.cos(h), y: pelvis[1] + 26 * Math.sin(t) + 7 * Math.sin(h) };
  return { leftArm: { reach: [headAt.x - 3.5, headAt.y + 1], bend: -1 }, rightArm: { reach: [headAt.x - 3, headAt.y + 1.5], bend: -1 } };
};

// ---- seated hip hinge (side view) ---------------------------------------------------------------
/** Arms crossed on the chest; the trunk tips forward from the hips with the back long. */
const seatedHinge = (torso: number, label: string): PoseSpec =>
  vary(SEATED, {
    label,
    torso,
    head: torso + 5,
    ...armsCrossedOnChest(SEATED.pelvis, torso, 21, 1),
  });
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
/** Elbows out to the sides point at and away from the viewer, so the arms look short. */
const ELBOWS_OUT: PoseSpec['foreshorten'] = {
  'leftShoulder-leftElbow': 0.5,
  'rightShoulder-rightElbow': 0.5,
  'leftElbow-leftHand': 0.6,
  'rightElbow-rightHand': 0.6,
};
const standingExtension = (label: string, torso: number, head: number, spineBow: readonly [number, number]): PoseSpec => ({
  label,
  pelvis: [46, 50],
  torso,
  head,
  spineBow,
  // Fingers laced behind the head, elbows out wide.
  ...handsBehindHead([46, 50], torso, head),
  leftLeg: { reach: [47, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [48, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  foreshorten: ELBOWS_OUT,
});
export const STANDING_EXTENSION: readonly Pose[] = [
  buildPose(standingExtension('hands behind the head', -90, -90, [0, 0])),
  buildPose(standingExtension('lift the chest', -99, -115, [0, 4])),
];

// ---- glute release on a ball, sitting on the floor ------------------------------------------------
/** Sitting on a ball under the right buttock, hands behind, right ankle across the left knee. */
const onBallFigureFour = (dx: number, label: string): PoseSpec => ({
  label,
  pelvis: [46 + dx, 84],
  torso: -140,
  head: -115,
  leftArm: { reach: [24, 90.5], bend: 1 },
  rightArm: { reach: [25, 90.5], bend: 1 },
  leftLeg: { reach: [69, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: [-32, 8, -10],
  foreshorten: { 'rightHip-rightKnee': 0.7, 'rightKnee-rightAnkle': 0.45 },
  props: [{ kind: 'ball', x: 46, y: 89.5, r: 2.5 }],
});
export const FLOOR_GLUTE_BALL: readonly Pose[] = [
  buildPose(onBallFigureFour(0, 'sit on the ball, ankle crossed')),
  buildPose(onBallFigureFour(2, 'shift onto a tender spot')),
];

// ---- inner-thigh ball: face down, the bent-out thigh over a ball ----------------------------------
const adductorOnBall = (dx: number, label: string): PoseSpec => ({
  label,
  pelvis: [52 + dx, 81],
  torso: -8,
  head: -18,
  leftArm: [88, -2],
  rightArm: [90, 0],
  leftLeg: [178, 180, 160],
  rightLeg: [165, 185, 190],
  foreshorten: { 'rightHip-rightKnee': 0.45 },
  props: [{ kind: 'ball', x: 48, y: 88.7, r: 3.8 }],
});
export const FLOOR_ADDUCTOR_BALL: readonly Pose[] = [
  buildPose(adductorOnBall(-1, 'ball under the inner thigh')),
  buildPose(adductorOnBall(2, 'ease it towards the knee')),
];

// ---- standing glute ball against the wall ---------------------------------------------------------
/** Back to the wall, a ball trapped between the wall and the right buttock. */
const wallGlute = (drop: number, label: string): PoseSpec => ({
  label,
  pelvis: [37.5, 51 + drop],
  torso: -84,
  head: -88,
  leftArm: [88, 80],
  rightArm: [84, 78],
  leftLeg: { reach: [47, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [48, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  props: [
    { kind: 'wall', x: 29.5 },
    { kind: 'ball', x: 32, y: 53, r: 2.5 },
  ],
});
export const WALL_GLUTE_BALL: readonly Pose[] = [
  buildPose(wallGlute(0, 'ball under one buttock')),
  buildPose(wallGlute(3, 'bend the knees to roll')),
];

// ---- upper-back ball against the chair back -------------------------------------------------------
/** Sitting back, a ball between the right shoulder blade and a high backrest, arms crossed. */
const chairBackBall = (torso: number, label: string): PoseSpec =>
  vary(SEATED, {
    label,
    pelvis: [37, 70],
    torso,
    head: torso + 8,
    ...armsCrossedOnChest([37, 70], torso, 20, -1),
    leftLeg: { reach: [60, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    rightLeg: { reach: [61, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    props: [chair(41, 28), { kind: 'ball', x: 31.9, y: 50, r: 2.5 }],
  });
export const CHAIR_BACK_BALL: readonly Pose[] = [
  buildPose(chairBackBall(-96, 'sit back onto the ball')),
  buildPose(chairBackBall(-98, 'lean into a tight spot')),
];

// ---- hamstring stretch with a band round the foot -------------------------------------------------
const bandHamstring = (label: string, rightLeg: PoseSpec['rightLeg'], hands: readonly [number, number]): PoseSpec =>
  vary(CROOK_LYING, {
    label,
    leftArm: { reach: hands, bend: 1 },
    rightArm: { reach: [hands[0] + 0.5, hands[1] + 0.5], bend: 1 },
    rightLeg,
    props: [{ kind: 'band', from: { joint: 'rightHand' }, to: { joint: 'rightAnkle' } }],
  });
export const BAND_HAMSTRING: readonly Pose[] = [
  buildPose(bandHamstring('band round the foot, knee bent', [-60, 10, -80], [44, 70])),
  buildPose(bandHamstring('straighten the leg up', [-82, -82, 190], [45, 68])),
];

// ---- glute bridge with a band above the knees -----------------------------------------------------
const bridgeBand = { kind: 'band', from: { joint: 'leftKnee' }, to: { joint: 'rightKnee' } } as const;
export const BAND_GLUTE_BRIDGE: readonly Pose[] = [
  buildPose(vary(CROOK_LYING, { label: 'band above the knees', props: [bridgeBand] })),
  buildPose(vary(BRIDGE_UP, { label: 'press out, hips up', props: [bridgeBand] })),
];

// ---- standing side leg lift with a band, hands on the desk (front view) --------------------------
const deskSeenFromFront: Prop = { kind: 'desk', x: 0, y: DESK_Y + 2, extends: 'right' };
const sideLift = (label: string, rightLeg: PoseSpec['rightLeg']): PoseSpec =>
  vary(STANDING_FRONT, {
    label,
    leftArm: { reach: [58, DESK_Y + 2], bend: -1 },
    rightArm: { reach: [42, DESK_Y + 2], bend: 1 },
    rightLeg,
    props: [deskSeenFromFront, { kind: 'band', from: { joint: 'leftAnkle' }, to: { joint: 'rightAnkle' } }],
  });
export const BAND_SIDE_LIFT: readonly Pose[] = [
  buildPose(sideLift('band round the ankles', [90, 90, 90])),
  buildPose(sideLift('lift the leg out', [112, 112, 110])),
];

// ---- standing side-to-side pelvic tilts (front view) ---------------------------------------------
/** Weight onto one leg: the pelvis shifts over it and the other knee softens; hands on the hips. */
const standingSideTilt = (shift: number, label: string): PoseSpec =>
  vary(STANDING_FRONT, {
    label,
    pelvis: [50 - shift, 51],
    torso: -90 + shift,
    head: -90,
    leftArm: { reach: [53 - shift, 50], bend: -1 },
    rightArm: { reach: [47 - shift, 50], bend: 1 },
    leftLeg: { reach: [55, ANKLE_Y], bend: shift > 0 ? -1 : 1, foot: 90 },
    rightLeg: { reach: [45, ANKLE_Y], bend: shift > 0 ? -1 : 1, foot: 90 },
  });
export const STANDING_SIDE_TILTS: readonly Pose[] = [
  buildPose(standingSideTilt(2.5, 'weight onto the right leg')),
  buildPose(standingSideTilt(-2.5, 'weight onto the left leg')),
];

// ---- seated upper-back extension: sitting forward, away from the chair back ----------------------
/** The standing extension's arms and trunk on the chair: the hips and legs stay as they sit. */
const seatedExtension = (label: string, torso: number, head: number, spineBow: readonly [number, number]): PoseSpec =>
  vary(SEATED, {
    label,
    torso,
    head,
    spineBow,
    ...handsBehindHead(SEATED.pelvis, torso, head),
    // Elbows wide but a little forward of straight out, so the near arm still frames the head at
    // player size (fully side-on, as ELBOWS_OUT draws them, they vanish behind it).
    foreshorten: {
      'leftShoulder-leftElbow': 0.7,
      'rightShoulder-rightElbow': 0.7,
      'leftElbow-leftHand': 0.75,
      'rightElbow-rightHand': 0.75,
    },
  });
export const SEATED_EXTENSION: readonly Pose[] = [
  buildPose(seatedExtension('hands behind the head', -90, -90, [0, 0])),
  // The head stays in line with the upper back: the bend is in the chest, not the neck.
  buildPose(seatedExtension('lift the chest', -99, -106, [0, 4])),
];

// ---- seated bird-dog: one arm reaches forward, the opposite leg straightens out -------------------
/** Sitting tall near the front of the seat, both hands on it beside the hips. */
const seatedBirdDogStart: PoseSpec = vary(SEATED, {
  label: 'hands on the seat',
  leftArm: { reach: [44, 71], bend: 1 },
  rightArm: { reach: [45, 71], bend: 1 },
});
/** The near (right) or far (left) arm forward at shoulder height, the other leg out long. */
const seatedBirdDog = (label: string, arm: 'right' | 'left'): PoseSpec => {
  const reach: PoseSpec['rightArm'] = [-4, -4];
  const long: PoseSpec['rightLeg'] = [-3, 4, -70];
  return vary(seatedBirdDogStart, {
    label,
    ...(arm === 'right' ? { rightArm: reach, leftLeg: long } : { leftArm: reach, rightLeg: long }),
  });
};
export const SEATED_BIRD_DOG: readonly Pose[] = [
  buildPose(seatedBirdDogStart),
  buildPose(seatedBirdDog('right arm and left leg long', 'right')),
  buildPose(vary(seatedBirdDogStart, { label: 'back to the start' })),
  buildPose(seatedBirdDog('left arm and right leg long', 'left')),
];

// ---- seated knee sways (front view): both knees sway to one side, the feet and the chest stay ----
type Room = readonly [number, number, number];
const minus = (a: Room, b: Room): Room => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const times = (a: Room, k: number): Room => [a[0] * k, a[1] * k, a[2] * k];
const dotted = (a: Room, b: Room) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
/** Rodrigues: `v` turned by `deg` about the unit axis `k`. */
const turnedAbout = (v: Room, k: Room, deg: number): Room => {
  const a = (deg * Math.PI) / 180;
  const kv: Room = [k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0]];
  const along = dotted(k, v) * (1 - Math.cos(a));
  return [0, 1, 2].map((i) => v[i]! * Math.cos(a) + kv[i]! * Math.sin(a) + k[i]! * along) as unknown as Room;
};
/**
 * One leg in the room (x forward, y down, z to the figure's right), drawn from the front (the
 * figure's right is screen-left). The hip stays on the seat and the foot on the floor, so the
 * knee can only swing about the line between them: turning thigh and shin about that line keeps
 * both their lengths, and the front view shows how long each then looks.
 */
const swayedLeg = (side: 'left' | 'right', deg: number) => {
  const sign = side === 'right' ? 1 : -1;
  const hip: Room = [0, 70, 5 * sign];
  // Knees and feet hip-width apart, thighs straight forward, so both legs show as they sway.
  const thighDir: Room = [1, 0, 0];
  const knee0: Room = [hip[0] + 20 * thighDir[0], 70, hip[2] + 20 * thighDir[2]];
  const ankle: Room = [knee0[0], ANKLE_Y, knee0[2]];
  const axis = times(minus(ankle, hip), 1 / Math.hypot(...minus(ankle, hip)));
  // About the forward-and-down axis a positive turn sends the knee to -z: the sway right is -deg.
  const thigh = turnedAbout(minus(knee0, hip), axis, -deg);
  const knee: Room = [hip[0] + thigh[0], hip[1] + thigh[1], hip[2] + thigh[2]];
  const shin = minus(ankle, knee);
  // Seen from in front and a little above, as SEATED_FRONT draws a sitter: a thigh pointing at the
  // viewer shows a tenth of its length (pointing down), a shin nine tenths.
  const seen = (v: Room) => {
    const [x, y] = [-v[2], 0.9 * v[1] + 0.1 * v[0]];
    return { angle: (Math.atan2(y, x) * 180) / Math.PI, length: Math.hypot(x, y) };
  };
  return { thigh: seen(thigh), shin: seen(shin) };
};
const kneeSway = (deg: number, label: string): PoseSpec => {
  const [left, right] = [swayedLeg('left', deg), swayedLeg('right', deg)];
  return vary(SEATED_FRONT, {
    label,
    leftLeg: [left.thigh.angle, left.shin.angle, 90],
    rightLeg: [right.thigh.angle, right.shin.angle, 90],
    foreshorten: {
      ...SEATED_FRONT.foreshorten,
      'leftHip-leftKnee': left.thigh.length / 20,
      'rightHip-rightKnee': right.thigh.length / 20,
      'leftKnee-leftAnkle': left.shin.length / 20,
      'rightKnee-rightAnkle': right.shin.length / 20,
    },
    // Holding the sides of the seat, beside the hips.
    leftArm: { reach: [56, 71], bend: -1 },
    rightArm: { reach: [44, 71], bend: 1 },
  });
};
/** There and back, like the lying knee rocks: right, through the middle, left. */
export const SEATED_KNEE_SWAYS: readonly Pose[] = [
  buildPose(kneeSway(35, 'knees sway right')),
  buildPose(kneeSway(0, 'through the middle')),
  buildPose(kneeSway(-35, 'knees sway left')),
];
