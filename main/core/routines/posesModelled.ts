/**
 * Key poses modelled in 3-D and drawn from a three-quarter or overhead camera, for the moves a
 * flat side or front view cannot show: turns of the trunk, knees dropping to one side, legs at
 * 90/90, a knee opening towards the ceiling, a kneeling stance seen from the front.
 * See docs/decisions/0020-figure-views-and-3d-poses.md.
 *
 * Directions are [forward, down, towards the figure's right] in the room (see poseKit's Dir).
 * Poses are authored for the right side, like the flat ones; mirroring turns the camera too.
 */
import type { Camera, Pose } from '../../../common/routine';
import { buildPose3, chair, DESK_Y, type Dir, type PoseSpec3 } from './poseKit';

/** Turns a direction about the vertical by `deg`, forward turning towards the right. */
const turn = (d: Dir, deg: number): Dir => {
  const a = (deg * Math.PI) / 180;
  return [d[0] * Math.cos(a) - d[2] * Math.sin(a), d[1], d[0] * Math.sin(a) + d[2] * Math.cos(a)];
};
const turnArm = (arm: readonly [Dir, Dir], deg: number): readonly [Dir, Dir] => [turn(arm[0], deg), turn(arm[1], deg)];

const cam = (yaw: number, pitch: number, x = 0, y = 0): Camera => ({
  yaw,
  pitch,
  shift: { x, y },
});

// ---- seated upper-back rotation: the chest turns over still knees --------------------------------
const SEATED_CAMERA = cam(-28, 42, 4, -14);
const seatedTurn = (label: string, deg: number): PoseSpec3 => ({
  label,
  view: 'three-quarter',
  camera: SEATED_CAMERA,
  pelvis: [40, 70, 0],
  torso: [0, -1, 0],
  hips: [0, 0, 1],
  shoulders: turn([0, 0, 1], deg),
  // Arms crossed on the chest: each hand on the other shoulder.
  rightArm: turnArm(
    [
      [0.55, 1, -0.15],
      [0.45, -0.75, -1],
    ],
    deg,
  ),
  leftArm: turnArm(
    [
      [0.55, 1, 0.15],
      [0.45, -0.75, 1],
    ],
    deg,
  ),
  rightLeg: [
    [1, 0, 0.1],
    [0, 1, 0],
    [1, 0.3, 0],
  ],
  leftLeg: [
    [1, 0, -0.1],
    [0, 1, 0],
    [1, 0.3, 0],
  ],
  props: [chair(41)],
});
/** Alternating, one full cycle a rep: centre, right, centre, left (as the standing rotation). */
export const SEATED_ROTATION: readonly Pose[] = [
  buildPose3(seatedTurn('arms crossed', 0)),
  buildPose3(seatedTurn('turn the chest right', 60)),
  buildPose3(seatedTurn('back to the centre', 0)),
  buildPose3(seatedTurn('turn the chest left', -60)),
];

// ---- lying spinal twist: seen from above, the knees drop to one side ------------------------------
const TWIST_CAMERA: Camera = { ...cam(-8, 72, 0, -36), mat: [8, 92, -40, 40] };
const lyingTwist = (label: string, drop: boolean): PoseSpec3 => ({
  label,
  view: 'top',
  camera: TWIST_CAMERA,
  pelvis: [58, 87, 0],
  torso: [-1, 0, 0],
  head: [-1, -0.1, 0],
  hips: [0, 0, 1],
  // Arms spread wide on the floor.
  rightArm: [
    [0.05, 0, 1],
    [0.1, 0, 1],
  ],
  leftArm: [
    [0.05, 0, -1],
    [0.1, 0, -1],
  ],
  ...(drop
    ? {
        rightLeg: [
          [0.62, -0.15, 0.77],
          [0.35, 0.25, -0.55],
          [0.9, 0.1, 0.4],
        ],
        leftLeg: [
          [0.62, -0.45, 0.64],
          [0.45, 0.55, -0.4],
          [0.9, 0.1, 0.4],
        ],
      }
    : {
        rightLeg: [
          [0.62, -0.78, 0.05],
          [0.41, 0.91, 0],
          [1, 0.25, 0],
        ],
        leftLeg: [
          [0.62, -0.78, -0.05],
          [0.41, 0.91, 0],
          [1, 0.25, 0],
        ],
      }),
});
export const LYING_TWIST: readonly Pose[] = [buildPose3(lyingTwist('arms wide', false)), buildPose3(lyingTwist('knees to one side', true))];

// ---- 90/90: both knees at right angles, seen from the front and above -----------------------------
const NINETY_CAMERA: Camera = {
  ...cam(-72, 58, 0, -30),
  mat: [14, 80, -34, 26],
};
/** Right leg in front (thigh forward, shin across), left leg behind (thigh out, shin back). */
const ninety = (label: string, changes: Partial<PoseSpec3>): PoseSpec3 => ({
  label,
  view: 'three-quarter',
  camera: NINETY_CAMERA,
  pelvis: [48, 86.5, 0],
  torso: [0.05, -1, 0],
  hips: [0, 0, 1],
  rightArm: [
    [0.15, 1, 0.5],
    [0.1, 1, 0.2],
  ],
  leftArm: [
    [0.15, 1, -0.5],
    [0.1, 1, -0.2],
  ],
  rightLeg: [
    [1, 0.16, 0.1],
    [0, 0.04, -1],
    [-0.3, 0, -1],
  ],
  leftLeg: [
    [-0.05, 0.16, -1],
    [-1, 0.04, 0],
    [-1, 0, 0.2],
  ],
  ...changes,
});
export const NINETY_ROTATION: readonly Pose[] = [
  buildPose3(ninety('sit in 90/90', {})),
  // Turning the back thigh in lifts its foot off the floor, the knee stays down.
  buildPose3(
    ninety('turn the back leg in', {
      leftLeg: [
        [-0.05, 0.16, -1],
        [-0.72, -0.7, 0],
        [-1, -0.3, 0.2],
      ],
    }),
  ),
];
export const NINETY_LEAN: readonly Pose[] = [
  buildPose3(ninety('sit tall', {})),
  buildPose3(
    ninety('lean over the front shin', {
      torso: [1, -0.75, -0.15],
      head: [1, -0.4, -0.15],
      rightArm: [
        [0.9, 0.8, 0.2],
        [0.9, 0.55, -0.1],
      ],
      leftArm: [
        [0.9, 0.8, -0.4],
        [0.9, 0.55, -0.2],
      ],
    }),
  ),
];

// ---- half-kneeling side bend: the kneeling stance, seen three-quarter from the front --------------
const KNEEL_CAMERA = cam(-52, 8, 2, -2);
const kneelBend = (label: string, lean: boolean): PoseSpec3 => ({
  label,
  view: 'three-quarter',
  camera: KNEEL_CAMERA,
  pelvis: [44, 70.5, 0],
  torso: lean ? [0, -1, -0.42] : [0, -1, 0],
  head: lean ? [0, -1, -0.55] : [0, -1, 0],
  hips: [0, 0, 1],
  // The kneeling side's arm reaches up, and over the head when leaning away.
  rightArm: lean
    ? [
        [0, -1, -0.5],
        [0, -0.55, -1],
      ]
    : [
        [0, -1, 0.12],
        [0, -1, 0.02],
      ],
  leftArm: [
    [0.3, 1, -0.15],
    [0.7, 0.8, 0],
  ],
  // Right knee down, shin back along the floor; left foot forward, flat.
  rightLeg: [
    [0, 1, 0],
    [-1, 0, 0],
    [-1, 0.1, 0],
  ],
  leftLeg: [
    [1, 0, -0.05],
    [0, 1, 0],
    [1, 0.3, 0],
  ],
});
export const HALF_KNEELING_SIDE_BEND: readonly Pose[] = [
  buildPose3(kneelBend('kneel, arm up', false)),
  buildPose3(kneelBend('lean away', true)),
];

// ---- clamshell: on the left side, knees bent, the top knee opens towards the ceiling --------------
const CLAM_CAMERA = cam(0, 62, 0, -28);
const clam = (open: boolean): PoseSpec3 => ({
  label: open ? 'open the top knee' : 'knees together',
  view: 'three-quarter',
  camera: CLAM_CAMERA,
  pelvis: [44, 83, 0],
  torso: [1, 0, 0],
  head: [1, -0.1, 0],
  hips: [0, -1, 0],
  shoulders: [0, -1, 0],
  // Head on the bottom arm, top hand on the floor in front.
  leftArm: [
    [0.35, -0.15, 1],
    [1, -0.2, -0.2],
  ],
  rightArm: [
    [0.2, 0.45, 1],
    [0.1, 0.7, 0.6],
  ],
  leftLeg: [
    [-0.55, 0.05, 0.83],
    [-1, 0.03, -0.3],
    [-0.4, 0, -1],
  ],
  rightLeg: open
    ? [
        [-0.5, -0.5, 0.72],
        [-0.78, 0.6, -0.12],
        [-0.4, 0, -1],
      ]
    : [
        [-0.55, 0.05, 0.83],
        [-1, 0.03, -0.3],
        [-0.4, 0, -1],
      ],
  props: [{ kind: 'band', from: { joint: 'leftKnee' }, to: { joint: 'rightKnee' } }],
});
export const CLAMSHELL: readonly Pose[] = [buildPose3(clam(false)), buildPose3(clam(true))];

// ---- side plank on the knees: on the right forearm, seen from the front and a little above -------
const PLANK_CAMERA = cam(24, 0, 0, 0);
const sidePlank = (label: string, up: boolean): PoseSpec3 => ({
  label,
  view: 'three-quarter',
  camera: PLANK_CAMERA,
  pelvis: up ? [54, 76.5, 0] : [56, 84, 0],
  torso: up ? [-1, -0.3, 0] : [-1, -0.36, 0],
  head: up ? [-1, -0.35, 0] : [-1, -0.4, 0],
  hips: [0, 1, 0],
  shoulders: [0, 1, 0],
  // Elbow under the shoulder, forearm on the floor towards the viewer; top hand on the hip.
  rightArm: up
    ? [
        [0.08, 1, 0.2],
        [0.15, 0.05, 1],
      ]
    : [
        [0.15, 0.45, 0.9],
        [0.2, 0.05, 1],
      ],
  leftArm: up
    ? [
        [1, 0.55, 0.2],
        [0.9, 0.8, 0],
      ]
    : [
        [1, 0.3, 0.2],
        [0.9, 0.8, 0],
      ],
  // Knees bent: thighs in line with the body, shins back behind it.
  rightLeg: up
    ? [
        [0.9, 0.55, 0],
        [0, 0.03, -1],
        [0.1, 0, -1],
      ]
    : [
        [1, 0.15, 0],
        [0, 0.03, -1],
        [0.1, 0, -1],
      ],
  leftLeg: up
    ? [
        [0.9, 0.5, 0],
        [0, -0.1, -1],
        [0.1, 0, -1],
      ]
    : [
        [1, 0.08, 0],
        [0, -0.15, -1],
        [0.1, 0, -1],
      ],
});
export const SIDE_PLANK_KNEES: readonly Pose[] = [buildPose3(sidePlank('hips down', false)), buildPose3(sidePlank('hips up', true))];

// ---- standing hip circles: side-on to the desk, the outside knee circles -------------------------
const CIRCLE_CAMERA = cam(-42, 10, 2, -4);
/** Beside the figure on its left: the long side of the desk runs along the way it faces. */
const deskBeside = {
  kind: 'desk',
  x: 18,
  y: DESK_Y,
  extends: 'right',
  z: -30,
} as const;
const hipCircle = (label: string, rightLeg: PoseSpec3['rightLeg']): PoseSpec3 => ({
  label,
  view: 'three-quarter',
  camera: CIRCLE_CAMERA,
  pelvis: [46, 50, 0],
  torso: [0, -1, 0],
  hips: [0, 0, 1],
  // Left hand on the desk beside; right hand on the hip.
  leftArm: [
    [0.08, 1, -0.1],
    [0.08, 1, -0.1],
  ],
  rightArm: [
    [-0.2, 1, 0.6],
    [0.7, 0.4, -0.5],
  ],
  leftLeg: [
    [0, 1, 0],
    [0, 1, 0],
    [1, 0.3, 0],
  ],
  rightLeg,
  props: [deskBeside],
});
export const STANDING_HIP_CIRCLES: readonly Pose[] = [
  buildPose3(
    hipCircle('knee up in front', [
      [1, 0.05, 0.05],
      [0.05, 1, 0],
      [1, 0.3, 0],
    ]),
  ),
  buildPose3(
    hipCircle('knee out to the side', [
      [0.45, 0.25, 0.85],
      [0.1, 1, 0.05],
      [1, 0.3, 0.3],
    ]),
  ),
  buildPose3(
    hipCircle('knee back and down', [
      [-0.25, 1, 0.2],
      [-0.7, 0.75, 0],
      [0.3, 1, 0],
    ]),
  ),
];

// ---- lying knee rocks: seen from above, both knees tip a little to each side ----------------------
/** Tips a direction about the body's long axis (x), towards the figure's right for positive degrees. */
const tipRight = (d: Dir, deg: number): Dir => {
  const a = (deg * Math.PI) / 180;
  return [d[0], d[1] * Math.cos(a) + d[2] * Math.sin(a), -d[1] * Math.sin(a) + d[2] * Math.cos(a)];
};
const kneeRock = (label: string, deg: number): PoseSpec3 => {
  const leg = (z: number): PoseSpec3['rightLeg'] => [
    tipRight([0.62, -0.78, z], deg),
    tipRight([0.41, 0.91, 0], deg),
    tipRight([1, 0.25, 0], deg),
  ];
  return { ...lyingTwist(label, false), rightLeg: leg(0.05), leftLeg: leg(-0.05) };
};
export const LYING_KNEE_ROCKS: readonly Pose[] = [
  buildPose3(kneeRock('knees tip right', 28)),
  buildPose3(kneeRock('through the middle', 0)),
  buildPose3(kneeRock('knees tip left', -28)),
];

// ---- standing upper-back rotation: the chest turns over still hips and feet -----------------------
const STANDING_TURN_CAMERA = cam(-28, 24, 4, -6);
const standingTurn = (label: string, deg: number): PoseSpec3 => ({
  ...seatedTurn(label, deg),
  camera: STANDING_TURN_CAMERA,
  pelvis: [46, 50, 0],
  // Knees soft, feet hip-width apart and flat.
  rightLeg: [
    [0.08, 1, 0.05],
    [-0.08, 1, 0],
    [1, 0.3, 0],
  ],
  leftLeg: [
    [0.08, 1, -0.05],
    [-0.08, 1, 0],
    [1, 0.3, 0],
  ],
  props: [],
});
/** Alternating, one full cycle a rep: centre, right, centre, left. */
export const STANDING_ROTATION: readonly Pose[] = [
  buildPose3(standingTurn('arms crossed', 0)),
  buildPose3(standingTurn('turn the chest right', 60)),
  buildPose3(standingTurn('back to the centre', 0)),
  buildPose3(standingTurn('turn the chest left', -60)),
];
