/**
 * Builds stick-figure poses from a few angles instead of seventeen hand-typed points.
 *
 * Why forward kinematics: the player interpolates between key poses and mirrors them, so every
 * limb must keep its length from pose to pose. Deriving points from one set of segment
 * lengths makes that true by construction; the catalog test still checks the stored points.
 *
 * Angles are in degrees on the canvas: 0 points screen-right, 90 points DOWN (y grows
 * downwards), -90 up, 180 left. In a side view the figure faces screen-right, so 0 is
 * "forward".
 */
import {
  BONES,
  boneName,
  FLOOR_Y,
  project,
  type BoneName,
  type Camera,
  type JointName,
  type Point,
  type Point3,
  type Pose,
  type PoseView,
  type Prop,
} from '../../../common/routine';

/** Nominal segment lengths in canvas units (a standing figure is about 80 tall). */
export const SEGMENT_LENGTHS = {
  head: 7,
  torso: 26,
  upperArm: 14,
  forearm: 13,
  thigh: 20,
  shin: 20,
  foot: 6,
} as const;

/** Half the shoulder and hip widths seen from the front; the shoulders sit a little below the neck. */
export const GIRDLE = { shoulderHalf: 8, hipHalf: 5, shoulderDrop: 2 } as const;

/** The nominal length of each limb bone; girdle bones (neck-shoulder, pelvis-hip) depend on the view. */
export const LIMB_LENGTHS: Partial<Record<BoneName, number>> = {
  'neck-head': SEGMENT_LENGTHS.head,
  'neck-pelvis': SEGMENT_LENGTHS.torso,
  'leftShoulder-leftElbow': SEGMENT_LENGTHS.upperArm,
  'rightShoulder-rightElbow': SEGMENT_LENGTHS.upperArm,
  'leftElbow-leftHand': SEGMENT_LENGTHS.forearm,
  'rightElbow-rightHand': SEGMENT_LENGTHS.forearm,
  'leftHip-leftKnee': SEGMENT_LENGTHS.thigh,
  'rightHip-rightKnee': SEGMENT_LENGTHS.thigh,
  'leftKnee-leftAnkle': SEGMENT_LENGTHS.shin,
  'rightKnee-rightAnkle': SEGMENT_LENGTHS.shin,
  'leftAnkle-leftToe': SEGMENT_LENGTHS.foot,
  'rightAnkle-rightToe': SEGMENT_LENGTHS.foot,
};

/**
 * Knee/elbow bend for the two-bone solver: -1 puts the middle joint on the counter-clockwise
 * side of the line from root to end (for a figure facing right: knees forward, elbows back
 * when the arm hangs), +1 on the clockwise side.
 */
export type Bend = 1 | -1;

/** A limb given by absolute segment angles: [upper, lower] for arms, [thigh, shin, foot] for legs. */
type ArmSpec = readonly [number, number] | { readonly reach: readonly [number, number]; readonly bend: Bend };
type LegSpec =
  | readonly [number, number, number]
  | {
      readonly reach: readonly [number, number];
      readonly bend: Bend;
      readonly foot: number;
    };

export interface PoseSpec {
  readonly label: string;
  readonly view?: PoseView;
  readonly pelvis: readonly [number, number];
  /** Direction from pelvis to neck. */
  readonly torso: number;
  /** Direction from neck to head; defaults to the torso's. */
  readonly head?: number;
  /** How wide the shoulders and hips look, 0..1 (front view 1, side view a hint of depth). */
  readonly spread?: number;
  readonly leftArm: ArmSpec;
  readonly rightArm: ArmSpec;
  readonly leftLeg: LegSpec;
  readonly rightLeg: LegSpec;
  /** Bones that point at or away from the viewer, drawn shorter by this factor (0..1). */
  readonly foreshorten?: Partial<Record<BoneName, number>>;
  readonly props?: readonly Prop[];
  /** How the trunk bows (see Pose.spineBow): positive arches, negative rounds. */
  readonly spineBow?: readonly [number, number];
}

const rad = (deg: number): number => (deg * Math.PI) / 180;
const round = (n: number): number => Math.round(n * 10) / 10;
const at = (from: Point, angleDeg: number, length: number): Point => ({
  x: from.x + Math.cos(rad(angleDeg)) * length,
  y: from.y + Math.sin(rad(angleDeg)) * length,
});
const angleTo = (from: Point, to: Point): number => (Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI;

/**
 * Two-bone solver: the middle joint that lets segments a and b join root to target. A target
 * out of reach gets a straight limb pointing at it (the catalog test then notices a foot that
 * misses the floor).
 */
function solveTwoBone(root: Point, target: Point, a: number, b: number, bend: Bend): [Point, Point] {
  const dx = target.x - root.x;
  const dy = target.y - root.y;
  const d = Math.min(Math.max(Math.hypot(dx, dy), Math.abs(a - b) + 0.01), a + b - 0.01);
  const cosAlpha = (a * a + d * d - b * b) / (2 * a * d);
  const alpha = (Math.acos(Math.min(1, Math.max(-1, cosAlpha))) * 180) / Math.PI;
  const middle = at(root, angleTo(root, target) + bend * alpha, a);
  const end = at(middle, angleTo(middle, target), b);
  return [middle, end];
}

export function buildPose(spec: PoseSpec): Pose {
  const view = spec.view ?? 'side';
  const spread = spec.spread ?? (view === 'front' ? 1 : 0.12);
  const scale = (bone: BoneName): number => spec.foreshorten?.[bone] ?? 1;
  const pelvis: Point = { x: spec.pelvis[0], y: spec.pelvis[1] };
  const neck = at(pelvis, spec.torso, SEGMENT_LENGTHS.torso * scale('neck-pelvis'));
  const head = at(neck, spec.head ?? spec.torso, SEGMENT_LENGTHS.head * scale('neck-head'));
  // "Left" is +90° from the torso direction: screen-right in a front view (the figure faces
  // the viewer), a hint of depth in a side view.
  const leftward = spec.torso + 90;
  const shoulderCentre = at(neck, spec.torso + 180, GIRDLE.shoulderDrop);
  const leftShoulder = at(shoulderCentre, leftward, GIRDLE.shoulderHalf * spread);
  const rightShoulder = at(shoulderCentre, leftward + 180, GIRDLE.shoulderHalf * spread);
  const leftHip = at(pelvis, leftward, GIRDLE.hipHalf * spread);
  const rightHip = at(pelvis, leftward + 180, GIRDLE.hipHalf * spread);

  const arm = (shoulder: Point, limb: ArmSpec, side: 'left' | 'right'): [Point, Point] => {
    const upper = SEGMENT_LENGTHS.upperArm * scale(`${side}Shoulder-${side}Elbow`);
    const fore = SEGMENT_LENGTHS.forearm * scale(`${side}Elbow-${side}Hand`);
    if ('reach' in limb) return solveTwoBone(shoulder, { x: limb.reach[0], y: limb.reach[1] }, upper, fore, limb.bend);
    const elbow = at(shoulder, limb[0], upper);
    return [elbow, at(elbow, limb[1], fore)];
  };
  const leg = (hip: Point, limb: LegSpec, side: 'left' | 'right'): [Point, Point, Point] => {
    const thigh = SEGMENT_LENGTHS.thigh * scale(`${side}Hip-${side}Knee`);
    const shin = SEGMENT_LENGTHS.shin * scale(`${side}Knee-${side}Ankle`);
    const foot = SEGMENT_LENGTHS.foot * scale(`${side}Ankle-${side}Toe`);
    if ('reach' in limb) {
      const [knee, ankle] = solveTwoBone(hip, { x: limb.reach[0], y: limb.reach[1] }, thigh, shin, limb.bend);
      return [knee, ankle, at(ankle, limb.foot, foot)];
    }
    const knee = at(hip, limb[0], thigh);
    const ankle = at(knee, limb[1], shin);
    return [knee, ankle, at(ankle, limb[2], foot)];
  };

  const [leftElbow, leftHand] = arm(leftShoulder, spec.leftArm, 'left');
  const [rightElbow, rightHand] = arm(rightShoulder, spec.rightArm, 'right');
  const [leftKnee, leftAnkle, leftToe] = leg(leftHip, spec.leftLeg, 'left');
  const [rightKnee, rightAnkle, rightToe] = leg(rightHip, spec.rightLeg, 'right');

  const raw: Record<JointName, Point> = {
    head,
    neck,
    leftShoulder,
    rightShoulder,
    leftElbow,
    rightElbow,
    leftHand,
    rightHand,
    pelvis,
    leftHip,
    rightHip,
    leftKnee,
    rightKnee,
    leftAnkle,
    rightAnkle,
    leftToe,
    rightToe,
  };
  const joints = Object.fromEntries(Object.entries(raw).map(([name, p]) => [name, { x: round(p.x), y: round(p.y) }])) as Record<
    JointName,
    Point
  >;
  const foreshortened = BONES.map(boneName).filter((bone) => scale(bone) < 1);
  return {
    label: spec.label,
    view,
    joints,
    props: spec.props ?? [],
    foreshortened,
    ...(spec.spineBow ? { spineBow: spec.spineBow } : {}),
  };
}

/** Shorthand for a pose that differs from a base spec in a few fields. */
export const vary = (base: PoseSpec, changes: Partial<PoseSpec>): PoseSpec => ({
  ...base,
  ...changes,
});

// ---------------------------------------------------------------------------------------------
// Base postures (side view, facing right) the catalog varies from
// ---------------------------------------------------------------------------------------------

/** Ankle height above the floor when a foot stands flat. */
export const ANKLE_Y = FLOOR_Y - 2;
/** Knee height when kneeling. */
export const KNEE_ON_FLOOR_Y = FLOOR_Y - 1.5;
/** Mid-plane height of a body lying on the floor (the head circle touches the floor). */
export const LYING_Y = FLOOR_Y - 5;
/** A flat foot: toe a little lower than the ankle, pointing forward. */
export const FLAT_FOOT = 18;

export const chair = (x = 41, backHeight = 20, back: 'left' | 'right' | 'behind' = 'left'): Prop => ({
  kind: 'chair',
  x,
  y: 73,
  backHeight,
  back,
});
/** Desk top height: a little below the wrist of the standing figure, as at a real desk. */
export const DESK_Y = 54;
export const desk = (x = 74, y = DESK_Y): Prop => ({
  kind: 'desk',
  x,
  y,
  extends: 'right',
});

export const STANDING: PoseSpec = {
  label: 'stand',
  pelvis: [46, 50],
  torso: -90,
  leftArm: [92, 88],
  rightArm: [88, 85],
  leftLeg: [90, 90, FLAT_FOOT],
  rightLeg: [90, 90, FLAT_FOOT],
};

/** Sitting tall near the front of a chair, thighs level, shins upright, feet flat. */
export const SEATED: PoseSpec = {
  label: 'sit',
  pelvis: [40, 70],
  torso: -90,
  leftArm: [80, 20],
  rightArm: [75, 15],
  leftLeg: [2, 88, FLAT_FOOT],
  rightLeg: [-2, 92, FLAT_FOOT],
  props: [chair()],
};

/** On hands and knees: knees under hips, hands under shoulders. */
export const ALL_FOURS: PoseSpec = {
  label: 'hands and knees',
  pelvis: [47, KNEE_ON_FLOOR_Y - SEGMENT_LENGTHS.thigh],
  torso: -14,
  head: -20,
  leftArm: { reach: [74, FLOOR_Y - 1], bend: 1 },
  rightArm: { reach: [73, FLOOR_Y - 1], bend: 1 },
  leftLeg: [91, 180, 182],
  rightLeg: [89, 180, 182],
};

/** Lying on the back, knees bent, feet flat, arms by the sides. */
export const CROOK_LYING: PoseSpec = {
  label: 'lie on your back',
  pelvis: [54, LYING_Y],
  torso: 180,
  leftArm: [4, 0],
  rightArm: [2, -2],
  leftLeg: { reach: [75, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [76, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
};

/** A glute bridge at the top: from crook lying, the hips lifted to a line from knees to shoulders. */
export const BRIDGE_UP: PoseSpec = vary(CROOK_LYING, {
  label: 'hips up',
  pelvis: [54, 75],
  torso: 152.5,
  head: 180,
  leftArm: [8, 0],
  rightArm: [6, -2],
});

/** Half-kneeling: right knee down (the hip being stretched), left foot forward. */
export const HALF_KNEELING: PoseSpec = {
  label: 'half-kneel',
  pelvis: [44, KNEE_ON_FLOOR_Y - SEGMENT_LENGTHS.thigh],
  torso: -90,
  leftArm: [85, 80],
  rightArm: [95, 90],
  leftLeg: { reach: [65, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: [90, 180, 182],
};

/** Seen from the front, sitting on a chair: thighs point at the viewer, so they look short. */
export const SEATED_FRONT: PoseSpec = {
  label: 'sit, seen from the front',
  view: 'front',
  pelvis: [50, 70],
  torso: -90,
  leftArm: { reach: [56, 70], bend: -1 },
  rightArm: { reach: [44, 70], bend: 1 },
  leftLeg: [88, 90, 90],
  rightLeg: [92, 90, 90],
  foreshorten: {
    'leftHip-leftKnee': 0.1,
    'rightHip-rightKnee': 0.1,
    'leftKnee-leftAnkle': 0.9,
    'rightKnee-rightAnkle': 0.9,
    'leftAnkle-leftToe': 0.3,
    'rightAnkle-rightToe': 0.3,
  },
  props: [chair(50, 22, 'behind')],
};

/** Standing, seen from the front: feet point at the viewer. */
export const STANDING_FRONT: PoseSpec = {
  label: 'stand, seen from the front',
  view: 'front',
  pelvis: [50, 50],
  torso: -90,
  leftArm: [84, 88],
  rightArm: [96, 92],
  leftLeg: [90, 90, 90],
  rightLeg: [90, 90, 90],
  foreshorten: { 'leftAnkle-leftToe': 0.3, 'rightAnkle-rightToe': 0.3 },
};

// ---------------------------------------------------------------------------------------------
// Poses modelled in 3-D (see docs/decisions/0020-figure-views-and-3d-poses.md)
// ---------------------------------------------------------------------------------------------

/**
 * A direction in the room: x forward (screen-right in the side view), y down, z towards the
 * figure's right (towards the side view's viewer). Need not be unit length.
 */
export type Dir = readonly [number, number, number];

/**
 * A pose given by bone directions in 3-D. Each bone gets its nominal length along its
 * direction, so lengths hold in the room by construction; the camera only shortens drawings.
 */
export interface PoseSpec3 {
  readonly label: string;
  readonly view: Exclude<PoseView, 'side' | 'front'>;
  readonly camera: Camera;
  readonly pelvis: readonly [number, number, number];
  readonly torso: Dir;
  readonly head?: Dir;
  /** From the pelvis towards the right hip; the left is opposite. */
  readonly hips: Dir;
  /** From the neck towards the right shoulder; defaults to the hips' direction. */
  readonly shoulders?: Dir;
  /** Where the face points; defaults to forward turned with the shoulders. */
  readonly face?: Dir;
  readonly leftArm: readonly [Dir, Dir];
  readonly rightArm: readonly [Dir, Dir];
  readonly leftLeg: readonly [Dir, Dir, Dir];
  readonly rightLeg: readonly [Dir, Dir, Dir];
  readonly props?: readonly Prop[];
}

const add = (p: Point3, d: Dir, length: number): Point3 => {
  const n = Math.hypot(d[0], d[1], d[2]) || 1;
  return {
    x: p.x + (d[0] / n) * length,
    y: p.y + (d[1] / n) * length,
    z: p.z + (d[2] / n) * length,
  };
};
const neg = (d: Dir): Dir => [-d[0], -d[1], -d[2]];

export function buildPose3(spec: PoseSpec3): Pose {
  const L = SEGMENT_LENGTHS;
  const pelvis: Point3 = {
    x: spec.pelvis[0],
    y: spec.pelvis[1],
    z: spec.pelvis[2],
  };
  const neck = add(pelvis, spec.torso, L.torso);
  const head = add(neck, spec.head ?? spec.torso, L.head);
  const shoulderCentre = add(neck, neg(spec.torso), GIRDLE.shoulderDrop);
  const shoulders = spec.shoulders ?? spec.hips;
  const rightShoulder = add(shoulderCentre, shoulders, GIRDLE.shoulderHalf);
  const leftShoulder = add(shoulderCentre, neg(shoulders), GIRDLE.shoulderHalf);
  const rightHip = add(pelvis, spec.hips, GIRDLE.hipHalf);
  const leftHip = add(pelvis, neg(spec.hips), GIRDLE.hipHalf);
  const arm = (shoulder: Point3, [upper, fore]: readonly [Dir, Dir]): [Point3, Point3] => {
    const elbow = add(shoulder, upper, L.upperArm);
    return [elbow, add(elbow, fore, L.forearm)];
  };
  const leg = (hip: Point3, [thigh, shin, foot]: readonly [Dir, Dir, Dir]): [Point3, Point3, Point3] => {
    const knee = add(hip, thigh, L.thigh);
    const ankle = add(knee, shin, L.shin);
    return [knee, ankle, add(ankle, foot, L.foot)];
  };
  const [leftElbow, leftHand] = arm(leftShoulder, spec.leftArm);
  const [rightElbow, rightHand] = arm(rightShoulder, spec.rightArm);
  const [leftKnee, leftAnkle, leftToe] = leg(leftHip, spec.leftLeg);
  const [rightKnee, rightAnkle, rightToe] = leg(rightHip, spec.rightLeg);
  const world: Record<JointName, Point3> = {
    head,
    neck,
    leftShoulder,
    rightShoulder,
    leftElbow,
    rightElbow,
    leftHand,
    rightHand,
    pelvis,
    leftHip,
    rightHip,
    leftKnee,
    rightKnee,
    leftAnkle,
    rightAnkle,
    leftToe,
    rightToe,
  };
  const joints = {} as Record<JointName, Point>;
  for (const [name, p] of Object.entries(world) as [JointName, Point3][]) {
    const q = project(p, spec.camera);
    joints[name] = { x: round(q.x), y: round(q.y) };
  }
  // A bone the camera sees at a slant is drawn shorter; say so, so no check mistakes it for a
  // limb that shrank.
  const foreshortened = BONES.map(boneName).filter((bone) => {
    const nominal = LIMB_LENGTHS[bone];
    const [a, b] = bone.split('-') as [JointName, JointName];
    return nominal !== undefined && Math.hypot(joints[a].x - joints[b].x, joints[a].y - joints[b].y) < nominal * 0.97;
  });
  // The chest faces right × up (shoulders × torso), whatever the posture.
  const [sx, sy, sz] = shoulders;
  const [tx, ty, tz] = spec.torso;
  const face = spec.face ?? ([sy * tz - sz * ty, sz * tx - sx * tz, sx * ty - sy * tx] as Dir);
  const noseTip = project(add(head, face, 7.5), spec.camera);
  const nose = { x: round(noseTip.x), y: round(noseTip.y) };
  return {
    label: spec.label,
    view: spec.view,
    joints,
    props: spec.props ?? [],
    foreshortened,
    model: { camera: spec.camera, joints: world, nose },
  };
}
