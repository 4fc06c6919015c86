/**
 * Shapes of exercises, poses and composed routines, shared by main (catalog, composer) and the
 * renderer (player, animated figure, exercise preview). Runtime-free apart from a few pure
 * helpers the player needs (mirroring a pose for the other side).
 */
import type { OwnedEquipment, Position } from './preferences';

// ---------------------------------------------------------------------------------------------
// Poses: a stick figure on a fixed canvas
// ---------------------------------------------------------------------------------------------

/** Every pose is drawn on this canvas: x to the right, y DOWN, origin top-left. */
export const POSE_CANVAS = { width: 100, height: 100 } as const;
/** The floor line every pose stands, sits or lies on (the canvas is the same room for all). */
export const FLOOR_Y = 92;
/** Radius of the head circle drawn around the `head` point. */
export const HEAD_RADIUS = 5;

/**
 * Named joints. `left`/`right` are the figure's own sides. `pelvis` is the midpoint of the hips;
 * `toe` is the tip of the foot, so the foot's direction is visible.
 */
export const JOINT_NAMES = [
  'head',
  'neck',
  'leftShoulder',
  'rightShoulder',
  'leftElbow',
  'rightElbow',
  'leftHand',
  'rightHand',
  'pelvis',
  'leftHip',
  'rightHip',
  'leftKnee',
  'rightKnee',
  'leftAnkle',
  'rightAnkle',
  'leftToe',
  'rightToe',
] as const;
export type JointName = (typeof JOINT_NAMES)[number];

/** The segments to draw, as [from, to]. A renderer draws the far side (see PoseView) first. */
export const BONES = [
  ['neck', 'head'],
  ['neck', 'pelvis'],
  ['neck', 'leftShoulder'],
  ['neck', 'rightShoulder'],
  ['leftShoulder', 'leftElbow'],
  ['leftElbow', 'leftHand'],
  ['rightShoulder', 'rightElbow'],
  ['rightElbow', 'rightHand'],
  ['pelvis', 'leftHip'],
  ['pelvis', 'rightHip'],
  ['leftHip', 'leftKnee'],
  ['leftKnee', 'leftAnkle'],
  ['leftAnkle', 'leftToe'],
  ['rightHip', 'rightKnee'],
  ['rightKnee', 'rightAnkle'],
  ['rightAnkle', 'rightToe'],
] as const satisfies readonly (readonly [JointName, JointName])[];

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * - `side`: seen from the figure's right side, facing screen-right; the right limbs are nearest
 *   to the viewer (draw them last), the left limbs are behind. A mirrored side pose faces
 *   screen-left and its left limbs are the near ones.
 * - `front`: the figure faces the viewer, so its right side is on screen-left.
 */
export type PoseView = 'side' | 'front' | 'three-quarter' | 'top';

/** A point of a pose modelled in 3-D: x and y as on the canvas, z towards the side-view viewer. */
export interface Point3 {
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/**
 * How a pose modelled in 3-D is looked at: turned `yaw` degrees about the vertical (0 is the
 * side view; negative turns the figure's front towards the viewer, -90 is a front view), tilted
 * `pitch` degrees to look down (90 is a top view), then moved by `shift` on the canvas. Orthographic, so a bone's 3-D length is kept
 * in the model and only its drawing is shortened.
 */
export interface Camera {
  readonly yaw: number;
  readonly pitch: number;
  readonly shift: Point;
  /** The mat drawn on the floor when looking down: [x0, x1, z0, z1] in the room. */
  readonly mat?: readonly [number, number, number, number];
}

/**
 * The 3-D pose behind a drawn one (three-quarter and top views): the joints in the room, and the
 * camera that projects them to the drawn joints. Props keep their canvas coordinates, at z = 0.
 */
export interface PoseModel {
  readonly camera: Camera;
  readonly joints: Readonly<Record<JointName, Point3>>;
  /**
   * Where the face points, drawn as a short nose on the head: in a turned view it shows which
   * way the head and chest face (the point it reaches, on the canvas).
   */
  readonly nose: Point;
}

/** The point the camera turns about: the middle of the floor, in the side view's plane. */
export const CAMERA_PIVOT: Point3 = { x: 50, y: FLOOR_Y, z: 0 };

/** Where a point of the room is drawn, and how near the viewer it is (larger is nearer). */
export function project(p: Point3, camera: Camera): Point & { readonly depth: number } {
  const yaw = (camera.yaw * Math.PI) / 180;
  const pitch = (camera.pitch * Math.PI) / 180;
  const vx = p.x - CAMERA_PIVOT.x;
  const vy = p.y - CAMERA_PIVOT.y;
  const vz = p.z - CAMERA_PIVOT.z;
  const x1 = vx * Math.cos(yaw) + vz * Math.sin(yaw);
  const z1 = -vx * Math.sin(yaw) + vz * Math.cos(yaw);
  return {
    x: CAMERA_PIVOT.x + x1 + camera.shift.x,
    y: CAMERA_PIVOT.y + vy * Math.cos(pitch) + z1 * Math.sin(pitch) + camera.shift.y,
    depth: z1 * Math.cos(pitch) - vy * Math.sin(pitch),
  };
}

/** A band end is tied to a joint (it moves with the figure) or fixed in the room. */
export type BandEnd = { readonly joint: JointName } | Point;

/**
 * Props, in canvas units. Their count and kinds are the same in every pose of one exercise,
 * so the player can interpolate them with the joints.
 */
export type Prop =
  /**
   * A chair: seat centre at x, seat top at y, seat 22 wide, legs to the floor. The backrest
   * rises backHeight above the seat at the seat's `back` edge (`behind`: seen from the front,
   * a frame behind the sitter).
   */
  | {
      readonly kind: 'chair';
      readonly x: number;
      readonly y: number;
      readonly backHeight: number;
      readonly back: 'left' | 'right' | 'behind';
    }
  /**
   * A desk top at height y; its front edge is at x and it extends towards `extends`. In a pose
   * modelled in 3-D it is 60 long and 44 deep, centred on `z` (default 0: straight ahead).
   */
  | {
      readonly kind: 'desk';
      readonly x: number;
      readonly y: number;
      readonly extends: 'left' | 'right';
      readonly z?: number;
    }
  /** A wall: a vertical line at x from the top of the canvas to the floor. */
  | { readonly kind: 'wall'; readonly x: number }
  /**
   * A foam roller seen end-on (a circle of radius r), or, with `length`, lying across the view
   * (a bar that long and 2r thick, centred on x, y).
   */
  | {
      readonly kind: 'roller';
      readonly x: number;
      readonly y: number;
      readonly r: number;
      readonly length?: number;
    }
  /** A massage ball (a small circle). */
  | {
      readonly kind: 'ball';
      readonly x: number;
      readonly y: number;
      readonly r: number;
    }
  /** A resistance band: a line between two ends. */
  | { readonly kind: 'band'; readonly from: BandEnd; readonly to: BandEnd };

export type PropKind = Prop['kind'];

export interface Pose {
  /** What the pose shows, for the preview and for reviewers ("start", "hold", "top of the rep"). */
  readonly label: string;
  readonly view: PoseView;
  readonly joints: Readonly<Record<JointName, Point>>;
  readonly props: readonly Prop[];
  /**
   * Bones deliberately drawn shorter because they point towards or away from the viewer
   * (e.g. a crossed shin in a side view). Every other limb keeps its length between poses.
   */
  readonly foreshortened: readonly BoneName[];
  /** Present when the pose is modelled in 3-D and projected (three-quarter and top views). */
  readonly model?: PoseModel;
  /**
   * How the trunk bows between pelvis and neck, in canvas units at a third (lower back) and two
   * thirds (upper back) of its length: positive towards the screen normal (-dy, dx) of the
   * pelvis-to-neck line, which in an authored side view (facing right) is the figure's front,
   * so positive arches and negative rounds. Absent: a straight trunk. Mirroring negates it.
   */
  readonly spineBow?: readonly [number, number];
}

export type BoneName = `${(typeof BONES)[number][0]}-${(typeof BONES)[number][1]}`;

export const boneName = (bone: (typeof BONES)[number]): BoneName => `${bone[0]}-${bone[1]}` as BoneName;

const swapSide = (name: JointName): JointName =>
  (name.startsWith('left')
    ? name.replace(/^left/, 'right')
    : name.startsWith('right')
      ? name.replace(/^right/, 'left')
      : name) as JointName;

const mirrorBoneName = (bone: BoneName): BoneName => {
  const [a, b] = bone.split('-') as [JointName, JointName];
  return `${swapSide(a)}-${swapSide(b)}` as BoneName;
};

/**
 * The same pose for the other side of the body: flip horizontally and swap left/right joints.
 * Poses are authored for the first side a routine plays (`right`); the player mirrors them
 * for `left`. A mirrored side view faces screen-left, which reads naturally as "other side".
 */
export function mirrorPose(pose: Pose): Pose {
  const w = POSE_CANVAS.width;
  const flip = (p: Point): Point => ({ x: w - p.x, y: p.y });
  const joints = {} as Record<JointName, Point>;
  for (const name of JOINT_NAMES) joints[swapSide(name)] = flip(pose.joints[name]);
  const flipEnd = (end: BandEnd): BandEnd => ('joint' in end ? { joint: swapSide(end.joint) } : flip(end));
  const props = pose.props.map((prop): Prop => {
    switch (prop.kind) {
      case 'chair':
        return {
          ...prop,
          x: w - prop.x,
          back: prop.back === 'left' ? 'right' : prop.back === 'right' ? 'left' : 'behind',
        };
      case 'desk':
        return {
          ...prop,
          x: w - prop.x,
          extends: prop.extends === 'left' ? 'right' : 'left',
        };
      case 'wall':
        return { ...prop, x: w - prop.x };
      case 'roller':
      case 'ball':
        return { ...prop, x: w - prop.x };
      case 'band':
        return { ...prop, from: flipEnd(prop.from), to: flipEnd(prop.to) };
    }
  });
  const mirrored: Pose = {
    ...pose,
    joints,
    props,
    foreshortened: pose.foreshortened.map(mirrorBoneName),
    ...(pose.spineBow ? { spineBow: [-pose.spineBow[0], -pose.spineBow[1]] as const } : {}),
  };
  if (!pose.model) return mirrored;
  // Reflecting the room in x and turning the camera the other way draws the flipped picture.
  const { camera } = pose.model;
  const world = {} as Record<JointName, Point3>;
  for (const name of JOINT_NAMES) {
    const p = pose.model.joints[name];
    world[swapSide(name)] = { x: w - p.x, y: p.y, z: p.z };
  }
  const flippedMat = camera.mat
    ? {
        mat: [w - camera.mat[1], w - camera.mat[0], camera.mat[2], camera.mat[3]] as const,
      }
    : {};
  return {
    ...mirrored,
    model: {
      camera: {
        yaw: -camera.yaw,
        pitch: camera.pitch,
        shift: { x: -camera.shift.x, y: camera.shift.y },
        ...flippedMat,
      },
      joints: world,
      nose: flip(pose.model.nose),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Exercises
// ---------------------------------------------------------------------------------------------

export type Phase = 'reset' | 'restore' | 'rebuild';
export const PHASES: readonly Phase[] = ['reset', 'restore', 'rebuild'];

/**
 * What the move mainly works. `both` = hips and thoracic spine; `core` = breathing/trunk control;
 * `lowerBack` = gentle lower-back mobility, as seed 003 files cat-cow, pelvic tilts, the supine
 * twist and knees-to-chest (it counts towards neither the hip nor the upper-back coverage).
 */
export type ExerciseFocus = 'hips' | 'thoracic' | 'both' | 'core' | 'lowerBack';

/** A chair, a desk and a wall are assumed at a desk; the rest the user may own. */
export type Equipment = 'chair' | 'desk' | 'wall' | OwnedEquipment;
export const ASSUMED_EQUIPMENT: readonly Equipment[] = ['chair', 'desk', 'wall'];

/**
 * `bilateral`: both sides work together, or alternate within the reps: played once.
 * `unilateral`: one side at a time: played on the right, then "switch sides", then the left.
 */
export type Sidedness = 'bilateral' | 'unilateral';

/**
 * Default duration, per side for unilateral moves. The composer may move a hold within
 * [minSeconds, maxSeconds] in 5-second steps, or the reps within [minReps, maxReps].
 */
export type Dosage =
  | {
      readonly kind: 'hold';
      readonly seconds: number;
      readonly minSeconds: number;
      readonly maxSeconds: number;
    }
  | {
      readonly kind: 'reps';
      readonly reps: number;
      readonly secondsPerRep: number;
      readonly minReps: number;
      readonly maxReps: number;
    };

/**
 * Where a roller or ball presses on the body. `lumbarSpine` and `jointOrBone` exist so that the
 * catalog rule "never on the lumbar spine, never on joints or bones" can be checked: no
 * exercise may list them.
 */
export type ContactArea =
  | 'glutes'
  | 'piriformis'
  | 'hipFlexors'
  | 'adductors'
  | 'quadratusLumborum'
  | 'lats'
  | 'thoracicSpine'
  | 'betweenShoulderBlades'
  | 'sacrum'
  | 'lumbarSpine'
  | 'jointOrBone';

export interface Exercise {
  /** kebab-case, stable: stored in preferences (favourites, exclusions) and history. */
  readonly id: string;
  readonly name: string;
  /** Positions the cues and poses work in; the poses show the first. */
  readonly positions: readonly Position[];
  /** Everything the move needs (chair, desk, wall are assumed at a desk). */
  readonly equipment: readonly Equipment[];
  readonly focus: ExerciseFocus;
  readonly phase: Phase;
  readonly sidedness: Sidedness;
  readonly dosage: Dosage;
  /** 3–5 short cues: second person, present tense, one action each. */
  readonly cues: readonly string[];
  readonly breathing: string;
  readonly why: string;
  readonly safety?: string;
  /** Seed article file names that support the move. */
  readonly sources: readonly string[];
  /** Set when the move adapts a seed's move to a chair, a desk or standing: which move. */
  readonly adaptedFrom?: string;
  /** For release moves with a roller or ball: where it presses. */
  readonly contactAreas?: readonly ContactArea[];
  /** 2–4 key poses, authored for the right side. */
  readonly poses: readonly Pose[];
}

// ---------------------------------------------------------------------------------------------
// Composed routines
// ---------------------------------------------------------------------------------------------

export type Side = 'left' | 'right' | 'none';
export type StepKind = 'exercise' | 'transition' | 'switchSides';
/** Which area gets the extra restore move or time; alternates between routines. */
export type Emphasis = 'hips' | 'thoracic';

/**
 * One timed step of a routine. For `transition`, `exerciseId`/`side` name the step that comes
 * next (so the player can say "Next: …"); for `switchSides`, the exercise and the side about
 * to start.
 */
export interface RoutineStep {
  readonly kind: StepKind;
  readonly exerciseId: string;
  readonly side: Side;
  readonly phase: Phase;
  readonly seconds: number;
  /** For an `exercise` step of a rep-based move: how many reps fill its seconds. */
  readonly reps?: number;
  /** Seconds from the start of the routine. */
  readonly startSecond: number;
}

export interface ComposedRoutine {
  readonly steps: readonly RoutineStep[];
  /** Distinct exercise ids in playing order: what to store in the history. */
  readonly exerciseIds: readonly string[];
  readonly targetSeconds: number;
  readonly totalSeconds: number;
  readonly exerciseSeconds: number;
  /** Transitions and side switches. */
  readonly transitionSeconds: number;
  readonly emphasis: Emphasis;
}

/**
 * Something the composer had to give up because the user's settings left too little, with one
 * sentence (`message`) saying so. Positions and equipment are not on the list: a routine never
 * uses a position the user did not allow or a tool they do not own (docs/decisions/0048).
 */
export type RelaxationNote =
  /** Exercises from the last two routines, because nothing new fits. */
  | { readonly code: 'repeat'; readonly exerciseIds: readonly string[]; readonly message: string }
  /** The routine lands more than the tolerance away from the chosen length: all that fits. */
  | {
      readonly code: 'length';
      readonly direction: 'shorter' | 'longer';
      readonly totalSeconds: number;
      readonly targetSeconds: number;
      readonly message: string;
    }
  /** The restore moves miss one of the two areas every routine covers. */
  | { readonly code: 'coverage'; readonly area: Emphasis; readonly message: string }
  /** A phase is left out (or restore has one move) because every fitting move of it is excluded. */
  | { readonly code: 'phase'; readonly phase: Phase; readonly message: string }
  /** Exercises the user left out, because nothing else at all fits. */
  | { readonly code: 'excluded'; readonly exerciseIds: readonly string[]; readonly message: string };

export type RelaxationCode = RelaxationNote['code'];
