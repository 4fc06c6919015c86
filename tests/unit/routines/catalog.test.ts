import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNED_EQUIPMENT, POSITIONS } from '../../../common/preferences';
import {
  BONES,
  boneName,
  type ContactArea,
  FLOOR_Y,
  HEAD_RADIUS,
  JOINT_NAMES,
  mirrorPose,
  PHASES,
  POSE_CANVAS,
  type Equipment,
  type Pose,
} from '../../../common/routine';
import { CATALOG } from '../../../main/core/routines/catalog';
import {
  CUE_LIMITS,
  defaultSeconds,
  mentionsLumbarPressure,
  MIDLINE_CONTACT_AREAS,
  needsOnlyChairOrNothing,
  propTouchesLumbarBand,
  secondsRange,
} from '../../../main/core/routines/catalogRules';
import { GIRDLE, LIMB_LENGTHS } from '../../../main/core/routines/poseKit';
import { SEED_FILES } from '../../../main/core/routines/seedSources';
import {
  committedFingerprint,
  currentFingerprint,
  fingerprintFromSeeds,
  SEED_DIR,
  seedsPresent,
  shinglesOf,
  words,
} from '../../support/seedFingerprint';

const EQUIPMENT: readonly Equipment[] = ['chair', 'desk', 'wall', ...OWNED_EQUIPMENT];
/**
 * Where a roller or ball must never press, written here from CONTENT.md and seeds 000-003 (never
 * the lumbar spine, never joints or bones), not imported from catalogRules.ts: the test must not
 * take its forbidden list from the code it checks.
 */
const NEVER_PRESS: readonly ContactArea[] = ['lumbarSpine', 'jointOrBone'];
const each = CATALOG.map((ex) => [ex.id, ex] as const);

describe('catalog shape', () => {
  it('has at least 30 exercises with unique kebab-case ids', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(30);
    const ids = CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('has every phase, and at least 12 chair-or-nothing seated/standing moves across all phases', () => {
    const desk = CATALOG.filter(needsOnlyChairOrNothing);
    expect(desk.length).toBeGreaterThanOrEqual(12);
    for (const phase of PHASES) {
      expect(CATALOG.some((e) => e.phase === phase)).toBe(true);
      expect(desk.some((e) => e.phase === phase)).toBe(true);
    }
  });

  it('covers the candidate exercises of CONTENT.md', () => {
    const candidates: Record<string, string[]> = {
      '360° diaphragmatic breathing': ['seated-360-breathing', 'lying-breathing-hip-lift'],
      'seated figure-four': ['seated-figure-four'],
      'standing / half-kneeling hip-flexor stretch': ['standing-hip-flexor-stretch', 'half-kneeling-hip-flexor-stretch'],
      'leg swings': ['leg-swings-front-back', 'leg-swings-side'],
      'hip circles': ['all-fours-hip-circles', 'standing-hip-circles'],
      'thoracic extension': ['chair-back-extension', 'roller-thoracic-extension'],
      'thoracic rotation': ['seated-thoracic-rotation'],
      'side bend': ['standing-side-bend', 'half-kneeling-side-bend'],
      'cat-cow': ['cat-cow', 'desk-cat-cow'],
      'pelvic tilts': ['lying-pelvic-tilts', 'seated-pelvic-tilts'],
      'supine twist, knees to chest': ['supine-spinal-twist', 'knees-to-chest'],
      '90/90': ['ninety-ninety-internal-rotation', 'ninety-ninety-pigeon'],
      'couch stretch': ['couch-stretch'],
      'glute / piriformis release': ['glute-roller-release', 'seated-glute-ball-release'],
      'hip-flexor roll, adductor roll': ['hip-flexor-roll', 'adductor-roll'],
      'upper-back, lats, QL roll': ['upper-back-roll', 'lat-roll', 'ql-side-roll'],
      'ball between the shoulder blades': ['wall-ball-upper-back'],
      'sacrum tilt': ['sacrum-tilt'],
      'glute bridge': ['glute-bridge'],
      'bird-dog, dead bug, side plank': ['bird-dog', 'dead-bug', 'side-plank-knees'],
      'clamshells, band walks': ['clamshell-band', 'band-lateral-walk'],
      'bodyweight hip hinge': ['bodyweight-hip-hinge'],
    };
    const ids = new Set(CATALOG.map((e) => e.id));
    for (const [candidate, expected] of Object.entries(candidates)) {
      for (const id of expected) expect(ids.has(id), `${candidate}: ${id}`).toBe(true);
    }
  });
});

describe.each(each)('%s', (_id, ex) => {
  it('has every field in range', () => {
    expect(ex.name.trim().length).toBeGreaterThan(2);
    expect(ex.name.length).toBeLessThanOrEqual(40);
    expect(ex.positions.length).toBeGreaterThan(0);
    for (const p of ex.positions) expect(POSITIONS).toContain(p);
    for (const e of ex.equipment) expect(EQUIPMENT).toContain(e);
    expect(new Set(ex.equipment).size).toBe(ex.equipment.length);
    expect(['hips', 'thoracic', 'both', 'core', 'lowerBack']).toContain(ex.focus);
    expect(PHASES).toContain(ex.phase);
    expect(['bilateral', 'unilateral']).toContain(ex.sidedness);
    if (ex.positions.includes('seated')) expect(ex.equipment).toContain('chair');
  });

  it('has a sensible default duration and range', () => {
    const d = ex.dosage;
    if (d.kind === 'hold') {
      expect(d.minSeconds).toBeLessThanOrEqual(d.seconds);
      expect(d.seconds).toBeLessThanOrEqual(d.maxSeconds);
      for (const s of [d.minSeconds, d.seconds, d.maxSeconds]) expect(s % 5).toBe(0);
      expect(d.minSeconds).toBeGreaterThanOrEqual(10);
      expect(d.maxSeconds).toBeLessThanOrEqual(60);
      // Static stretches hold 20–30 s at least (003); rolling pauses 20 s or more (003, 004).
      if (ex.phase === 'restore' || ex.contactAreas) expect(d.minSeconds).toBeGreaterThanOrEqual(20);
    } else {
      expect(Number.isInteger(d.reps) && Number.isInteger(d.minReps) && Number.isInteger(d.maxReps)).toBe(true);
      expect(d.minReps).toBeGreaterThanOrEqual(1);
      expect(d.minReps).toBeLessThanOrEqual(d.reps);
      expect(d.reps).toBeLessThanOrEqual(d.maxReps);
      expect(d.secondsPerRep).toBeGreaterThanOrEqual(2);
      expect(d.secondsPerRep).toBeLessThanOrEqual(8);
    }
    const [min, max] = secondsRange(d);
    const sides = ex.sidedness === 'unilateral' ? 2 : 1;
    // PRODUCT.md §3: reset 20–40 s, rebuild 20–30 s (per side for one-sided moves, at most 30 s).
    if (ex.phase === 'reset') expect([min * sides >= 20, defaultSeconds(d) <= 40]).toEqual([true, true]);
    if (ex.phase === 'rebuild') expect([min * sides >= 20, max <= 30]).toEqual([true, true]);
    expect(max).toBeLessThanOrEqual(60);
  });

  it('has 3–5 short cues, a breathing cue, a one-line why and tidy text', () => {
    expect(ex.cues.length).toBeGreaterThanOrEqual(CUE_LIMITS.min);
    expect(ex.cues.length).toBeLessThanOrEqual(CUE_LIMITS.max);
    for (const cue of ex.cues) {
      expect(cue.length, cue).toBeLessThanOrEqual(CUE_LIMITS.maxLength);
      expect(cue, 'starts with a capital, ends with a full stop').toMatch(/^[A-Z].*\.$/);
      expect(cue, 'second person, not first').not.toMatch(/\b(I|we|my|our)\b/);
      expect(cue.split(/[.!?]\s/).length, 'one sentence').toBe(1);
    }
    for (const text of [ex.breathing, ex.why]) {
      expect(text.length).toBeGreaterThan(10);
      expect(text.length).toBeLessThanOrEqual(110);
      expect(text).toMatch(/^[A-Z].*\.$/);
    }
    expect(ex.why.split(/[.!?]\s/).length, 'why is one line').toBe(1);
    if (ex.safety !== undefined) expect(ex.safety.length).toBeLessThanOrEqual(160);
    if (ex.adaptedFrom !== undefined) expect(ex.adaptedFrom).toMatch(/\(\d{3}(, \d{3})*\)/);
  });

  it('cites real seed files', () => {
    expect(ex.sources.length).toBeGreaterThan(0);
    expect(new Set(ex.sources).size).toBe(ex.sources.length);
    for (const s of ex.sources) expect(SEED_FILES).toContain(s);
  });

  it('never rolls or presses on the lumbar spine', () => {
    const usesTool = ex.equipment.includes('foamRoller') || ex.equipment.includes('massageBall');
    const pressesWithTool = usesTool && ex.phase === 'reset';
    if (pressesWithTool || ex.contactAreas) expect(ex.contactAreas?.length ?? 0).toBeGreaterThan(0);
    for (const area of ex.contactAreas ?? []) expect(NEVER_PRESS).not.toContain(area);
    for (const text of [...ex.cues, ex.breathing, ex.why, ex.safety ?? '']) {
      expect(mentionsLumbarPressure(text), text).toBe(false);
    }
    if ((ex.contactAreas ?? []).some((a) => MIDLINE_CONTACT_AREAS.includes(a))) {
      for (const pose of ex.poses) expect(propTouchesLumbarBand(pose), pose.label).toBe(false);
    }
    // Every roller/ball move says where to stay away from.
    if (usesTool) expect(ex.safety ?? '').not.toBe('');
  });

  it('has 2–4 valid key poses', () => {
    expect(ex.poses.length).toBeGreaterThanOrEqual(2);
    expect(ex.poses.length).toBeLessThanOrEqual(4);
    for (const pose of ex.poses) checkPose(pose);
    checkConsistentLimbs(ex.poses);
    // Props are the same kinds in the same order in every pose, so they can be interpolated.
    const kinds = ex.poses.map((p) => p.props.map((q) => q.kind).join(','));
    expect(new Set(kinds).size).toBe(1);
    // The props match the equipment: a roller move shows a roller, and so on.
    const shown = new Set(ex.poses[0]!.props.map((p) => p.kind));
    const expectsProp: Partial<Record<Equipment, string>> = {
      foamRoller: 'roller',
      massageBall: 'ball',
      band: 'band',
      wall: 'wall',
      desk: 'desk',
    };
    for (const [equipment, kind] of Object.entries(expectsProp)) {
      expect(shown.has(kind as never), `${equipment} ⇔ ${kind}`).toBe(ex.equipment.includes(equipment as Equipment));
    }
    if (ex.positions[0] === 'seated') expect(shown.has('chair')).toBe(true);
  });

  it('mirrors to a valid pose for the other side', () => {
    for (const pose of ex.poses) {
      const m = mirrorPose(pose);
      checkPose(m);
      expect(roundPose(mirrorPose(m))).toEqual(roundPose(pose));
    }
  });
});

/** Mirroring twice is the identity, up to floating-point noise. */
const roundPose = (pose: Pose) => JSON.parse(JSON.stringify(pose, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v)));

function checkPose(pose: Pose) {
  const { width, height } = POSE_CANVAS;
  for (const name of JOINT_NAMES) {
    const p = pose.joints[name];
    expect(p, name).toBeDefined();
    expect(Number.isFinite(p.x) && Number.isFinite(p.y), name).toBe(true);
    expect(p.x, `${pose.label}: ${name}.x`).toBeGreaterThanOrEqual(0);
    expect(p.x, `${pose.label}: ${name}.x`).toBeLessThanOrEqual(width);
    expect(p.y, `${pose.label}: ${name}.y`).toBeGreaterThanOrEqual(0);
    // Nothing sinks into the floor.
    expect(p.y, `${pose.label}: ${name} below the floor`).toBeLessThanOrEqual(FLOOR_Y + 1);
  }
  const head = pose.joints.head;
  expect(head.y - HEAD_RADIUS).toBeGreaterThanOrEqual(0);
  expect(head.y + HEAD_RADIUS, `${pose.label}: head through the floor`).toBeLessThanOrEqual(FLOOR_Y + 0.5);
  expect(head.x - HEAD_RADIUS).toBeGreaterThanOrEqual(0);
  expect(head.x + HEAD_RADIUS).toBeLessThanOrEqual(width);
  // Something rests on the floor (feet, knees, hands, back or a chair standing on it). Seen
  // from above (a 3-D pose looked at from a height), the floor is not a line: the
  // plausibility test checks the model's height instead.
  if (pose.model && pose.model.camera.pitch !== 0) return;
  const lowest = Math.max(head.y + HEAD_RADIUS, ...JOINT_NAMES.map((n) => pose.joints[n].y));
  expect(FLOOR_Y - lowest, `${pose.label}: floating`).toBeLessThanOrEqual(3.5);
  // The girdle stays within the figure's width.
  for (const [a, b] of BONES) {
    const len = Math.hypot(pose.joints[a].x - pose.joints[b].x, pose.joints[a].y - pose.joints[b].y);
    if (LIMB_LENGTHS[boneName([a, b] as never)] === undefined) {
      expect(len).toBeLessThanOrEqual(GIRDLE.shoulderHalf + GIRDLE.shoulderDrop + 0.5);
    }
  }
  for (const prop of pose.props) {
    if (prop.kind === 'roller' || prop.kind === 'ball') {
      expect(prop.x - prop.r).toBeGreaterThanOrEqual(0);
      expect(prop.x + prop.r).toBeLessThanOrEqual(width);
      expect(prop.y + prop.r, 'rests on the floor').toBeLessThanOrEqual(FLOOR_Y + 0.5);
    }
    if (prop.kind === 'chair' || prop.kind === 'desk') {
      expect(prop.y).toBeGreaterThan(0);
      expect(prop.y).toBeLessThan(FLOOR_Y);
    }
    if (prop.kind === 'wall') expect(prop.x >= 0 && prop.x <= width).toBe(true);
  }
  expect(height).toBe(100);
}

/** Limbs keep their length: exact where drawn full length, never longer where foreshortened. */
function checkConsistentLimbs(poses: readonly Pose[]) {
  const TOLERANCE = 0.04;
  for (const [bone, nominal] of Object.entries(LIMB_LENGTHS) as [string, number][]) {
    const [a, b] = bone.split('-') as [(typeof JOINT_NAMES)[number], (typeof JOINT_NAMES)[number]];
    const lengths: number[] = [];
    for (const pose of poses) {
      const len = Math.hypot(pose.joints[a].x - pose.joints[b].x, pose.joints[a].y - pose.joints[b].y);
      if ((pose.foreshortened as readonly string[]).includes(bone)) {
        expect(len, `${pose.label}: ${bone} foreshortened`).toBeLessThanOrEqual(nominal * (1 + TOLERANCE));
      } else {
        expect(Math.abs(len - nominal) / nominal, `${pose.label}: ${bone} is ${len.toFixed(1)}, not ${nominal}`).toBeLessThanOrEqual(
          TOLERANCE,
        );
        lengths.push(len);
      }
    }
    if (lengths.length > 1) expect((Math.max(...lengths) - Math.min(...lengths)) / nominal).toBeLessThanOrEqual(TOLERANCE);
  }
}

describe('sources', () => {
  // Where ../shared/seeds is absent (a plain clone), the committed fingerprint stands in for it.
  const seeds = currentFingerprint();
  if (seeds.from === 'fingerprint')
    console.info('Seed articles not beside the repo: source checks use tests/fixtures/seeds/fingerprint.json.');

  it('lists exactly the seed files that exist beside the repo', () => {
    expect([...SEED_FILES].sort()).toEqual(seeds.value.files);
  });

  it.runIf(seedsPresent())('has a committed seed fingerprint in step with the seeds (npx tsx scripts/generateSeedFingerprint.ts)', () => {
    expect(committedFingerprint()).toEqual(fingerprintFromSeeds());
  });

  it('cites every seed at least once', () => {
    const cited = new Set(CATALOG.flatMap((e) => e.sources));
    for (const seed of SEED_FILES) expect(cited.has(seed), seed).toBe(true);
  });

  it('carries facts, not sentences: no run of 7 words copied from a seed', () => {
    const shingles = new Set(seeds.value.shingles);
    const copied: string[] = [];
    for (const ex of CATALOG) {
      for (const text of [ex.name, ...ex.cues, ex.breathing, ex.why, ex.safety ?? '', ex.adaptedFrom ?? '']) {
        if (shinglesOf(text).some((s) => shingles.has(s))) copied.push(`${ex.id}: "${text}"`);
      }
    }
    expect([...new Set(copied)]).toEqual([]);
  });

  it.runIf(seedsPresent())('would catch a sentence copied from a seed, also through the committed fingerprint', () => {
    const run = words(readFileSync(path.join(SEED_DIR, SEED_FILES[0]!), 'utf8'))
      .slice(100, 107)
      .join(' ');
    const committed = new Set(committedFingerprint().shingles);
    expect(shinglesOf(`Keep it easy: ${run}.`).some((h) => committed.has(h))).toBe(true);
  });
});

describe('lumbar rules themselves', () => {
  it('flag rolling the lower back and allow guarded cues', () => {
    expect(mentionsLumbarPressure('Roll slowly up and down your lower back.')).toBe(true);
    expect(mentionsLumbarPressure('Place the ball under your lumbar spine.')).toBe(true);
    expect(mentionsLumbarPressure('Keep the roller above your lower back.')).toBe(false);
    expect(mentionsLumbarPressure('Press your lower back gently towards the floor.')).toBe(false);
  });

  it('see a roller drawn under the lumbar band', () => {
    const pose = CATALOG.find((e) => e.id === 'upper-back-roll')!.poses[0]!;
    const { pelvis, neck } = pose.joints;
    const lumbar = {
      x: pelvis.x + (neck.x - pelvis.x) * 0.25,
      y: pelvis.y + (neck.y - pelvis.y) * 0.25 + 5,
    };
    const moved: Pose = {
      ...pose,
      props: [{ kind: 'roller', x: lumbar.x, y: lumbar.y, r: 4 }],
    };
    expect(propTouchesLumbarBand(moved)).toBe(true);
    expect(propTouchesLumbarBand(pose)).toBe(false);
  });
});
