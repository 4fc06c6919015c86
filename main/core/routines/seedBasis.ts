/**
 * Where each exercise rests in the seed articles, for the review document: which passage the
 * move comes from and which passage its dose comes from (or why no seed gives one), as a
 * pointer (seed, section, the fact in Limber's words), never a quotation (CONTENT.md: carry
 * facts, not sentences). Where Limber's dose departs from a seed, `reshaped` says why.
 *
 * Data only. tests/unit/routines/seedFidelity.test.ts holds its own table of what the seeds say
 * and checks both this file and the catalog against it.
 */
export type SeedId = '000' | '001' | '002' | '003' | '004';

export interface SeedPassage {
  readonly seed: SeedId;
  /** The seed's section, named loosely enough to find it, never copied at length. */
  readonly section: string;
  /** What the passage says, in Limber's words. */
  readonly fact: string;
}

/** Why the seeds give no dose for the move (and so what Limber's dose is based on). */
export interface NoSeedDose {
  readonly none: string;
}

export interface SeedBasis {
  readonly move: readonly SeedPassage[];
  readonly dose: SeedPassage | NoSeedDose;
  /** Where Limber's dose or shape departs from the seed, and why. */
  readonly reshaped?: string;
}

const p = (seed: SeedId, section: string, fact: string): SeedPassage => ({ seed, section, fact });

// ---- passages used by more than one exercise -------------------------------------------------
const BREATH_004 = p('004', 'Reset: 360° breathing with a hip lift', 'on the back, hands on ribs and belly, breathe wide all round, lift the hips on the out-breath');
const BREATH_DOSE_004 = p('004', 'Reset: 360° breathing with a hip lift', '8 to 10 repetitions');
const BREATHWORK_003 = p('003', 'Principles of effective release', 'slow belly breathing relaxes and deepens a stretch; breathe out into it');
const ROLL_PER_AREA_000 = p('000', 'Tips for safe rolling', 'slow, pause on tight spots, about 30 to 90 s per area; never on joints or bone; discomfort, not sharp pain');
const STATIC_003 = p('003', 'Targeted stretching and mobility (opening lines)', 'static stretches held 20 to 30 s, 2 or 3 times');
const LOW_BACK_003 = (move: string) => p('003', 'Targeted stretching: lower back, gentle mobility', move);
const DRILLS_003 = (move: string) => p('003', 'Targeted stretching: dynamic mobility drills', move);
const STRENGTH_DOSE_003 = p('003', 'Strengthening for stability (opening lines)', '2 or 3 sets of 10 to 15 controlled repetitions');
const CORE_003 = (move: string) => p('003', 'Strengthening: core stability', move);
const GLUTE_STRENGTH_003 = (move: string) => p('003', 'Strengthening: glute strengthening', move);
const SIDE_BEND_004 = p('004', 'Restore: half-kneeling side-bend lateral-line stretch', 'half-kneeling, arm overhead, lean to the side; the stretch runs from hip to arm');
const SIDE_BEND_DOSE_004 = p('004', 'Restore: half-kneeling side-bend lateral-line stretch', 'hold 20 to 30 s, 2 or 3 sets a side');
const HIP_FLEXOR_003 = p('003', 'Targeted stretching: hip flexors', 'kneel on one knee, push the hips forward, keep the core on so the back does not arch');
const HIP_FLEXOR_004 = p('004', 'Restore: band-distracted hip-flexor stretch', 'kneeling hip-flexor stretch with a band pulling the hip; hold 30 to 60 s');
const HIP_FLEXOR_DOSE = p('003', 'Targeted stretching (opening lines)', '003: static holds 20 to 30 s; 004 holds its kneeling flexor stretch 30 to 60 s');
const GLUTES_000 = p('000', 'Rolling the hips: 1, glutes and piriformis', 'sit on the roller, figure-four cross, lean to one hip, roll slowly, pause on tender spots');
const GLUTES_001 = p('001', 'How to foam roll your glutes', 'one buttock on the roller, ankle over the other knee, pause 20 to 30 s on a tender spot, 30 to 60 s a side');
const GLUTES_002 = p('002', 'Rolling the glutes and hips', 'sit on a roller or a lacrosse ball, cross the ankle to reach the piriformis, hold a tender spot 30 to 60 s');
const GLUTES_004 = p('004', 'Reset: glutes with a roller or lacrosse ball', 'figure-four on the roller or ball; with a ball, hold a tight spot 20 to 30 s');
const GLUTE_DOSE = p('001', 'How to foam roll your glutes, step 3', 'pause 20 to 30 s on a tender spot (004 the same with a ball; 002 says 30 to 60 s)');
const THORACIC_EXT_000 = p('000', 'Rolling the spine: 1, thoracic extension', 'roller under the mid-back, hands behind the head, ease back over it, keep off the lower back');
const THORACIC_002 = p('002', 'Upper back and lats', 'roller across the mid-back, no lower than the bottom of the ribs; support the head, hips a little up');
const THORACIC_WHY_002 = p('002', 'Upper back and lats', 'the thoracic spine is built to rotate; when it stiffens, the lower back twists and arches instead');
const CAT_COW_003 = LOW_BACK_003('cat-cow on all fours, arching and rounding with the breath');
const PELVIC_TILT_003 = LOW_BACK_003('on the back, knees bent: flatten the lower back by tilting the pelvis, then let go');
const NO_DOSE_MOBILITY = { none: '003 lists this as a mobility drill with no count or time; Limber moves slowly for the time its reps take.' };
const NINETY_004 = (move: string) => p('004', `Restore: 90/90 ${move}`, `seated in 90/90 (front and back leg at right angles): ${move}`);
const BIRD_DOG_003 = CORE_003('on all fours, reach the opposite arm and leg while the trunk stays still');
const DEAD_BUG_003 = CORE_003('on the back, lower the opposite arm and leg while the lower back stays down');
const PLANK_003 = CORE_003('front and side plank variations');
const NO_PLANK_TIME = { none: '003 gives sets and reps for its strength moves but no hold time for a plank; Limber keeps the hold inside the 20–30 s rebuild phase.' };
const ONE_SHORT_SET =
  'One short set of slow alternating reps (3 a side), not 003\'s 2–3 sets of 10–15: at a controlled 4 s a rep, 10 reps would take 40 s, over the 20–30 s rebuild phase of a 2–3 minute break (PRODUCT.md §3).';

export const SEED_BASIS: Readonly<Record<string, SeedBasis>> = {
  // ---- reset ---------------------------------------------------------------------------------
  'seated-360-breathing': { move: [BREATH_004, BREATHWORK_003, p('000', 'Breathing and rolling', 'deep, slow breaths help muscles let go')], dose: BREATH_DOSE_004 },
  'standing-breath-reach': { move: [BREATH_004, BREATHWORK_003], dose: BREATH_DOSE_004 },
  'seated-pelvic-tilts': { move: [PELVIC_TILT_003], dose: NO_DOSE_MOBILITY },
  'standing-pelvic-tilts': { move: [PELVIC_TILT_003], dose: NO_DOSE_MOBILITY },
  'lying-breathing-hip-lift': { move: [BREATH_004], dose: BREATH_DOSE_004 },
  'lying-pelvic-tilts': { move: [PELVIC_TILT_003], dose: NO_DOSE_MOBILITY },
  'seated-glute-ball-release': { move: [GLUTES_002, GLUTES_004, GLUTES_001], dose: GLUTE_DOSE },
  'glute-roller-release': { move: [GLUTES_000, GLUTES_001, GLUTES_002, GLUTES_004], dose: GLUTE_DOSE },
  'hip-flexor-roll': {
    move: [
      p('000', 'Rolling the hips: 2, hip flexor roll', 'roller just below the hip bone, on the forearms, short slow rolls, core on to spare the lower back'),
      p('004', 'Reset: foam rolling the hip flexors', 'roller just below the hip crease, roll over tight spots; tight hip flexors load the lower back'),
    ],
    dose: ROLL_PER_AREA_000,
    reshaped:
      '004 spends 1–2 minutes a side, which alone would fill a 2–3 minute routine; Limber takes 000\'s 30–90 s per area at its short end (30–40 s a side) as the reset that opens a routine.',
  },
  'adductor-roll': {
    move: [p('000', 'Rolling the hips: 3, adductors (inner thighs)', 'face down, one leg out to the side, roll slowly from the groin towards the knee; these muscles steady the hips')],
    dose: ROLL_PER_AREA_000,
    reshaped: '000 has the leg out straight to the side; Limber bends the knee out, which keeps the roller off the knee. 003 names the adductors but gives no roll, so it is not cited.',
  },
  'upper-back-roll': {
    move: [p('000', 'Rolling the spine: 2, upper back release', 'roller across the shoulder blades, arms hugged, roll between the neck and the mid-back'), THORACIC_002],
    dose: ROLL_PER_AREA_000,
  },
  'lat-roll': {
    move: [p('002', 'Upper back and lats', 'on the side, roller under the armpit and ribs, roll the side of the trunk, body turned a little back')],
    dose: ROLL_PER_AREA_000,
    reshaped: '002 gives no time for the lats; Limber uses 000\'s general 30–90 s per area.',
  },
  'ql-side-roll': {
    move: [p('001', 'Considerations for the lower back itself: the QL', 'on the side, roller just below the ribs, roll a few centimetres along the waist, off the ribs and spine')],
    dose: ROLL_PER_AREA_000,
    reshaped: '001 gives no time for this roll; Limber uses 000\'s general 30–90 s per area.',
  },
  'wall-ball-upper-back': {
    move: [
      p('000', 'Tools for rolling out', 'a massage or lacrosse ball suits targeted pressure between the shoulder blades'),
      p('000', 'Rolling the spine: 2, upper back release', 'release the muscles along the upper spine, arms hugged across the chest'),
    ],
    dose: ROLL_PER_AREA_000,
    reshaped: 'No seed describes a ball against a wall: Limber joins 000\'s ball between the shoulder blades to its upper-back release, standing, so it fits the desk.',
  },
  'sacrum-tilt': {
    move: [p('000', 'Rolling the spine: 3, lower back, gentle approach', 'not the lumbar spine: roller under the sacrum, hips tilted gently side to side')],
    dose: { none: '000 gives no count or time for the tilt; Limber rocks slowly for the reps below.' },
  },
  // ---- restore -------------------------------------------------------------------------------
  'seated-figure-four': {
    move: [p('003', 'Targeted stretching: glutes and piriformis', 'figure-four, lying or sitting in a chair: ankle over the opposite knee, lean forward')],
    dose: STATIC_003,
  },
  'standing-hip-flexor-stretch': { move: [HIP_FLEXOR_003, HIP_FLEXOR_004], dose: HIP_FLEXOR_DOSE },
  'half-kneeling-hip-flexor-stretch': { move: [HIP_FLEXOR_003, HIP_FLEXOR_004], dose: HIP_FLEXOR_DOSE },
  'leg-swings-front-back': { move: [DRILLS_003('leg swings while standing, forwards-backwards and sideways, as a hip warm-up')], dose: NO_DOSE_MOBILITY },
  'leg-swings-side': { move: [DRILLS_003('leg swings while standing, forwards-backwards and sideways, as a hip warm-up')], dose: NO_DOSE_MOBILITY },
  'standing-hip-circles': { move: [DRILLS_003('hip circles: large knee circles from all fours')], dose: NO_DOSE_MOBILITY },
  'all-fours-hip-circles': { move: [DRILLS_003('hip circles: large knee circles from all fours')], dose: NO_DOSE_MOBILITY },
  'chair-back-extension': {
    move: [THORACIC_EXT_000, THORACIC_002],
    dose: { none: 'Neither 000 nor 002 gives a count for the extension; Limber does a few slow ones over the chair back.' },
  },
  'roller-thoracic-extension': { move: [THORACIC_EXT_000, THORACIC_002], dose: ROLL_PER_AREA_000 },
  'seated-thoracic-rotation': {
    move: [THORACIC_WHY_002, LOW_BACK_003('supine spinal twist: knees bent, both knees fall to one side, shoulders down')],
    dose: { none: 'No seed gives a rotation drill or its dose; Limber does a few slow turns a side.' },
    reshaped: 'No seed describes a seated rotation: Limber turns 003\'s supine twist into a seated one and aims it at the mid-back, where 002 says rotation belongs.',
  },
  'standing-side-bend': { move: [SIDE_BEND_004], dose: SIDE_BEND_DOSE_004 },
  'seated-side-bend': { move: [SIDE_BEND_004], dose: SIDE_BEND_DOSE_004 },
  'half-kneeling-side-bend': { move: [SIDE_BEND_004], dose: SIDE_BEND_DOSE_004 },
  'desk-cat-cow': { move: [CAT_COW_003], dose: NO_DOSE_MOBILITY },
  'cat-cow': { move: [CAT_COW_003], dose: NO_DOSE_MOBILITY },
  'supine-spinal-twist': { move: [LOW_BACK_003('supine spinal twist: knees bent, both knees fall to one side, shoulders down')], dose: STATIC_003 },
  'knees-to-chest': { move: [LOW_BACK_003('on the back, draw both knees to the chest so the lower back rounds a little')], dose: STATIC_003 },
  'ninety-ninety-internal-rotation': {
    move: [NINETY_004('trail-leg internal rotation')],
    dose: p('004', 'Restore: 90/90 trail-leg internal rotation', 'hold 20 to 30 s, 2 or 3 sets a side'),
  },
  'ninety-ninety-pigeon': {
    move: [NINETY_004('pigeon, chest lowered over the front leg')],
    dose: p('004', 'Restore: 90/90 pigeon', 'hold 30 to 60 s, 2 or 3 sets a side'),
  },
  'couch-stretch': {
    move: [p('003', 'Targeted stretching: hip flexors', 'couch stretch: back foot up a wall or couch, other foot forward, lean back gently')],
    dose: STATIC_003,
  },
  'standing-hamstring-hinge': {
    move: [p('003', 'Targeted stretching: hamstrings', 'standing, heel on a low step, back straight, hinge at the hips')],
    dose: STATIC_003,
  },
  'band-hip-flexor-stretch': { move: [HIP_FLEXOR_004], dose: p('004', 'Restore: band-distracted hip-flexor stretch', 'hold 30 to 60 s, 2 or 3 sets a side') },
  // ---- rebuild -------------------------------------------------------------------------------
  'glute-bridge': {
    move: [GLUTE_STRENGTH_003('glute bridge: on the back, knees bent, lift the hips and squeeze the glutes'), BREATH_004],
    dose: STRENGTH_DOSE_003,
    reshaped: 'One set of 10, not 2–3 sets: the rebuild phase of a 2–3 minute break is 20–30 s (PRODUCT.md §3).',
  },
  'bird-dog': { move: [BIRD_DOG_003], dose: STRENGTH_DOSE_003, reshaped: ONE_SHORT_SET },
  'dead-bug': { move: [DEAD_BUG_003], dose: STRENGTH_DOSE_003, reshaped: ONE_SHORT_SET },
  'side-plank-knees': { move: [PLANK_003], dose: NO_PLANK_TIME },
  'clamshell-band': {
    move: [GLUTE_STRENGTH_003('clamshells on the side, feet together, top knee lifts; a band adds load')],
    dose: STRENGTH_DOSE_003,
    reshaped: 'One set a side, not 2–3: the rebuild phase is 20–30 s (PRODUCT.md §3).',
  },
  'band-lateral-walk': {
    move: [GLUTE_STRENGTH_003('band walks: band round the ankles or knees, small side steps')],
    dose: STRENGTH_DOSE_003,
    reshaped: 'One set, not 2–3: the rebuild phase is 20–30 s (PRODUCT.md §3).',
  },
  'bodyweight-hip-hinge': {
    move: [p('003', 'Strengthening: hamstring strengthening', 'Romanian deadlift with light weight or none: hinge at the hips, soft knees, straight back')],
    dose: STRENGTH_DOSE_003,
    reshaped: 'One set of 10, not 2–3 sets: the rebuild phase is 20–30 s (PRODUCT.md §3).',
  },
  'desk-incline-plank': { move: [PLANK_003], dose: NO_PLANK_TIME },
  'standing-bird-dog': { move: [BIRD_DOG_003], dose: STRENGTH_DOSE_003, reshaped: ONE_SHORT_SET },
  'seated-march': {
    move: [DEAD_BUG_003],
    dose: STRENGTH_DOSE_003,
    reshaped: 'One set of single-leg lifts (10–15), not 2–3 sets: the rebuild phase is 20–30 s (PRODUCT.md §3).',
  },
  // ---- added so each single position has moves of its own (docs/decisions/0052) -------------------
  'seated-side-tilts': {
    move: [
      p('000', 'Rolling the spine: 3, lower back, gentle approach', 'not the lumbar spine: roller under the sacrum, hips tilted gently side to side'),
      PELVIC_TILT_003,
    ],
    dose: { none: 'Neither 000 nor 003 counts its tilts; Limber rocks slowly for the reps below.' },
    reshaped: 'Both seeds tilt the pelvis lying down; Limber rolls the weight from one sitting bone to the other in a chair, with no roller, for people who stay seated.',
  },
  'standing-side-tilts': {
    move: [
      p('000', 'Rolling the spine: 3, lower back, gentle approach', 'not the lumbar spine: roller under the sacrum, hips tilted gently side to side'),
      PELVIC_TILT_003,
    ],
    dose: { none: 'Neither 000 nor 003 counts its tilts; Limber rocks slowly for the reps below.' },
    reshaped: 'Both seeds tilt the pelvis lying down; standing, the weight shifts from one leg to the other so the pelvis tips side to side, a short reset that fits a 2-minute routine.',
  },
  'desk-lean-breathing': {
    move: [BREATH_004, BREATHWORK_003],
    dose: BREATH_DOSE_004,
    reshaped: '004 breathes lying on the back; Limber leans on the desk so a standing user can breathe into the back ribs, and leaves out the hip lift.',
  },
  'lying-knee-rocks': {
    move: [
      LOW_BACK_003('supine spinal twist: knees bent, both knees fall to one side, shoulders down'),
      p('000', 'Rolling the spine: 3, lower back, gentle approach', 'not the lumbar spine: roller under the sacrum, hips tilted gently side to side'),
    ],
    dose: { none: 'No seed counts a rock of the knees; Limber rocks slowly for the reps below.' },
    reshaped: 'A small, rhythmic version of 003\'s twist, as a reset: the knees tip a little each way instead of resting on one side, and no roller is needed.',
  },
  'seated-hip-flexor-stretch': {
    move: [HIP_FLEXOR_003, HIP_FLEXOR_004],
    dose: HIP_FLEXOR_DOSE,
    reshaped: 'The seeds kneel; Limber takes the same hip position on the front corner of a chair, the back knee pointing down, for people who cannot kneel at work.',
  },
  'standing-figure-four': {
    move: [p('003', 'Targeted stretching: glutes and piriformis', 'figure-four, lying or sitting in a chair: ankle over the opposite knee, lean forward')],
    dose: STATIC_003,
    reshaped: '003 does it lying or in a chair; Limber does it standing, hands on the desk for balance, the hips sitting back as the chair would hold them.',
  },
  'standing-upper-back-extension': {
    move: [THORACIC_EXT_000, THORACIC_002],
    dose: { none: 'Neither 000 nor 002 gives a count for the extension; Limber does a few slow ones.' },
    reshaped: 'The seeds extend over a roller; standing, with the hands behind the head as in 000, the chest lifts instead, the ribs kept down so the lower back stays still.',
  },
  'standing-thoracic-rotation': {
    move: [THORACIC_WHY_002, LOW_BACK_003('supine spinal twist: knees bent, both knees fall to one side, shoulders down')],
    dose: { none: 'No seed gives a rotation drill or its dose; Limber does a few slow turns a side.' },
    reshaped: 'As the seated rotation: 003\'s twist turned upright and aimed at the mid-back, where 002 says rotation belongs, with the hips and feet still.',
  },
  'seated-knee-press': {
    move: [GLUTE_STRENGTH_003('clamshells on the side, feet together, top knee lifts; a band adds load')],
    dose: STRENGTH_DOSE_003,
    reshaped: 'The clamshell\'s outward knee push done in a chair against the hands, as 4–6 five-second presses: fewer than 003\'s 10–15 reps, to fit a 20–30 s rebuild phase (PRODUCT.md §3).',
  },
  'seated-hip-hinge': {
    move: [p('003', 'Strengthening: hamstring strengthening', 'Romanian deadlift with light weight or none: hinge at the hips, soft knees, straight back')],
    dose: STRENGTH_DOSE_003,
    reshaped: 'The hinge done sitting, arms across the chest, and one set of 10, not 2–3: the rebuild phase is 20–30 s (PRODUCT.md §3).',
  },
  'floor-glute-ball-release': { move: [GLUTES_004, GLUTES_002, GLUTES_001], dose: GLUTE_DOSE },
  'floor-adductor-ball': {
    move: [p('000', 'Rolling the hips: 3, adductors (inner thighs)', 'face down, one leg out to the side, a roller or a ball under the inner thigh, slowly from groin towards knee')],
    dose: ROLL_PER_AREA_000,
    reshaped: '000 has the leg out straight; Limber bends the knee out, as in its roller version, which keeps the ball away from the knee.',
  },
  'wall-glute-ball': {
    move: [GLUTES_004, GLUTES_002, GLUTES_001],
    dose: GLUTE_DOSE,
    reshaped: 'The seeds sit on the ball; Limber traps it against a wall for people who stand, with no ankle crossed (a standing figure-four would be unsteady).',
  },
  'chair-back-ball': {
    move: [
      p('000', 'Tools for rolling out', 'a massage or lacrosse ball suits targeted pressure between the shoulder blades'),
      p('000', 'Rolling the spine: 2, upper back release', 'release the muscles along the upper spine, arms hugged across the chest'),
    ],
    dose: ROLL_PER_AREA_000,
    reshaped: 'No seed puts the ball against a chair: Limber uses a high backrest as the wall of the standing version, so a seated user can reach the upper back.',
  },
  'band-hamstring-stretch': {
    move: [p('003', 'Targeted stretching: hamstrings', 'on the back, a strap or towel round one foot, the leg raised straight, pulled in gently')],
    dose: STATIC_003,
    reshaped: '003 uses a strap or a towel; the band does the same job.',
  },
  'band-glute-bridge': {
    move: [
      GLUTE_STRENGTH_003('glute bridge: on the back, knees bent, lift the hips and squeeze the glutes'),
      GLUTE_STRENGTH_003('clamshells on the side, feet together, top knee lifts; a band adds load'),
    ],
    dose: STRENGTH_DOSE_003,
    reshaped: 'One set of 10, not 2–3, to fit the 20–30 s rebuild phase (PRODUCT.md §3); the band above the knees is the load 003 adds to clamshells.',
  },
  'band-side-leg-lift': {
    move: [
      GLUTE_STRENGTH_003('clamshells on the side, feet together, top knee lifts; a band adds load'),
      GLUTE_STRENGTH_003('band walks: band round the ankles or knees, small side steps'),
    ],
    dose: STRENGTH_DOSE_003,
    reshaped: 'No seed lifts one leg out standing: Limber takes the band round the ankles of 003\'s band walks for a side lift at the desk, one set a side.',
  },
  // ---- a second short seated upper-back move (docs/decisions/0073) ---------------------------------
  'seated-upper-back-extension': {
    move: [THORACIC_EXT_000, THORACIC_002],
    dose: { none: 'Neither 000 nor 002 gives a count for the extension; Limber does a few slow ones.' },
    reshaped: 'As the standing extension, on a chair: sitting forward, clear of its back, hands behind the head as in 000, the chest lifts with the ribs kept down, for a chair whose back is too low, too high or too soft to lean over.',
  },
  // ---- a third short seated reset and rebuild (docs/decisions/0074) ---------------------------------
  'seated-knee-sways': {
    move: [
      LOW_BACK_003('supine spinal twist: knees bent, both knees fall to one side, shoulders down'),
      p('000', 'Rolling the spine: 3, lower back, gentle approach', 'not the lumbar spine: roller under the sacrum, hips tilted gently side to side'),
    ],
    dose: { none: 'No seed counts a sway of the knees; Limber sways slowly, 5 s to one side and the other and back, for the reps below.' },
    reshaped: 'The lying knee rocks done in a chair: the feet stay flat and the chest faces forward while both knees sway a little each way, so the hips turn under a still trunk as in 003\'s twist.',
  },
  'seated-bird-dog': { move: [BIRD_DOG_003], dose: STRENGTH_DOSE_003, reshaped: ONE_SHORT_SET },
};

export function seedBasisOf(id: string): SeedBasis | undefined {
  return SEED_BASIS[id];
}
