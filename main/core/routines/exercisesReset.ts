/**
 * RESET moves: calm the body's protective tension first, with slow breathing or gentle
 * release, so the stretches that follow meet less resistance (seed 004's first step).
 * Rolling and ball work belong here too: slow, with pauses on tender spots, never on the
 * lumbar spine (seeds 000, 001, 002, 003).
 */
import { buildPose, vary, SEATED, STANDING, STANDING_FRONT, CROOK_LYING, chair, ANKLE_Y, FLAT_FOOT, LYING_Y, type PoseSpec } from './poseKit';
import { S000, S001, S002, S003, S004 } from './seedSources';
import type { CatalogExercise } from './exerciseTypes';
import { DESK_LEAN_BREATHING, SEATED_SIDE_TILTS } from './posesForVariety';
import { LYING_KNEE_ROCKS } from './posesModelled';
import { STEADY_CHAIR } from './catalogRules';

const hold = (seconds: number, minSeconds: number, maxSeconds: number) => ({ kind: 'hold', seconds, minSeconds, maxSeconds }) as const;
const reps = (n: number, secondsPerRep: number, minReps: number, maxReps: number) =>
  ({ kind: 'reps', reps: n, secondsPerRep, minReps, maxReps }) as const;

// ---- seated 360° breathing ------------------------------------------------------------------
const seatedHandsOnTrunk: PoseSpec = vary(SEATED, {
  label: 'breathe out: ribs settle',
  leftArm: { reach: [45, 55], bend: 1 },
  rightArm: { reach: [46, 63], bend: 1 },
});

// ---- standing breath and reach ---------------------------------------------------------------
/** Seen from the front, so the two arms sweep out and up like wings instead of hiding each other. */
const standTall: PoseSpec = vary(STANDING_FRONT, { label: 'arms down, breathe in' });

// ---- lying breathing with hip lift -----------------------------------------------------------
const lyingHandsOnBelly: PoseSpec = vary(CROOK_LYING, {
  label: 'breathe in',
  leftArm: { reach: [45, LYING_Y - 5], bend: -1 },
  rightArm: { reach: [40, LYING_Y - 5], bend: -1 },
});

// ---- rolling on the floor --------------------------------------------------------------------
/** Sitting on a roller, hands behind, one ankle crossed over the other knee. */
const onRollerFigureFour = (dx: number, label: string): PoseSpec => ({
  label,
  pelvis: [46 + dx, 81],
  torso: -140,
  head: -115,
  leftArm: { reach: [23, 90.5], bend: 1 },
  rightArm: { reach: [24, 90.5], bend: 1 },
  leftLeg: { reach: [70, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: [-25, 5, -10],
  foreshorten: { 'rightHip-rightKnee': 0.7, 'rightKnee-rightAnkle': 0.45 },
  props: [{ kind: 'roller', x: 46, y: 88, r: 4 }],
});

/** Face down on the forearms, a roller under the front of the right hip. */
const proneOnForearms = (dx: number, label: string): PoseSpec => ({
  label,
  pelvis: [52 + dx, 81],
  torso: -10,
  head: -20,
  leftArm: [92, -2],
  rightArm: [88, 0],
  leftLeg: [172, 178, 160],
  rightLeg: [165, 178, 160],
  props: [{ kind: 'roller', x: 52, y: 88, r: 4 }],
});

/** Face down on the forearms, right leg bent out to the side over a roller lying along the body. */
const adductorOnRoller = (dx: number, label: string): PoseSpec => ({
  label,
  pelvis: [52 + dx, 81],
  torso: -8,
  head: -18,
  leftArm: [88, -2],
  rightArm: [90, 0],
  leftLeg: [178, 180, 160],
  rightLeg: [165, 185, 190],
  foreshorten: { 'rightHip-rightKnee': 0.45 },
  props: [{ kind: 'roller', x: 44, y: 88, r: 4, length: 24 }],
});

/** On the back over a roller across the upper back, hips lifted, arms hugging the chest. */
const upperBackOnRoller = (pelvisX: number, label: string): PoseSpec => ({
  label,
  pelvis: [pelvisX, 82],
  torso: 180,
  head: 185,
  leftArm: [-62, 172],
  rightArm: [-58, 175],
  leftLeg: { reach: [78, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [79, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  props: [{ kind: 'roller', x: 38, y: 88, r: 4 }],
});

/**
 * Front view, lying on the right side, head to screen-left: the bottom shoulder rests on a
 * roller under the armpit, the bottom arm reaches overhead along the floor with the head on it,
 * the top hand rests on the top hip and the legs lie long, stacked. The girdles are drawn
 * narrow (spread) so the bottom shoulder visibly sits on the roller. Rolling down the side, the
 * body slides headwards twice as far as the roller rolls (`slide`).
 */
const latOnRoller = (slide: number, label: string): PoseSpec => ({
  label,
  view: 'front',
  spread: 0.6,
  pelvis: [62 - slide, 86.7 - slide * 0.1],
  torso: 199 + slide * 0.4,
  head: 178,
  leftArm: { reach: [66.5 - slide, 82.4], bend: -1 },
  rightArm: { reach: [12 - slide, 89.6], bend: -1 },
  leftLeg: [7, 7, -10],
  rightLeg: [2, 2, -25],
  foreshorten: {
    'leftHip-leftKnee': 0.86,
    'leftKnee-leftAnkle': 0.86,
    'rightHip-rightKnee': 0.86,
    'rightKnee-rightAnkle': 0.86,
    'leftAnkle-leftToe': 0.5,
    'rightAnkle-rightToe': 0.5,
  },
  props: [{ kind: 'roller', x: 41 - slide / 2, y: 88, r: 4 }],
});

/**
 * Front view, on the right side propped on the forearm (elbow under the shoulder, forearm on the
 * floor), the side of the waist on a roller between the ribs and the hip, the top foot planted
 * on the floor in front of the bottom knee, the top hand on the top hip. Girdles drawn narrow
 * (spread) so the bottom flank visibly rests on the roller. Rolling towards the hip, the body
 * slides headwards twice as far as the roller rolls (`slide`).
 */
const qlOnRoller = (slide: number, label: string): PoseSpec => ({
  label,
  view: 'front',
  spread: 0.6,
  pelvis: [60 - slide, 85 - slide * 0.3],
  torso: 211,
  head: 203,
  leftArm: { reach: [66 - slide, 81.5], bend: 1 },
  rightArm: [122, 178],
  leftLeg: [-16, 80, 10],
  rightLeg: [4, 3, -20],
  foreshorten: {
    'rightElbow-rightHand': 0.8,
    'leftHip-leftKnee': 0.7,
    'leftKnee-leftAnkle': 0.6,
    'leftAnkle-leftToe': 0.5,
    'rightAnkle-rightToe': 0.5,
  },
  props: [{ kind: 'roller', x: 51 - slide / 2, y: 88, r: 4 }],
});

/** Back against a wall, a ball between the right shoulder blade and the spine. */
const wallBall = (drop: number, label: string): PoseSpec => ({
  label,
  pelvis: [40, 52 + drop],
  torso: -99,
  leftArm: [-10, 160],
  rightArm: [-15, 165],
  leftLeg: { reach: [46, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [47, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  props: [
    { kind: 'wall', x: 29.5 },
    { kind: 'ball', x: 32, y: 34, r: 2.5 },
  ],
});

/** On the back, knees bent, roller under the sacrum (below the lower back). */
const sacrumOnRoller = (tilt: number, label: string): PoseSpec => ({
  label,
  pelvis: [56, 81],
  torso: 167,
  head: 180,
  // Hands rest on the belly, clear of the roller.
  leftArm: { reach: [49, 78.5], bend: -1 },
  rightArm: { reach: [50, 78.5], bend: -1 },
  leftLeg: { reach: [76, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
  rightLeg: { reach: [77, ANKLE_Y - tilt * 0.3], bend: -1, foot: FLAT_FOOT },
  ...(tilt > 0
    ? {
        foreshorten: {
          'rightHip-rightKnee': 1 - tilt / 20,
          'leftHip-leftKnee': 1 - tilt / 20,
        },
      }
    : {}),
  props: [{ kind: 'roller', x: 57.5, y: 88.1, r: 3.9 }],
});

export const RESET_EXERCISES: readonly CatalogExercise[] = [
  {
    id: 'seated-360-breathing',
    name: 'Seated 360° breathing',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'core',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 5, 8, 10),
    cues: [
      'Sit tall near the front of your chair, feet flat.',
      'Rest one hand on your belly and one on your lower ribs.',
      'Breathe in through your nose, ribs widening all round.',
      'Breathe out slowly, ribs settling back.',
    ],
    breathing: 'About two counts in through the nose and three out, no forcing.',
    why: 'Slow breathing into the belly and ribs calms protective tension before you stretch.',
    safety: `${STEADY_CHAIR}`,
    sources: [S004, S003, S000],
    adaptedFrom: '360° diaphragmatic breathing lying on the back (004), done in the chair',
    poses: [
      buildPose(seatedHandsOnTrunk),
      buildPose(
        vary(seatedHandsOnTrunk, {
          label: 'breathe in: belly and ribs widen',
          leftArm: { reach: [46.5, 54.5], bend: 1 },
          rightArm: { reach: [47.5, 62.5], bend: 1 },
          head: -92,
        }),
      ),
    ],
  },
  {
    id: 'standing-breath-reach',
    name: 'Standing breath and reach',
    positions: ['standing'],
    equipment: [],
    focus: 'core',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 5, 8, 10),
    cues: [
      'Stand tall with your feet hip-width apart.',
      'Sweep both arms up overhead.',
      'Float your arms back down.',
      'Let your shoulders sink away from your ears.',
    ],
    breathing: 'Breathe in as the arms rise, out as they float down: no faster than the breath.',
    why: 'A long breath paired with an easy arm sweep settles tension and wakes up a still back.',
    sources: [S004, S003],
    adaptedFrom: '360° diaphragmatic breathing (004), standing with an arm sweep',
    poses: [
      buildPose(standTall),
      buildPose(
        vary(standTall, {
          label: 'arms sweep out to the sides',
          leftArm: [-4, -10],
          rightArm: [184, 190],
        }),
      ),
      buildPose(
        vary(standTall, {
          label: 'arms overhead',
          leftArm: [-66, -74],
          rightArm: [-114, -106],
        }),
      ),
    ],
  },
  {
    id: 'seated-pelvic-tilts',
    name: 'Seated pelvic tilts',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'lowerBack',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 3, 7, 12),
    cues: [
      'Sit near the front of your chair with your hands on your thighs.',
      'Tip your pelvis back so your lower back rounds a little.',
      'Tip it forward so your chest lifts into a small arch.',
      'Keep the rocking small and smooth.',
    ],
    breathing: 'Breathe out as you round, in as you lift.',
    why: 'Gently rocking the pelvis eases a lower back that has held one shape for a long time.',
    safety: `${STEADY_CHAIR} Stay in an easy range; stop if anything pinches.`,
    sources: [S003],
    adaptedFrom: 'Pelvic tilts lying on the back (003), done in the chair',
    poses: [
      buildPose(
        vary(SEATED, {
          label: 'round back',
          spineBow: [-3, -2],
          torso: -97,
          head: -85,
          leftArm: { reach: [53, 67], bend: 1 },
          rightArm: { reach: [54, 68], bend: 1 },
        }),
      ),
      buildPose(
        vary(SEATED, {
          label: 'lift into a small arch',
          spineBow: [3.5, 1],
          torso: -84,
          head: -92,
          leftArm: { reach: [53, 67], bend: 1 },
          rightArm: { reach: [54, 68], bend: 1 },
        }),
      ),
    ],
  },
  {
    id: 'standing-pelvic-tilts',
    name: 'Standing pelvic tilts',
    positions: ['standing'],
    equipment: [],
    focus: 'lowerBack',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 3, 7, 12),
    cues: [
      'Stand with feet hip-width apart and knees slightly bent.',
      'Put your hands on your hips.',
      'Tuck your tailbone under so your lower back flattens.',
      'Tip your pelvis forward into a small arch.',
    ],
    breathing: 'Breathe out as you tuck, in as you arch.',
    why: 'Small pelvic rocks bring movement back to a lower back that has been still.',
    safety: 'Keep the range small and comfortable.',
    sources: [S003],
    adaptedFrom: 'Pelvic tilts lying on the back (003), done standing',
    poses: [
      buildPose(
        vary(STANDING, {
          label: 'tuck',
          spineBow: [-3, -1.5],
          pelvis: [46, 51],
          torso: -94,
          leftArm: { reach: [47, 47], bend: 1 },
          rightArm: { reach: [48, 47], bend: 1 },
          leftLeg: { reach: [45, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          rightLeg: { reach: [46, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
        }),
      ),
      buildPose(
        vary(STANDING, {
          label: 'small arch',
          spineBow: [4, 1],
          pelvis: [46, 51],
          torso: -85,
          leftArm: { reach: [48, 47], bend: 1 },
          rightArm: { reach: [49, 47], bend: 1 },
          leftLeg: { reach: [45, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          rightLeg: { reach: [46, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
        }),
      ),
    ],
  },
  {
    id: 'lying-breathing-hip-lift',
    name: '360° breathing with a small hip lift',
    positions: ['floor'],
    equipment: [],
    focus: 'core',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 5, 8, 10),
    cues: [
      'Lie face up with your knees bent, feet flat and hip-width apart.',
      'Rest your hands on your belly and lower ribs.',
      'Breathe in, belly and ribs spreading out.',
      'Brace gently to raise your hips a little.',
      'Lower slowly before the next breath.',
    ],
    breathing: 'Lift on the out-breath, lower as you breathe in.',
    why: 'Deep rib breathing calms guarding in the hips, and the small lift wakes up the glutes.',
    sources: [S004],
    poses: [
      buildPose(lyingHandsOnBelly),
      buildPose(
        vary(lyingHandsOnBelly, {
          label: 'breathe out and lift',
          pelvis: [54, 81],
          torso: 166,
          head: 180,
          leftArm: { reach: [45, 77], bend: -1 },
          rightArm: { reach: [40, 78], bend: -1 },
        }),
      ),
    ],
  },
  {
    id: 'lying-pelvic-tilts',
    name: 'Pelvic tilts on your back',
    positions: ['floor'],
    equipment: [],
    focus: 'lowerBack',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 3, 7, 12),
    cues: [
      'Lie face up with bent knees and both feet flat.',
      'Flatten your lower back gently towards the floor.',
      'Let it ease back into its natural curve.',
      'Keep your head and shoulders heavy and relaxed.',
    ],
    breathing: 'Breathe out as you flatten, in as you release.',
    why: 'A tiny rocking of the pelvis loosens the lower back without loading it.',
    safety: 'Keep it small; stop if anything pinches.',
    sources: [S003],
    poses: [
      buildPose(
        vary(CROOK_LYING, {
          label: 'flatten',
          spineBow: [-1, 0],
          pelvis: [54, LYING_Y + 0.3],
          torso: 181,
        }),
      ),
      buildPose(
        vary(CROOK_LYING, {
          label: 'release the curve',
          spineBow: [3.5, 1],
          pelvis: [54, LYING_Y - 0.7],
          torso: 178.5,
        }),
      ),
    ],
  },
  {
    id: 'seated-glute-ball-release',
    name: 'Seated glute release on a ball',
    positions: ['seated'],
    equipment: ['chair', 'massageBall'],
    focus: 'hips',
    phase: 'reset',
    sidedness: 'unilateral',
    dosage: hold(30, 20, 40),
    cues: [
      'Sit with the ball under the fleshy middle of one buttock.',
      'Cross that ankle over the other knee for more pressure.',
      'Shift your weight slowly to find a tender spot.',
      'Stay on it while the muscle softens.',
    ],
    breathing: 'Let more weight sink onto the ball each time you breathe out.',
    why: 'Softening tight glutes and piriformis eases the pull on the pelvis and the back above it.',
    safety: `${STEADY_CHAIR} Keep the ball off the tailbone and spine. Stop at sharp pain, or pain, tingling or numbness down the leg.`,
    sources: [S002, S004, S001],
    adaptedFrom: 'Glute and piriformis release on the floor (001, 002, 004), done on the chair',
    contactAreas: ['glutes', 'piriformis'],
    poses: [
      buildPose(
        vary(SEATED, {
          label: 'sit on the ball',
          pelvis: [40, 66],
          leftLeg: { reach: [61, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          rightLeg: { reach: [59, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          leftArm: { reach: [54, 64], bend: 1 },
          rightArm: { reach: [53, 65], bend: 1 },
          props: [chair(), { kind: 'ball', x: 40, y: 70.5, r: 2.5 }],
        }),
      ),
      buildPose(
        vary(SEATED, {
          label: 'cross the ankle and lean in',
          pelvis: [40, 66],
          torso: -80,
          leftLeg: { reach: [61, ANKLE_Y], bend: -1, foot: FLAT_FOOT },
          rightLeg: [-8, 2, -20],
          foreshorten: {
            'rightHip-rightKnee': 0.65,
            'rightKnee-rightAnkle': 0.4,
          },
          leftArm: { reach: [57, 62], bend: 1 },
          rightArm: { reach: [52, 61], bend: 1 },
          props: [chair(), { kind: 'ball', x: 40, y: 70.5, r: 2.5 }],
        }),
      ),
    ],
  },
  {
    id: 'glute-roller-release',
    name: 'Glute and piriformis roll',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'hips',
    phase: 'reset',
    sidedness: 'unilateral',
    dosage: hold(30, 20, 40),
    cues: [
      'Sit on the roller with your hands on the floor behind you.',
      'Cross one ankle over the other knee.',
      "Lean towards the crossed leg's buttock.",
      'Roll a few centimetres back and forth, slowly.',
      'Pause on a tender spot until it eases.',
    ],
    breathing: 'Long, slow out-breaths; let the muscle melt onto the roller.',
    why: 'Tight glutes tug on the pelvis; easing them takes strain off the lower back.',
    safety: 'Stay on the buttock muscle, off the tailbone, below the lower back. Stop at sharp pain, or pain, tingling or numbness down the leg.',
    sources: [S000, S001, S002, S004],
    contactAreas: ['glutes', 'piriformis'],
    poses: [buildPose(onRollerFigureFour(0, 'lean onto one buttock')), buildPose(onRollerFigureFour(3, 'roll a little'))],
  },
  {
    id: 'hip-flexor-roll',
    name: 'Hip-flexor roll',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'hips',
    phase: 'reset',
    sidedness: 'unilateral',
    dosage: hold(30, 30, 40),
    cues: [
      'Lie on your front, the roller under the front of one hip.',
      'Prop yourself up on your forearms.',
      'Tighten your middle so your lower back stays level.',
      'Roll a few centimetres up and down, slowly.',
    ],
    breathing: 'Breathe slowly; let the front of the hip relax on each out-breath.',
    why: 'Sitting keeps the hip flexors short; easing them helps the hip open out again.',
    safety: 'Stay below the hip bone, on muscle. Stop at sharp pain, or tingling or numbness in the leg.',
    sources: [S000, S004],
    contactAreas: ['hipFlexors'],
    poses: [buildPose(proneOnForearms(0, 'roller under the front of the hip')), buildPose(proneOnForearms(3, 'roll a little'))],
  },
  {
    id: 'adductor-roll',
    name: 'Inner-thigh roll',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'hips',
    phase: 'reset',
    sidedness: 'unilateral',
    dosage: hold(30, 30, 40),
    cues: [
      'Lie face down on your forearms.',
      'Bend one knee out to the side, the roller under that inner thigh.',
      'Roll slowly from near the groin towards the knee.',
      'Roll back before you reach the knee.',
    ],
    breathing: 'Slow, steady breaths; pause and breathe where it feels tight.',
    why: 'The inner-thigh muscles steady the hips and are easy to overlook.',
    safety: 'Keep off the knee joint. Mild discomfort only: stop at sharp pain.',
    sources: [S000],
    contactAreas: ['adductors'],
    poses: [buildPose(adductorOnRoller(0, 'roller under the inner thigh')), buildPose(adductorOnRoller(4, 'roll towards the knee'))],
  },
  {
    id: 'upper-back-roll',
    name: 'Upper-back roll',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'thoracic',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: hold(30, 30, 45),
    cues: [
      'Lie back with the roller across your shoulder blades.',
      'Hug your arms across your chest.',
      'Lift your hips off the floor.',
      'Roll slowly down towards your mid-back.',
      'Roll back up towards the top of your shoulder blades.',
    ],
    breathing: 'Breathe out slowly whenever you pause on a stiff spot.',
    why: 'Desk hunching stiffens the upper back; rolling it helps it move again.',
    safety: 'Stop the roller at the bottom of your ribs: never roll down onto the lower back. Keep off the neck. Stop at sharp pain.',
    sources: [S000, S002],
    contactAreas: ['thoracicSpine'],
    poses: [buildPose(upperBackOnRoller(53, 'roller at the mid-back')), buildPose(upperBackOnRoller(58, 'roller near the shoulders'))],
  },
  {
    id: 'lat-roll',
    name: 'Side-of-back (lat) roll',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'thoracic',
    phase: 'reset',
    sidedness: 'unilateral',
    dosage: hold(30, 30, 40),
    cues: [
      'Lie on one side with the roller under your armpit.',
      'Stretch the bottom arm along the floor overhead.',
      'Turn your chest slightly towards the ceiling.',
      'Roll slowly down the side of your ribs and back up.',
    ],
    breathing: 'Breathe into the side that is on the roller.',
    why: 'Tight lats pull on the lower back; easing them frees the upper back too.',
    safety: 'Stay on the muscle at the side of the ribs; stop above the waist. Stop at sharp pain.',
    sources: [S002, S000],
    contactAreas: ['lats'],
    poses: [buildPose(latOnRoller(0, 'roller under the armpit')), buildPose(latOnRoller(4, 'roll down the side'))],
  },
  {
    id: 'ql-side-roll',
    name: 'Side-of-waist roll',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'lowerBack',
    phase: 'reset',
    sidedness: 'unilateral',
    dosage: hold(30, 30, 40),
    cues: [
      'Lie on one side, the roller across your waist under the ribs.',
      'Prop yourself on your forearm, top foot on the floor in front.',
      'Roll a few centimetres towards your hip and back.',
      'Keep the roller on the soft side of your waist.',
    ],
    breathing: 'Breathe slowly into the side against the roller.',
    why: 'The muscle at the side of the waist can tighten after long sitting; this reaches it safely.',
    safety: 'Stay between the bottom rib and the top of the hip bone, at the side: not on the ribs, the hip bone or the spine. Stop at sharp pain.',
    sources: [S001, S000],
    contactAreas: ['quadratusLumborum'],
    poses: [buildPose(qlOnRoller(0, 'roller below the ribs')), buildPose(qlOnRoller(4, 'roll towards the hip'))],
  },
  {
    id: 'wall-ball-upper-back',
    name: 'Wall ball between the shoulder blades',
    positions: ['standing'],
    equipment: ['wall', 'massageBall'],
    focus: 'thoracic',
    phase: 'reset',
    sidedness: 'unilateral',
    dosage: hold(30, 30, 40),
    cues: [
      'Stand with your back to a wall, feet a small step forward.',
      'Trap the ball between one shoulder blade and your spine.',
      'Cross your arms over your chest.',
      'Bend your knees a little to roll the ball up and down.',
      'Pause on a tight spot for a few breaths.',
    ],
    breathing: 'Slow out-breaths each time you pause on a tight spot.',
    why: 'Pressure beside the spine eases the upper-back tension that desk work builds up.',
    safety: 'Keep the ball on the muscle beside the spine, never on the spine itself or the neck. Stop at sharp pain.',
    sources: [S000],
    adaptedFrom: 'Upper-back release on a roller, with the ball 000 suggests between the shoulder blades (000), against a wall',
    contactAreas: ['betweenShoulderBlades'],
    poses: [buildPose(wallBall(0, 'ball beside the spine')), buildPose(wallBall(3, 'bend the knees to roll'))],
  },
  {
    id: 'sacrum-tilt',
    name: 'Sacrum tilt on a roller',
    positions: ['floor'],
    equipment: ['foamRoller'],
    focus: 'lowerBack',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 3, 7, 12),
    cues: [
      'Lie face up with bent knees and both feet flat.',
      'Slide the roller under the flat bone at the base of your spine.',
      'Settle your weight onto the roller.',
      'Tip your knees and hips gently from side to side.',
    ],
    breathing: 'Easy breaths; let each tilt be slow.',
    why: 'A gentle rock on the sacrum eases the low back area without pressing on the lumbar spine.',
    safety: 'Keep the roller under the sacrum, not the lower back above it. Stop at sharp pain.',
    sources: [S000],
    contactAreas: ['sacrum'],
    poses: [buildPose(sacrumOnRoller(0, 'settle on the roller')), buildPose(sacrumOnRoller(5, 'tilt to one side'))],
  },
  {
    id: 'seated-side-tilts',
    name: 'Seated side-to-side pelvic tilts',
    positions: ['seated'],
    equipment: ['chair'],
    focus: 'lowerBack',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 3, 7, 12),
    cues: [
      'Sit tall near the front of your chair, feet flat.',
      'Rest your hands on your thighs.',
      'Roll your weight slowly onto one sitting bone.',
      'Roll it back across onto the other.',
      'Keep your head level over the middle of the seat.',
    ],
    breathing: 'Easy breaths; let each roll be slow.',
    why: 'A small side-to-side rock of the pelvis loosens the base of the spine after still sitting.',
    safety: 'Use a steady chair with no wheels, swivel or recline. Keep it small; stop at sharp pain, or tingling or numbness in a leg.',
    sources: [S000, S003],
    adaptedFrom: 'The side-to-side sacrum tilt (000) and pelvic tilts (003), done in the chair',
    poses: SEATED_SIDE_TILTS,
  },
  {
    id: 'desk-lean-breathing',
    name: 'Desk-lean 360° breathing',
    positions: ['standing'],
    equipment: ['desk'],
    focus: 'core',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(8, 5, 8, 10),
    cues: [
      'Stand a small step back from your desk.',
      'Rest both hands on the desk edge.',
      'Let your upper back round a little.',
      'Breathe in through your nose, into the back of your ribs.',
      'Breathe out slowly, ribs settling.',
    ],
    breathing: 'About two counts in through the nose and three out, no forcing.',
    why: 'Leaning on the desk lets the breath widen the back ribs, which calms guarding before you stretch.',
    safety: 'Use a desk that cannot slide or tip.',
    sources: [S004, S003],
    adaptedFrom: '360° diaphragmatic breathing lying on the back (004), leaning on a desk',
    poses: DESK_LEAN_BREATHING,
  },
  {
    id: 'lying-knee-rocks',
    name: 'Lying knee rocks',
    positions: ['floor'],
    equipment: [],
    focus: 'lowerBack',
    phase: 'reset',
    sidedness: 'bilateral',
    dosage: reps(5, 6, 4, 6),
    cues: [
      'Lie on your back, knees up and both feet on the floor.',
      'Rest your arms out wide on the floor.',
      'Let both knees tip a little way to one side.',
      'Bring them back through the middle and over to the other side.',
      'Keep both shoulders heavy on the floor.',
    ],
    breathing: 'Breathe out as the knees tip, in as they come back.',
    why: 'An easy side-to-side rock loosens the lower back and hips without loading them.',
    safety: 'Keep the rock small and easy. Stop at sharp pain, or pain, tingling or numbness down a leg.',
    sources: [S003, S000],
    adaptedFrom: 'The supine spinal twist (003) and the sacrum tilt (000), as a small rock without a roller',
    poses: LYING_KNEE_ROCKS,
  },
];
