/**
 * REBUILD moves: one light activation or stability move to finish, because much of what feels
 * like tightness is weak deep-core and glute control (seeds 003, 004). Doses stay light: a
 * routine is two to three minutes, not a workout.
 */
import {
  ALL_FOURS,
  ANKLE_Y,
  buildPose,
  CROOK_LYING,
  desk,
  DESK_Y,
  FLAT_FOOT,
  LYING_Y,
  SEATED,
  STANDING,
  STANDING_FRONT,
  vary,
  type PoseSpec,
} from './poseKit';
import { CLAMSHELL, SIDE_PLANK_KNEES } from './posesModelled';
import { S003, S004 } from './seedSources';
import type { CatalogExercise } from './exerciseTypes';
import { SEATED_HIP_HINGE, SEATED_KNEE_PRESS } from './posesForVariety';
import { STEADY_CHAIR } from './catalogRules';

const hold = (seconds: number, minSeconds: number, maxSeconds: number) => ({ kind: 'hold', seconds, minSeconds, maxSeconds }) as const;
const reps = (n: number, secondsPerRep: number, minReps: number, maxReps: number) =>
  ({ kind: 'reps', reps: n, secondsPerRep, minReps, maxReps }) as const;

// ---- dead bug --------------------------------------------------------------------------------
const DEAD_BUG: PoseSpec = {
  label: 'arms up, knees over hips',
  pelvis: [52, LYING_Y],
  torso: 180,
  leftArm: [-88, -88],
  rightArm: [-92, -92],
  leftLeg: [-88, 2, -30],
  rightLeg: [-92, -2, -30],
};

// ---- band walk (front view) ---------------------------------------------------------------------
const bandWalk = (pelvisX: number, rightAnkleX: number, leftAnkleX: number, label: string): PoseSpec =>
  vary(STANDING_FRONT, {
    label,
    pelvis: [pelvisX, 52],
    leftArm: { reach: [pelvisX + 5, 48], bend: -1 },
    rightArm: { reach: [pelvisX - 5, 48], bend: 1 },
    leftLeg: { reach: [leftAnkleX, ANKLE_Y], bend: -1, foot: 90 },
    rightLeg: { reach: [rightAnkleX, ANKLE_Y], bend: 1, foot: 90 },
    props: [
      {
        kind: 'band',
        from: { joint: 'leftAnkle' },
        to: { joint: 'rightAnkle' },
      },
    ],
  });

// ---- hands on the desk ---------------------------------------------------------------------------
const deskBirdDog = (label: string, changes: Partial<PoseSpec>): PoseSpec => ({
  label,
  pelvis: [43, 50],
  torso: -20,
  head: -22,
  leftArm: { reach: [90, DESK_Y], bend: 1 },
  rightArm: { reach: [89, DESK_Y], bend: 1 },
  leftLeg: { reach: [44, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [45, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  props: [desk(87)],
  ...changes,
});

const seatedHandsOnSeat = vary(SEATED, {
  label: 'sit tall',
  leftArm: { reach: [44, 71], bend: 1 },
  rightArm: { reach: [45, 71], bend: 1 },
});

export const REBUILD_EXERCISES: readonly CatalogExercise[] = [
  {
    id: 'glute-bridge',
    name: 'Glute bridge',
    positions: ['floor'],
    equipment: [],
    focus: 'hips',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(10, 3, 10, 10),
    cues: [
      'Lie face up with your knees bent, feet flat and hip-width apart.',
      'Press through your heels to lift your hips.',
      'Squeeze your buttocks at the top.',
      'Lower slowly back to the floor.',
    ],
    breathing: 'Breathe out as you lift, in as you lower.',
    why: 'Wakes up glutes that sitting switches off, so the lower back does less of their work.',
    safety: 'Lift to a straight line from knees to shoulders, no higher; feel it in the buttocks, not the lower back.',
    sources: [S003, S004],
    poses: [
      buildPose(CROOK_LYING),
      buildPose(
        vary(CROOK_LYING, {
          label: 'hips up',
          pelvis: [54, 75],
          torso: 152.5,
          head: 180,
          leftArm: [8, 0],
          rightArm: [6, -2],
        }),
      ),
    ],
  },
  {
    id: 'bird-dog',
    name: 'Bird-dog',
    positions: ['floor'],
    equipment: [],
    focus: 'core',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(6, 4, 5, 7),
    cues: [
      'Start on hands and knees, hands under shoulders, knees under hips.',
      'Reach one arm forward and the opposite leg back.',
      'Keep your back level and your hips square.',
      'Return with control.',
      'Alternate sides each time.',
    ],
    breathing: 'Breathe out as you reach, in as you return.',
    why: 'Trains the deep trunk muscles to hold the spine steady while the limbs move.',
    safety: 'Reach long rather than high; keep the lower back from sagging.',
    sources: [S003],
    poses: [
      buildPose(ALL_FOURS),
      buildPose(
        vary(ALL_FOURS, {
          label: 'right arm and left leg long',
          rightArm: [-6, -4],
          leftLeg: [176, 180, 150],
        }),
      ),
      buildPose(vary(ALL_FOURS, { label: 'back to the start' })),
      buildPose(
        vary(ALL_FOURS, {
          label: 'left arm and right leg long',
          leftArm: [-6, -4],
          rightLeg: [176, 180, 150],
        }),
      ),
    ],
  },
  {
    id: 'dead-bug',
    name: 'Dead bug',
    positions: ['floor'],
    equipment: [],
    focus: 'core',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(6, 4, 5, 7),
    cues: [
      'Lie on your back, arms to the ceiling, knees bent over your hips.',
      'Press your lower back gently towards the floor.',
      'Lower one arm overhead and the opposite leg towards the floor.',
      'Bring them back slowly.',
      'Alternate sides each time.',
    ],
    breathing: 'Breathe out as the arm and leg lower, in as they return.',
    why: 'Teaches the deep core to steady the pelvis while the arms and legs move.',
    safety: 'Lower only as far as your back stays quiet on the floor.',
    sources: [S003],
    poses: [
      buildPose(DEAD_BUG),
      buildPose(
        vary(DEAD_BUG, {
          label: 'right arm and left leg lower',
          rightArm: [-140, -150],
          leftLeg: [-12, -4, -30],
        }),
      ),
      buildPose(vary(DEAD_BUG, { label: 'back to the start' })),
      buildPose(
        vary(DEAD_BUG, {
          label: 'left arm and right leg lower',
          leftArm: [-140, -150],
          rightLeg: [-12, -4, -30],
        }),
      ),
    ],
  },
  {
    id: 'side-plank-knees',
    name: 'Side plank on the knees',
    positions: ['floor'],
    equipment: [],
    focus: 'core',
    phase: 'rebuild',
    sidedness: 'unilateral',
    dosage: hold(15, 10, 20),
    cues: [
      'Lie on one side, propped on your forearm, knees bent.',
      'Place your elbow under your shoulder.',
      'Lift your hips until your body is straight from head to knees.',
      'Lower with control when the time is up.',
    ],
    breathing: 'Keep breathing steadily through the hold.',
    why: 'Strengthens the side of the trunk that steadies the pelvis and spine.',
    safety: 'Keep the shoulder stacked over the elbow; stop if the shoulder hurts.',
    sources: [S003],
    poses: SIDE_PLANK_KNEES,
  },
  {
    id: 'clamshell-band',
    name: 'Banded clamshell',
    positions: ['floor'],
    equipment: ['band'],
    focus: 'hips',
    phase: 'rebuild',
    sidedness: 'unilateral',
    dosage: reps(10, 2, 10, 15),
    cues: [
      'Lie on your side with a band round your thighs above the knees.',
      'Bend your knees, feet together.',
      'Lift the top knee against the band.',
      'Lower it slowly without rolling your hips back.',
    ],
    breathing: 'Breathe out as the knee opens.',
    why: 'Strengthens the side of the glutes that keep the hip steady.',
    safety: 'Use a light band; stop if the hip pinches.',
    sources: [S003],
    poses: CLAMSHELL,
  },
  {
    id: 'band-lateral-walk',
    name: 'Band side steps',
    positions: ['standing'],
    equipment: ['band'],
    focus: 'hips',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(12, 2, 10, 15),
    cues: [
      'Loop a band round your ankles, knees slightly bent.',
      'Step sideways with one foot, keeping the band tight.',
      'Bring the other foot halfway back in.',
      'Take five steps one way, then five back.',
    ],
    breathing: 'Breathe steadily; do not hold your breath.',
    why: 'Works the side of the glutes that keep the hips level when you walk.',
    safety: 'Use a light band and keep your knees soft.',
    sources: [S003],
    poses: [buildPose(bandWalk(50, 44, 56, 'feet apart')), buildPose(bandWalk(47, 33, 58, 'step wide'))],
  },
  {
    id: 'bodyweight-hip-hinge',
    name: 'Bodyweight hip hinge',
    positions: ['standing'],
    equipment: [],
    focus: 'hips',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(10, 3, 10, 10),
    cues: [
      'Stand tall with feet hip-width apart and knees soft.',
      'Rest your hands on the front of your thighs.',
      'Push your hips back as your chest tips forward.',
      'Keep your back long as your hands slide towards your knees.',
      'Squeeze your buttocks to stand back up.',
    ],
    breathing: 'Breathe in as you hinge, out as you stand.',
    why: 'Teaches the hips, not the lower back, to do the bending.',
    safety: 'Keep the back long and move only as far as your hamstrings allow.',
    sources: [S003],
    poses: [
      buildPose(
        vary(STANDING, {
          label: 'stand tall',
          leftArm: { reach: [49, 56], bend: 1 },
          rightArm: { reach: [50, 56], bend: 1 },
        }),
      ),
      buildPose(
        vary(STANDING, {
          label: 'hinge',
          pelvis: [38, 55],
          torso: -25,
          head: -20,
          leftArm: { reach: [47.5, 66.5], bend: 1 },
          rightArm: { reach: [48, 67], bend: 1 },
          leftLeg: { reach: [45, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          rightLeg: { reach: [46, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
        }),
      ),
    ],
  },
  {
    id: 'desk-incline-plank',
    name: 'Desk incline plank',
    positions: ['standing'],
    equipment: ['desk'],
    focus: 'core',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: hold(20, 20, 30),
    cues: [
      'Place your hands on the desk edge, shoulder-width apart.',
      'Walk your feet back until your body is a straight slope.',
      'Brace your middle as if for a gentle poke.',
      'Hold with your hips in line with your shoulders.',
    ],
    breathing: 'Breathe steadily through the hold.',
    why: 'Builds trunk stability, with the desk taking most of your weight.',
    safety: 'Use a desk that cannot slide or tip. Stop if your wrists or shoulders hurt.',
    sources: [S003],
    adaptedFrom: 'Front plank (003), with the hands on a desk',
    poses: [
      buildPose(
        vary(STANDING, {
          label: 'hands on the desk',
          pelvis: [46, 52],
          torso: -60,
          leftArm: { reach: [70, DESK_Y], bend: 1 },
          rightArm: { reach: [69.5, DESK_Y], bend: 1 },
          leftLeg: { reach: [42, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          rightLeg: { reach: [43, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          props: [desk(67)],
        }),
      ),
      buildPose({
        label: 'straight slope',
        pelvis: [38, 56],
        torso: -55,
        leftArm: { reach: [70, DESK_Y], bend: 1 },
        rightArm: { reach: [69.5, DESK_Y], bend: 1 },
        leftLeg: { reach: [13, 87], bend: -1, foot: 45 },
        rightLeg: { reach: [14, 87], bend: -1, foot: 45 },
        props: [desk(67)],
      }),
    ],
  },
  {
    id: 'standing-bird-dog',
    name: 'Desk bird-dog',
    positions: ['standing'],
    equipment: ['desk'],
    focus: 'core',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(6, 4, 5, 7),
    cues: [
      'Rest both hands on the desk, hips hinged a little.',
      'Reach one arm forward and the opposite leg back.',
      'Keep your hips level and your trunk still.',
      'Return slowly.',
      'Alternate sides each time.',
    ],
    breathing: 'Breathe out as you reach, in as you return.',
    why: 'Practises holding the trunk steady while arm and leg move.',
    safety: 'Keep the supporting knee soft; hold the desk with both hands if you wobble.',
    sources: [S003],
    adaptedFrom: 'Bird-dog on hands and knees (003), standing at a desk',
    poses: [
      buildPose(deskBirdDog('hands on the desk', {})),
      buildPose(
        deskBirdDog('right arm and left leg long', {
          rightArm: [-14, -12],
          leftLeg: [155, 155, 130],
        }),
      ),
      buildPose(deskBirdDog('back to the start', {})),
      buildPose(
        deskBirdDog('left arm and right leg long', {
          leftArm: [-14, -12],
          rightLeg: [155, 155, 130],
        }),
      ),
    ],
  },
  {
    id: 'seated-march',
    name: 'Seated march',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'core',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(12, 2, 10, 15),
    cues: [
      'Sit tall near the front of your chair, hands on the seat.',
      'Tighten your middle gently.',
      'Lift one foot a few centimetres, knee bent.',
      'Lower it slowly before the other foot lifts.',
    ],
    breathing: 'Breathe out as each foot lifts.',
    why: 'Trains the deep core to keep the trunk still while the legs move.',
    safety: `${STEADY_CHAIR} Stay tall; do not lean back to lift higher.`,
    sources: [S003],
    adaptedFrom: 'Dead bug (003), done seated',
    poses: [
      buildPose(seatedHandsOnSeat),
      buildPose(
        vary(seatedHandsOnSeat, {
          label: 'lift the right foot',
          rightLeg: [-16, 85, 10],
        }),
      ),
      buildPose(vary(seatedHandsOnSeat, { label: 'back down' })),
      buildPose(
        vary(seatedHandsOnSeat, {
          label: 'lift the left foot',
          leftLeg: [-16, 85, 10],
        }),
      ),
    ],
  },
  {
    id: 'seated-knee-press',
    name: 'Seated knee press-out',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'hips',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(5, 5, 4, 6),
    cues: [
      'Sit tall near the front of your chair, knees hip-width apart.',
      'Place your hands on the outsides of your knees.',
      'Press your knees out into your hands for a slow count of five.',
      'Relax for a breath before the next press.',
    ],
    breathing: 'Breathe out as you press; keep breathing, never hold it.',
    why: 'Works the side-hip glutes, which long sitting leaves weak, as a clamshell does.',
    safety: 'Use a steady chair with no wheels, swivel or recline. Press only as hard as feels steady.',
    sources: [S003],
    adaptedFrom: 'Clamshells (003), pressed out against your hands in the chair',
    poses: SEATED_KNEE_PRESS,
  },
  {
    id: 'seated-hip-hinge',
    name: 'Seated hip hinge',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'hips',
    phase: 'rebuild',
    sidedness: 'bilateral',
    dosage: reps(10, 3, 10, 10),
    cues: [
      'Sit tall near the front of your chair, feet flat.',
      'Cross your arms over your chest.',
      'Tip your chest forward from the hips, back long.',
      'Squeeze your buttocks to come back up tall.',
    ],
    breathing: 'Breathe in as you tip forward, out as you come up.',
    why: 'Trains the hips, not the lower back, to do the bending, even in the chair.',
    safety: 'Use a steady chair with no wheels, swivel or recline. Keep your back long and the range easy.',
    sources: [S003],
    adaptedFrom: 'Bodyweight hip hinge (003), done sitting',
    poses: SEATED_HIP_HINGE,
  },
];
