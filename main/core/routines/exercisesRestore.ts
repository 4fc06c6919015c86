/**
 * RESTORE moves: mobility and stretching for the hips and the thoracic spine, the areas long
 * sitting shortens and stiffens (all seeds). Holds follow seed 003 (20–30 s) and seed 004
 * (30–60 s for 90/90 and flexor work); moves adapted to a chair, a desk or standing say so.
 */
import {
  ALL_FOURS,
  ANKLE_Y,
  buildPose,
  chair,
  CROOK_LYING,
  desk,
  DESK_Y,
  FLAT_FOOT,
  HALF_KNEELING,
  KNEE_ON_FLOOR_Y,
  SEATED,
  SEATED_FRONT,
  STANDING,
  STANDING_FRONT,
  vary,
  type PoseSpec,
} from './poseKit';
import { HALF_KNEELING_SIDE_BEND, LYING_TWIST, NINETY_LEAN, NINETY_ROTATION, SEATED_ROTATION, STANDING_HIP_CIRCLES } from './posesModelled';
import { S000, S002, S003, S004 } from './seedSources';
import type { CatalogExercise } from './exerciseTypes';
import { STEADY_CHAIR, STEADY_CHAIR_MID_BACK } from './catalogRules';
import { FLOOR_Y, type Prop } from '../../../common/routine';

const hold = (seconds: number, minSeconds: number, maxSeconds: number) => ({ kind: 'hold', seconds, minSeconds, maxSeconds }) as const;
const reps = (n: number, secondsPerRep: number, minReps: number, maxReps: number) =>
  ({ kind: 'reps', reps: n, secondsPerRep, minReps, maxReps }) as const;

/** A desk behind a figure standing side-on to it, its far hand resting on the top. */
const deskAlongside: Prop = {
  kind: 'desk',
  x: 30,
  y: DESK_Y,
  extends: 'right',
};
/** A desk seen from the front, in front of the figure. */
const deskInFront: Prop = {
  kind: 'desk',
  x: 0,
  y: DESK_Y + 2,
  extends: 'right',
};

// ---- seated figure-four ------------------------------------------------------------------------
const seatedHandsOnThighs = vary(SEATED, {
  label: 'sit tall',
  leftArm: { reach: [53, 67], bend: 1 },
  rightArm: { reach: [54, 68], bend: 1 },
});
const crossedRightLeg = {
  rightLeg: [-8, 2, -20] as const,
  foreshorten: { 'rightHip-rightKnee': 0.65, 'rightKnee-rightAnkle': 0.4 },
};

// ---- standing split stance ---------------------------------------------------------------------
const splitStance = (pelvisX: number, pelvisY: number, label: string): PoseSpec =>
  vary(STANDING, {
    label,
    pelvis: [pelvisX, pelvisY],
    torso: -92,
    leftArm: { reach: [pelvisX + 2, pelvisY - 3], bend: 1 },
    rightArm: { reach: [pelvisX + 3, pelvisY - 3], bend: 1 },
    leftLeg: { reach: [64, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    rightLeg: { reach: [28, FLOOR_Y - 5], bend: -1, foot: 55 },
  });

// ---- side-on to the desk -----------------------------------------------------------------------
const besideDesk = (label: string, rightLeg: PoseSpec['rightLeg'], extra: Partial<PoseSpec> = {}): PoseSpec =>
  vary(STANDING, {
    label,
    leftArm: { reach: [52, DESK_Y], bend: 1 },
    rightArm: { reach: [49, 47], bend: 1 },
    rightLeg,
    props: [deskAlongside],
    ...extra,
  });

// ---- front-view side bends ---------------------------------------------------------------------
const frontReachUp = { rightArm: [-105, -62] as const };
const frontSideBend = {
  torso: -77,
  head: -72,
  rightArm: [-62, -35] as const,
  leftArm: [80, 88] as const,
};

// ---- hands on a desk, hinged forward -----------------------------------------------------------
const deskHinge = (torso: number, head: number, label: string, spineBow: readonly [number, number] = [0, 0]): PoseSpec => ({
  label,
  spineBow,
  pelvis: [34, 50],
  torso,
  head,
  leftArm: { reach: [79, DESK_Y], bend: 1 },
  rightArm: { reach: [78, DESK_Y], bend: 1 },
  leftLeg: { reach: [35, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [36, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  props: [desk(76)],
});

// ---- couch stretch: right shin up a wall behind -------------------------------------------------
const couch = (torso: number, label: string, hands: PoseSpec['leftArm']): PoseSpec => ({
  label,
  pelvis: [33.8, 71.7],
  torso,
  leftArm: hands,
  rightArm: hands,
  rightLeg: [110, -95, -100],
  leftLeg: { reach: [58, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  props: [{ kind: 'wall', x: 22 }],
});

// ---- thoracic extension over a roller ----------------------------------------------------------
const rollerExtension = (torso: number, head: number, label: string): PoseSpec => {
  const neckX = 60 + 26 * Math.cos((torso * Math.PI) / 180);
  const neckY = 85 + 26 * Math.sin((torso * Math.PI) / 180);
  const headX = neckX + 7 * Math.cos((head * Math.PI) / 180);
  const headY = neckY + 7 * Math.sin((head * Math.PI) / 180);
  return {
    label,
    pelvis: [60, 85],
    torso,
    head,
    leftArm: { reach: [headX - 1, headY - 4], bend: 1 },
    rightArm: { reach: [headX, headY - 4], bend: 1 },
    leftLeg: { reach: [79, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    rightLeg: { reach: [80, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
    props: [{ kind: 'roller', x: 42.5, y: 87.3, r: 4.7 }],
  };
};

// ---- chair-back extension ----------------------------------------------------------------------
const chairExtension = (torso: number, head: number, label: string): PoseSpec => {
  const neckX = 40 + 26 * Math.cos((torso * Math.PI) / 180);
  const neckY = 70 + 26 * Math.sin((torso * Math.PI) / 180);
  const headX = neckX + 7 * Math.cos((head * Math.PI) / 180);
  const headY = neckY + 7 * Math.sin((head * Math.PI) / 180);
  return vary(SEATED, {
    label,
    torso,
    head,
    // Hands cradle the back of the head, elbows forward (the cue), not flung back.
    leftArm: { reach: [headX - 3, headY + 1], bend: 1 },
    rightArm: { reach: [headX - 2, headY + 1], bend: 1 },
    props: [chair(46, 20)],
  });
};

export const RESTORE_EXERCISES: readonly CatalogExercise[] = [
  {
    id: 'seated-figure-four',
    name: 'Seated figure-four stretch',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(30, 20, 30),
    cues: [
      'Sit tall near the front of your chair.',
      'Rest one ankle across the opposite knee.',
      'Let the raised knee sink gently outwards.',
      'Hinge forward from the hips until the buttock stretches.',
      'Keep your back long as you lean.',
    ],
    breathing: 'Breathe out as you lean in; breathe softly while you hold.',
    why: 'Stretches the glutes and piriformis, which long sitting leaves tight.',
    safety: `${STEADY_CHAIR} Aim for a mild stretch. Stop at knee pain, or at pain, tingling or numbness down the leg.`,
    sources: [S003],
    poses: [
      buildPose(seatedHandsOnThighs),
      buildPose(
        vary(seatedHandsOnThighs, {
          label: 'ankle across the knee',
          ...crossedRightLeg,
          leftArm: { reach: [53, 66], bend: 1 },
          rightArm: { reach: [52, 64], bend: 1 },
        }),
      ),
      buildPose(
        vary(seatedHandsOnThighs, {
          label: 'hinge forward',
          ...crossedRightLeg,
          torso: -62,
          head: -55,
          leftArm: { reach: [60, 69], bend: 1 },
          rightArm: { reach: [58, 66], bend: 1 },
        }),
      ),
    ],
  },
  {
    id: 'standing-hip-flexor-stretch',
    name: 'Standing hip-flexor stretch',
    positions: ['standing'],
    equipment: [],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(30, 20, 45),
    cues: [
      'Stand in a long split stance, hands on your hips.',
      'Lift the heel of your back foot.',
      'Tuck your tailbone under a little.',
      'Bend the front knee to bring your hips forward.',
      'Stop when the front of the back hip stretches.',
    ],
    breathing: 'Breathe out as your hips move forward; stay relaxed as you hold.',
    why: 'Opens the front of the hip, which hours of sitting keep in a shortened position.',
    safety: 'Keep your lower back from arching; the stretch belongs at the front of the hip. Hold a desk if you feel unsteady.',
    sources: [S003, S004],
    adaptedFrom: 'Kneeling hip-flexor stretch (003, 004), done standing',
    poses: [buildPose(splitStance(46, 51, 'split stance')), buildPose(splitStance(50, 55, 'hips forward'))],
  },
  {
    id: 'half-kneeling-hip-flexor-stretch',
    name: 'Half-kneeling hip-flexor stretch',
    positions: ['floor'],
    equipment: [],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(30, 20, 45),
    cues: [
      'Kneel on one knee with the other foot flat in front.',
      'Tighten your middle so your lower back stays neutral.',
      'Shift your hips gently forward.',
      'Reach the arm on the kneeling side up overhead.',
    ],
    breathing: 'Slow breaths; let the hip sink forward a little on each out-breath.',
    why: 'Lengthens the hip flexors that tilt the pelvis and load the lower back after sitting.',
    safety: 'Pad the kneeling knee. Do not let the lower back arch to go further.',
    sources: [S003, S004],
    poses: [
      buildPose(HALF_KNEELING),
      buildPose(
        vary(HALF_KNEELING, {
          label: 'hips forward, arm up',
          pelvis: [49, KNEE_ON_FLOOR_Y - 19],
          rightLeg: [105, 180, 182],
          rightArm: [-100, -95],
        }),
      ),
    ],
  },
  {
    id: 'leg-swings-front-back',
    name: 'Front-to-back leg swings',
    positions: ['standing'],
    equipment: ['desk'],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: reps(10, 2, 8, 15),
    cues: [
      'Stand side-on to your desk with one hand resting on it.',
      'Stand tall on the leg nearest the desk.',
      'Swing the other leg forward and back like a pendulum.',
      'Let the swing grow a little with each pass.',
    ],
    breathing: 'Breathe freely in rhythm with the swing.',
    why: 'Swinging warms up the hip joint through its whole forward-and-back range.',
    safety: 'Keep the swing relaxed and controlled, never forced.',
    sources: [S003],
    poses: [buildPose(besideDesk('swing back', [122, 112, 40])), buildPose(besideDesk('swing forward', [55, 75, -10]))],
  },
  {
    id: 'leg-swings-side',
    name: 'Side-to-side leg swings',
    positions: ['standing'],
    equipment: ['desk'],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: reps(10, 2, 8, 15),
    cues: [
      'Face your desk with both hands resting on it.',
      'Stand on one leg with a soft knee.',
      'Swing the other leg out to the side and back across.',
      'Keep your hips facing the desk.',
    ],
    breathing: 'Easy, rhythmic breathing.',
    why: 'Moves the hip sideways, a direction that stays unused all day in a chair.',
    safety: 'Keep it controlled; swing only as wide as feels easy.',
    sources: [S003],
    poses: [
      buildPose(
        vary(STANDING_FRONT, {
          label: 'swing out',
          leftArm: { reach: [58, DESK_Y + 2], bend: -1 },
          rightArm: { reach: [40, DESK_Y + 2], bend: 1 },
          rightLeg: [125, 120, 110],
          props: [deskInFront],
        }),
      ),
      buildPose(
        vary(STANDING_FRONT, {
          label: 'swing across',
          leftArm: { reach: [58, DESK_Y + 2], bend: -1 },
          rightArm: { reach: [40, DESK_Y + 2], bend: 1 },
          rightLeg: [72, 78, 80],
          props: [deskInFront],
        }),
      ),
    ],
  },
  {
    id: 'standing-hip-circles',
    name: 'Standing hip circles',
    positions: ['standing'],
    equipment: ['desk'],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: reps(5, 4, 4, 8),
    cues: [
      'Stand side-on to your desk with one hand on it.',
      'Lift the outside knee to about hip height.',
      'Draw a slow, wide circle with that knee.',
      'Keep your upper body still while the hip moves.',
    ],
    breathing: 'One slow breath per circle.',
    why: 'Takes the hip joint through rotation, which sitting never asks of it.',
    safety: 'Make the circle only as big as stays comfortable.',
    sources: [S003],
    adaptedFrom: 'Hip circles on hands and knees (003), done standing',
    poses: STANDING_HIP_CIRCLES,
  },
  {
    id: 'all-fours-hip-circles',
    name: 'Hip circles on hands and knees',
    positions: ['floor'],
    equipment: [],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: reps(5, 4, 4, 8),
    cues: [
      'Start on hands and knees, hands under shoulders.',
      'Lift one knee a little off the floor.',
      'Draw a large, slow circle with that knee.',
      'Keep your back level and still.',
    ],
    breathing: 'Breathe steadily; do not hold your breath.',
    why: 'Moves the hip through its full circle while the trunk stays supported.',
    safety: 'Pad your knees; keep the circle pain-free.',
    sources: [S003],
    poses: [
      buildPose(vary(ALL_FOURS, { label: 'knee forward', rightLeg: [45, 170, 175] })),
      buildPose(
        vary(ALL_FOURS, {
          label: 'knee out to the side',
          rightLeg: [100, 175, 180],
          foreshorten: { 'rightHip-rightKnee': 0.4 },
        }),
      ),
      buildPose(vary(ALL_FOURS, { label: 'knee back', rightLeg: [170, 135, 150] })),
    ],
  },
  {
    id: 'chair-back-extension',
    name: 'Chair-back extension',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'thoracic',
    phase: 'restore',
    sidedness: 'bilateral',
    dosage: reps(6, 5, 4, 8),
    cues: [
      'Sit back so the top of the chair meets your mid-back.',
      'Cradle your head in your hands, elbows forward.',
      'Lean your upper back back over the chair.',
      'Come back up to upright slowly.',
    ],
    breathing: 'Breathe out as you lean back, in as you come up.',
    why: 'Bends the mid-back the opposite way to a desk hunch.',
    safety: `${STEADY_CHAIR_MID_BACK} Bend the upper back, not the neck or the lower back.`,
    sources: [S000, S002],
    adaptedFrom: 'Thoracic extension over a foam roller (000, 002), over the chair back',
    poses: [
      buildPose(chairExtension(-90, -90, 'sit tall, head in hands')),
      buildPose(chairExtension(-109, -122, 'lean back over the chair')),
    ],
  },
  {
    id: 'roller-thoracic-extension',
    name: 'Thoracic extension over a roller',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'thoracic',
    phase: 'restore',
    sidedness: 'bilateral',
    dosage: reps(6, 5, 6, 8),
    cues: [
      'Sit on the floor with the roller behind you.',
      'Lie back so the roller meets your mid-back.',
      'Cradle your head in your hands, elbows wide.',
      'Let your upper back ease back over the roller.',
      'Curl up a little to begin the next one.',
    ],
    breathing: 'Breathe out each time you ease back.',
    why: 'Restores the upper-back extension that hunching at a screen takes away.',
    safety: 'Keep the roller at or above the bottom of your ribs, never under the lower back. Support your head. Stop at sharp pain.',
    sources: [S000, S002],
    contactAreas: ['thoracicSpine'],
    poses: [buildPose(rollerExtension(-160, -150, 'roller at the mid-back')), buildPose(rollerExtension(-168, 165, 'ease back over it'))],
  },
  {
    id: 'seated-thoracic-rotation',
    name: 'Seated upper-back rotation',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'thoracic',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: reps(5, 4, 4, 8),
    cues: [
      'Sit tall with your feet flat and knees together.',
      'Cross your arms over your chest.',
      'Turn your chest to one side, leading with your breastbone.',
      'Return to the centre slowly.',
    ],
    breathing: 'Breathe out as you turn, in as you come back.',
    why: 'The mid-back is built to rotate; turning it keeps the lower back from twisting instead.',
    safety: `${STEADY_CHAIR} Keep your hips still and the turn comfortable.`,
    sources: [S002, S003],
    adaptedFrom: 'Supine spinal twist (003), done seated, the turn in the mid-back that 002 says is built to rotate',
    poses: SEATED_ROTATION,
  },
  {
    id: 'standing-side-bend',
    name: 'Standing side bend',
    positions: ['standing'],
    equipment: [],
    focus: 'both',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(20, 20, 30),
    cues: [
      'Stand tall with your feet hip-width apart.',
      'Reach one arm up beside your ear.',
      'Lean your upper body away from that side.',
      'Keep your weight even on both feet.',
      'Come back up slowly.',
    ],
    breathing: 'Breathe into the side that stretches.',
    why: 'Lengthens the whole side of the body, from the hip through the ribs to the arm.',
    safety: 'Lean only as far as feels easy; do not twist.',
    sources: [S004],
    adaptedFrom: 'Half-kneeling side bend (004), done standing',
    poses: [
      buildPose(vary(STANDING_FRONT, { label: 'reach up', ...frontReachUp })),
      buildPose(vary(STANDING_FRONT, { label: 'lean away', ...frontSideBend })),
    ],
  },
  {
    id: 'seated-side-bend',
    name: 'Seated side bend',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'both',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(20, 20, 30),
    cues: [
      'Sit tall with both sit bones heavy on the chair.',
      'Reach one arm up beside your ear.',
      'Lean your upper body away from that side.',
      'Keep the opposite hip on the seat.',
    ],
    breathing: 'Breathe into the ribs on the stretching side.',
    why: 'Opens the side of the trunk and hip that slump into a chair all day.',
    safety: `${STEADY_CHAIR} Stay in an easy range and keep the neck relaxed.`,
    sources: [S004],
    adaptedFrom: 'Half-kneeling side bend (004), done seated',
    poses: [
      buildPose(vary(SEATED_FRONT, { label: 'reach up', ...frontReachUp })),
      buildPose(
        vary(SEATED_FRONT, {
          label: 'lean away',
          ...frontSideBend,
          leftArm: { reach: [62, 70], bend: -1 },
        }),
      ),
    ],
  },
  {
    id: 'half-kneeling-side-bend',
    name: 'Half-kneeling side bend',
    positions: ['floor'],
    equipment: [],
    focus: 'both',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(20, 20, 30),
    cues: [
      'Kneel on one knee with the other foot flat in front.',
      'Reach the arm on the kneeling side overhead.',
      'Lean gently away from that arm.',
      'Feel the stretch run from the hip up the side.',
    ],
    breathing: 'Breathe deeply into the stretching side.',
    why: 'Stretches the side line from the hip to the arm, which ties into hip and back tension.',
    safety: 'Pad the knee and keep the lean easy.',
    sources: [S004],
    poses: HALF_KNEELING_SIDE_BEND,
  },
  {
    id: 'desk-cat-cow',
    name: 'Desk cat-cow',
    positions: ['standing'],
    equipment: ['desk'],
    focus: 'lowerBack',
    phase: 'restore',
    sidedness: 'bilateral',
    dosage: reps(6, 5, 4, 8),
    cues: [
      'Rest your hands on the edge of the desk.',
      'Walk your feet back until your back is long and level.',
      'Round your back up, head hanging low.',
      'Lift your chest into a gentle arch.',
    ],
    breathing: 'Breathe out as you round, in as you lift.',
    why: 'Moves the whole spine through bending and arching after holding one shape.',
    safety: 'Use a desk that cannot slide or tip. Keep the movement smooth and within comfort.',
    sources: [S003],
    adaptedFrom: 'Cat-cow on hands and knees (003), with hands on a desk',
    poses: [buildPose(deskHinge(-27, 45, 'round the back', [-5, -6])), buildPose(deskHinge(-15, -40, 'lift the chest', [4, 4]))],
  },
  {
    id: 'cat-cow',
    name: 'Cat-cow',
    positions: ['floor'],
    equipment: [],
    focus: 'lowerBack',
    phase: 'restore',
    sidedness: 'bilateral',
    dosage: reps(6, 5, 4, 8),
    cues: [
      'Start on hands and knees, hands under shoulders.',
      'Round your whole back up towards the ceiling.',
      'Let your belly sink into a gentle arch, chest forward.',
      'Move slowly between the two shapes.',
    ],
    breathing: 'Breathe out as you round, in as you arch.',
    why: 'Gently mobilises the whole spine, upper back included.',
    safety: 'Pad your knees; keep the arch gentle.',
    sources: [S003],
    poses: [
      buildPose(vary(ALL_FOURS, { label: 'round (cat)', torso: -19, head: 50, spineBow: [-5, -6] })),
      buildPose(vary(ALL_FOURS, { label: 'arch (cow)', torso: -9, head: -35, spineBow: [4, 4] })),
    ],
  },
  {
    id: 'supine-spinal-twist',
    name: 'Lying spinal twist',
    positions: ['floor'],
    equipment: [],
    focus: 'lowerBack',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(30, 20, 30),
    cues: [
      'Lie face up with bent knees and both feet flat.',
      'Spread your arms out wide on the floor.',
      'Let both knees sink slowly to one side.',
      'Keep both shoulders resting on the floor.',
    ],
    breathing: 'Breathe out and let the knees grow heavier.',
    why: 'Rotates the spine gently with the floor supporting you.',
    safety: 'Lower only as far as is comfortable; rest the knees on a cushion if they do not reach the floor.',
    sources: [S003],
    poses: LYING_TWIST,
  },
  {
    id: 'knees-to-chest',
    name: 'Knees to chest',
    positions: ['floor'],
    equipment: [],
    focus: 'lowerBack',
    phase: 'restore',
    sidedness: 'bilateral',
    dosage: hold(30, 20, 30),
    cues: [
      'Lie face up with your knees bent.',
      'Bring both knees up towards your chest.',
      'Hold behind your thighs.',
      'Draw the knees in until your lower back rounds a little.',
    ],
    breathing: 'Breathe slowly; let the knees come a little closer as you breathe out.',
    why: 'Gently rounds the lower back and stretches the back of the hips.',
    safety: 'Pull gently; stop if it pinches in the hips or back.',
    sources: [S003],
    poses: [
      buildPose(CROOK_LYING),
      buildPose(
        vary(CROOK_LYING, {
          label: 'knees to chest',
          leftLeg: [-125, 20, 0],
          rightLeg: [-122, 22, 0],
          leftArm: { reach: [44, 72], bend: 1 },
          rightArm: { reach: [45, 73], bend: 1 },
        }),
      ),
    ],
  },
  {
    id: 'ninety-ninety-internal-rotation',
    name: '90/90 back-leg rotation',
    positions: ['floor'],
    equipment: [],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(25, 20, 30),
    cues: [
      'Sit on the floor with both knees bent at right angles.',
      'Put one leg in front of you and one behind to the side.',
      'Sit tall with your chest lifted.',
      'Turn the back thigh inwards towards the floor.',
    ],
    breathing: 'Slow breaths; relax the hip a little more as you breathe out.',
    why: 'Restores inward rotation of the hip, a movement sitting rarely uses.',
    safety: 'Mild stretch only. Stop at any knee pain.',
    sources: [S004],
    poses: NINETY_ROTATION,
  },
  {
    id: 'ninety-ninety-pigeon',
    name: '90/90 forward lean',
    positions: ['floor'],
    equipment: [],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(30, 30, 45),
    cues: [
      'Sit in 90/90, one leg bent in front, one bent behind.',
      'Lengthen your spine.',
      'Lean your chest forward over the front shin.',
      'Keep your back flat as you lean.',
    ],
    breathing: 'Breathe deeply into the stretch and soften on each out-breath.',
    why: 'Stretches the glutes and outer hip, and helps the hip turn outwards freely.',
    safety: 'Lean only into a mild stretch. Stop at knee pain.',
    sources: [S004],
    poses: NINETY_LEAN,
  },
  {
    id: 'couch-stretch',
    name: 'Wall couch stretch',
    positions: ['floor'],
    equipment: ['wall'],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(30, 20, 30),
    cues: [
      'Kneel with your back to a wall, a cushion under your knee.',
      'Slide one shin up the wall behind you.',
      'Step the other foot forward, flat on the floor.',
      'Lift your chest slowly towards upright.',
    ],
    breathing: 'Slow, long out-breaths; do not hold your breath.',
    why: 'A strong stretch for the front of the thigh and hip, shortened by long sitting.',
    safety: 'This is intense: go slowly, pad the knee and keep the lower back from arching.',
    sources: [S003],
    poses: [
      buildPose(couch(-68, 'hands on the front knee', { reach: [52, 70], bend: 1 })),
      buildPose(couch(-88, 'chest up', { reach: [36, 68], bend: 1 })),
    ],
  },
  {
    id: 'standing-hamstring-hinge',
    name: 'Standing hamstring hinge',
    positions: ['standing'],
    equipment: [],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(20, 20, 30),
    cues: [
      'Place one heel a small step forward, toes up.',
      'Bend the back knee slightly.',
      'Rest your hands on the bent thigh.',
      'Hinge forward from the hips with a long back.',
    ],
    breathing: 'Breathe out as you hinge; breathe easily while you hold.',
    why: 'Tight hamstrings pull on the pelvis; this eases them without rounding the back.',
    safety: 'Keep the back long and the stretch mild; stop at pain behind the knee or down the leg.',
    sources: [S003],
    adaptedFrom: 'Standing hamstring stretch with the heel raised (003), heel on the floor',
    poses: [
      buildPose(
        vary(STANDING, {
          label: 'heel forward',
          pelvis: [40, 55],
          leftArm: { reach: [42, 58], bend: 1 },
          rightArm: { reach: [43, 58], bend: 1 },
          rightLeg: { reach: [59, ANKLE_Y], bend: -1, foot: -45 },
          leftLeg: { reach: [38, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
        }),
      ),
      buildPose(
        vary(STANDING, {
          label: 'hinge forward',
          pelvis: [37, 56],
          torso: -24,
          head: -15,
          leftArm: { reach: [44, 68], bend: 1 },
          rightArm: { reach: [44.5, 68.5], bend: 1 },
          rightLeg: { reach: [59, ANKLE_Y], bend: -1, foot: -45 },
          leftLeg: { reach: [38, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
        }),
      ),
    ],
  },
  {
    id: 'band-hip-flexor-stretch',
    name: 'Banded hip-flexor stretch',
    positions: ['floor'],
    equipment: ['band'],
    focus: 'hips',
    phase: 'restore',
    sidedness: 'unilateral',
    dosage: hold(30, 30, 45),
    cues: [
      'Anchor a band low behind you, such as round a heavy desk leg.',
      'Loop it round the top of one thigh.',
      'Kneel on that knee with the other foot forward.',
      'Shift your hips forward against the pull of the band.',
      'Keep your trunk upright.',
    ],
    breathing: 'Long breaths; let the hip open a little more each time you breathe out.',
    why: 'The band eases the hip joint back while the stretch opens the front of the hip.',
    safety: 'Pad the knee and keep the lower back from arching.',
    sources: [S004],
    poses: [
      buildPose(
        vary(HALF_KNEELING, {
          label: 'band on, kneel',
          props: [
            {
              kind: 'band',
              from: { x: 4, y: FLOOR_Y - 4 },
              to: { joint: 'rightHip' },
            },
          ],
        }),
      ),
      buildPose(
        vary(HALF_KNEELING, {
          label: 'hips forward',
          pelvis: [49, KNEE_ON_FLOOR_Y - 19],
          rightLeg: [105, 180, 182],
          props: [
            {
              kind: 'band',
              from: { x: 4, y: FLOOR_Y - 4 },
              to: { joint: 'rightHip' },
            },
          ],
        }),
      ),
    ],
  },
];
