/**
 * Physical plausibility of every pose of every exercise, on both sides, measured on what the
 * renderer draws (poseShapes: the bone lines, the trunk curve, the head circle) and on the
 * frame it draws them in (sceneViewBox), sampled through the motion the player plays.
 *
 * The expectations (where the hands rest, where a roller presses, which desk stands in front)
 * are this file's own table, written from the exercises' cues, not read from the catalog code.
 */
import { describe, expect, it } from 'vitest';
import { FLOOR_Y, project, type Exercise, type JointName, type Point, type Pose, type Prop } from '../../../common/routine';
import { CATALOG } from '../../../main/core/routines/catalog';
import { poseShapes, sceneViewBox, type Shape } from '../../../renderer/src/figure/geometry';
import { motionFor, poseAt, posesForSide } from '../../../renderer/src/figure/motion';

// ---- the independent table ------------------------------------------------------------------

/** A stretch of the body: the drawn trunk (pelvis 0 → neck 1) or one limb bone, from t0 to t1. */
/** `rightFlank`: the side of the body lying on the floor, from the right hip (0) to the right shoulder (1). */
type Spot = {
  readonly on: 'trunk' | 'rightThigh' | 'leftThigh' | 'rightFlank' | 'leftFlank';
  readonly t: readonly [number, number];
};
type Hands = 'desk' | 'seat' | 'floor' | 'thighs' | 'hips' | 'head';
interface Expectation {
  /** Where the hands are, in every key pose (`only` lists the poses, when not all). */
  readonly hands?: {
    readonly at: Hands;
    readonly which?: 'both' | 'right' | 'left';
    readonly only?: readonly number[];
  };
  /** Sitting on the chair's seat in every pose. */
  readonly seated?: true;
  /** Where the roller or ball touches the body (side authored: right). */
  readonly contact?: Spot;
  /** A desk the figure faces, so no part of the body may be inside it (not one beside it in depth). */
  readonly deskInFront?: true;
}

const UPPER_BACK: Spot = { on: 'trunk', t: [0.4, 1] };
const T: Record<string, Expectation> = {
  'seated-360-breathing': { seated: true },
  'standing-breath-reach': {},
  'seated-pelvic-tilts': { seated: true, hands: { at: 'thighs' } },
  'standing-pelvic-tilts': { hands: { at: 'hips' } },
  'lying-breathing-hip-lift': {},
  'lying-pelvic-tilts': {},
  'seated-glute-ball-release': {
    seated: true,
    contact: { on: 'rightThigh', t: [0, 0.3] },
  },
  'glute-roller-release': {
    hands: { at: 'floor' },
    contact: { on: 'trunk', t: [-0.15, 0.15] },
  },
  'hip-flexor-roll': { contact: { on: 'rightThigh', t: [0, 0.35] } },
  'adductor-roll': { contact: { on: 'rightThigh', t: [0.3, 0.95] } },
  'upper-back-roll': { contact: UPPER_BACK },
  'lat-roll': { contact: { on: 'rightFlank', t: [0.75, 1.05] } },
  'ql-side-roll': { contact: { on: 'rightFlank', t: [0.15, 0.6] } },
  'wall-ball-upper-back': { contact: UPPER_BACK },
  'sacrum-tilt': { contact: { on: 'trunk', t: [-0.15, 0.15] } },
  'seated-figure-four': { seated: true },
  'standing-hip-flexor-stretch': { hands: { at: 'hips' } },
  'half-kneeling-hip-flexor-stretch': {},
  'leg-swings-front-back': { hands: { at: 'desk', which: 'left' } },
  'leg-swings-side': { hands: { at: 'desk' } },
  'standing-hip-circles': { hands: { at: 'desk', which: 'left' } },
  'all-fours-hip-circles': { hands: { at: 'floor' } },
  'chair-back-extension': { seated: true, hands: { at: 'head' } },
  'roller-thoracic-extension': { hands: { at: 'head' }, contact: UPPER_BACK },
  'seated-thoracic-rotation': { seated: true },
  'standing-side-bend': {},
  'seated-side-bend': { seated: true },
  'half-kneeling-side-bend': {},
  'desk-cat-cow': { hands: { at: 'desk' }, deskInFront: true },
  'cat-cow': { hands: { at: 'floor' } },
  'supine-spinal-twist': {},
  'knees-to-chest': {},
  'ninety-ninety-internal-rotation': {},
  'ninety-ninety-pigeon': {},
  'couch-stretch': {},
  'standing-hamstring-hinge': { hands: { at: 'thighs' } },
  'band-hip-flexor-stretch': {},
  'glute-bridge': {},
  'bird-dog': { hands: { at: 'floor', which: 'left', only: [1] } },
  'dead-bug': {},
  'side-plank-knees': {},
  'clamshell-band': {},
  'band-lateral-walk': {},
  'bodyweight-hip-hinge': { hands: { at: 'thighs' } },
  'desk-incline-plank': { hands: { at: 'desk' }, deskInFront: true },
  'standing-bird-dog': {
    hands: { at: 'desk', which: 'left', only: [1] },
    deskInFront: true,
  },
  'seated-march': { seated: true, hands: { at: 'seat' } },
  // Moves added for variety per position (issue 14), from their cues.
  'seated-side-tilts': { seated: true, hands: { at: 'thighs' } },
  'desk-lean-breathing': { hands: { at: 'desk' }, deskInFront: true },
  'lying-knee-rocks': {},
  'seated-knee-press': { seated: true, hands: { at: 'thighs' } },
  'seated-hip-hinge': { seated: true },
  'seated-hip-flexor-stretch': { seated: true, hands: { at: 'thighs' } },
  'standing-figure-four': { hands: { at: 'desk' }, deskInFront: true },
  'standing-upper-back-extension': { hands: { at: 'head' } },
  'standing-thoracic-rotation': {},
  'floor-glute-ball-release': { hands: { at: 'floor' }, contact: { on: 'trunk', t: [-0.15, 0.15] } },
  'floor-adductor-ball': { contact: { on: 'rightThigh', t: [0.3, 0.95] } },
  'wall-glute-ball': { contact: { on: 'trunk', t: [-0.15, 0.15] } },
  'chair-back-ball': { seated: true, contact: UPPER_BACK },
  'band-hamstring-stretch': {},
  'band-glute-bridge': {},
  'band-side-leg-lift': { hands: { at: 'desk' } },
  'standing-side-tilts': { hands: { at: 'hips' } },
  // 'Cup the back of your head in your hands', on the seat.
  'seated-upper-back-extension': { seated: true, hands: { at: 'head' } },
  // 'Hold the sides of the seat.'
  'seated-knee-sways': { seated: true, hands: { at: 'seat' } },
  // 'hands on the seat', then one reaches forward: the left stays down while the right reaches.
  'seated-bird-dog': { seated: true, hands: { at: 'seat', which: 'left', only: [0, 1, 2] } },
};

/** Bone lengths of the figure, in canvas units (this test's own copy). */
const LENGTH: Record<string, number> = {
  head: 7,
  torso: 26,
  upperArm: 14,
  forearm: 13,
  thigh: 20,
  shin: 20,
  foot: 6,
};
const LIMBS: readonly (readonly [JointName, JointName, string])[] = [
  ['neck', 'head', 'head'],
  ['pelvis', 'neck', 'torso'],
  ...(['left', 'right'] as const).flatMap(
    (s) =>
      [
        [`${s}Shoulder`, `${s}Elbow`, 'upperArm'],
        [`${s}Elbow`, `${s}Hand`, 'forearm'],
        [`${s}Hip`, `${s}Knee`, 'thigh'],
        [`${s}Knee`, `${s}Ankle`, 'shin'],
        [`${s}Ankle`, `${s}Toe`, 'foot'],
      ] as const,
  ),
];

// ---- what the renderer draws ----------------------------------------------------------------

interface Drawn {
  readonly joints: Record<JointName, Point>;
  readonly trunk: Point[];
  readonly head: { cx: number; cy: number; r: number };
  /** Points along every drawn bone and the trunk. */
  readonly body: Point[];
}

const lerp = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});
const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function drawn(pose: Pose, nearSide: 'left' | 'right'): Drawn {
  const shapes = poseShapes(pose, nearSide);
  const joints = {} as Record<JointName, Point>;
  const body: Point[] = [];
  let trunk: Point[] = [];
  for (const s of shapes as Shape[]) {
    if (s.layer === 'prop' || s.layer === 'floor') continue;
    if (s.type === 'line') {
      const [a, b] = s.key.split('-') as [JointName, JointName];
      joints[a] = { x: s.x1, y: s.y1 };
      joints[b] = { x: s.x2, y: s.y2 };
      for (let i = 0; i <= 8; i++) body.push(lerp(joints[a], joints[b], i / 8));
    } else if (s.type === 'path' && s.key === 'neck-pelvis') {
      // The trunk is drawn as one cubic: M p0 C p1 p2 p3.
      const n = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const [p0, p1, p2, p3] = [0, 2, 4, 6].map((i) => ({
        x: n[i]!,
        y: n[i + 1]!,
      }));
      trunk = Array.from({ length: 21 }, (_, i) => {
        const t = i / 20;
        const u = 1 - t;
        const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        return {
          x: w[0]! * p0!.x + w[1]! * p1!.x + w[2]! * p2!.x + w[3]! * p3!.x,
          y: w[0]! * p0!.y + w[1]! * p1!.y + w[2]! * p2!.y + w[3]! * p3!.y,
        };
      });
      body.push(...trunk);
      joints.pelvis = p0!;
      joints.neck = p3!;
    }
  }
  const h = shapes.find((s) => s.key === 'head')!;
  if (h.type !== 'circle') throw new Error('head is a circle');
  return { joints, trunk, head: { cx: h.cx, cy: h.cy, r: h.r }, body };
}

/** Points of one spot of the drawn body (the trunk's t runs past its ends onto the pelvis and neck). */
function spotPoints(d: Drawn, spot: Spot): Point[] {
  const [t0, t1] = spot.t;
  const at = (t: number): Point => {
    if (spot.on === 'trunk') {
      if (t <= 0) return lerp(d.trunk[0]!, d.trunk[1]!, t * 20);
      if (t >= 1) return lerp(d.trunk[19]!, d.trunk[20]!, 1 + (t - 1) * 20);
      const i = Math.min(19, Math.floor(t * 20));
      return lerp(d.trunk[i]!, d.trunk[i + 1]!, t * 20 - i);
    }
    const side = spot.on.startsWith('left') ? 'left' : 'right';
    const [a, b] = spot.on.endsWith('Thigh') ? ([`${side}Hip`, `${side}Knee`] as const) : ([`${side}Hip`, `${side}Shoulder`] as const);
    return lerp(d.joints[a], d.joints[b], t);
  };
  return Array.from({ length: 11 }, (_, i) => at(t0 + ((t1 - t0) * i) / 10));
}

const mirrorSpot = (spot: Spot): Spot => ({
  ...spot,
  on: spot.on
    .replace(/^right/, 'LEFT')
    .replace(/^left/, 'right')
    .replace(/^LEFT/, 'left') as Spot['on'],
});

/** Distance from a point to a roller or ball's outline (negative inside). */
function toProp(p: Point, prop: Prop & { kind: 'roller' | 'ball' }): number {
  const half = prop.kind === 'roller' && prop.length !== undefined ? prop.length / 2 : 0;
  const cx = Math.max(prop.x - half, Math.min(prop.x + half, p.x));
  return Math.hypot(p.x - cx, p.y - prop.y) - prop.r;
}

// ---- the checks -------------------------------------------------------------------------------

const sides = (ex: Exercise) => (ex.sidedness === 'unilateral' ? (['right', 'left'] as const) : (['none'] as const));

describe.each(CATALOG.map((ex) => [ex.id, ex] as const))('%s', (id, ex) => {
  const expectation = T[id];

  it('is in the table', () => {
    expect(expectation, `add ${id} to the plausibility table`).toBeDefined();
  });

  for (const side of sides(ex)) {
    const poses = posesForSide(ex, side);
    const near = side === 'left' ? 'left' : 'right';
    const mirrored = side === 'left';

    it(`${side}: nothing below the floor`, () => {
      // Mutation caught: ANKLE_Y = FLOOR_Y + 2, or a 3-D model's pelvis lowered through the floor.
      for (const pose of poses) {
        if (pose.model) {
          for (const [name, p] of Object.entries(pose.model.joints)) {
            expect(p.y, `${pose.label}: ${name} below the floor`).toBeLessThanOrEqual(FLOOR_Y + 1);
            const q = project(p, pose.model.camera);
            // The drawing is the model seen by its camera (mutation: a camera's yaw changed in the kit only).
            expect(dist(q, drawn(pose, near).joints[name as JointName]), `${pose.label}: ${name} drawn where the model is`).toBeLessThan(
              0.2,
            );
          }
          expect(pose.model.joints.head.y + 5, `${pose.label}: head through the floor`).toBeLessThanOrEqual(FLOOR_Y + 1);
          continue;
        }
        const d = drawn(pose, near);
        for (const p of d.body) expect(p.y, `${pose.label}: body below the floor`).toBeLessThanOrEqual(FLOOR_Y + 1);
        expect(d.head.cy + d.head.r, `${pose.label}: head through the floor`).toBeLessThanOrEqual(FLOOR_Y + 1);
      }
    });

    it(`${side}: no part of the body inside a roller, ball, wall, desk or chair`, () => {
      for (const pose of poses) {
        const d = drawn(pose, near);
        for (const prop of pose.props) {
          if (prop.kind === 'roller' || prop.kind === 'ball') {
            // Mutation caught: a roller's y raised by its radius (the body drawn through it).
            for (const p of d.body) expect(toProp(p, prop), `${pose.label}: body inside the ${prop.kind}`).toBeGreaterThan(-0.6);
          }
          if (prop.kind === 'wall') {
            const room = Math.sign(d.joints.pelvis.x - prop.x);
            for (const p of d.body) expect((p.x - prop.x) * room, `${pose.label}: body through the wall`).toBeGreaterThan(-0.6);
          }
          if (prop.kind === 'desk' && pose.model) {
            // A desk in the room is a box 60 long and 44 deep under its top: no bone passes
            // through it (mutation caught: the desk beside the hip circles moved to z = -20).
            const { joints } = pose.model;
            const inBox = (p: { x: number; y: number; z: number }) =>
              (prop.extends === 'right' ? p.x > prop.x && p.x < prop.x + 60 : p.x < prop.x && p.x > prop.x - 60) &&
              Math.abs(p.z - (prop.z ?? 0)) < 22 &&
              p.y > prop.y + 0.6;
            for (const [a, b] of LIMBS)
              for (let k = 0; k <= 4; k++) {
                const p = {
                  x: joints[a].x + ((joints[b].x - joints[a].x) * k) / 4,
                  y: joints[a].y + ((joints[b].y - joints[a].y) * k) / 4,
                  z: joints[a].z + ((joints[b].z - joints[a].z) * k) / 4,
                };
                expect(inBox(p), `${pose.label}: ${a}-${b} inside the desk`).toBe(false);
              }
          }
          if (prop.kind === 'desk' && expectation?.deskInFront) {
            // Mutation caught: a desk hinge's feet stepped under the desk (pelvis x past the edge).
            const inside = (p: Point) =>
              (prop.extends === 'right' ? p.x > prop.x + 0.6 : p.x < prop.x - 0.6) && p.y > prop.y + 0.6 && p.y < FLOOR_Y;
            expect(d.body.filter(inside), `${pose.label}: body inside the desk`).toEqual([]);
          }
          if (prop.kind === 'chair' && prop.back !== 'behind' && !pose.model) {
            // The trunk and head stay in front of the backrest below its top.
            // Mutation caught: chair-back extension's lean past the backrest (torso -130).
            const backX = prop.back === 'left' ? prop.x - 11 : prop.x + 11;
            const front = prop.back === 'left' ? 1 : -1;
            const top = prop.y - prop.backHeight;
            const below = [...d.trunk, { x: d.head.cx, y: d.head.cy }].filter((p) => p.y > top + 0.5 && p.y < prop.y);
            for (const p of below) expect((p.x - backX) * front, `${pose.label}: trunk through the backrest`).toBeGreaterThan(-0.6);
          }
        }
      }
    });

    if (expectation?.contact) {
      it(`${side}: the roller or ball touches the body at its contact area`, () => {
        // Mutation caught: a roller moved 10 units along the body (it then floats beside it, or
        // presses somewhere else).
        const spot = mirrored ? mirrorSpot(expectation.contact!) : expectation.contact!;
        for (const pose of poses) {
          const d = drawn(pose, near);
          const tool = pose.props.find((p): p is Prop & { kind: 'roller' | 'ball' } => p.kind === 'roller' || p.kind === 'ball')!;
          expect(tool, 'a roller or ball is drawn').toBeDefined();
          const gap = Math.min(...spotPoints(d, spot).map((p) => toProp(p, tool)));
          expect(gap, `${pose.label}: gap between the ${tool.kind} and the ${spot.on}`).toBeGreaterThan(-0.6);
          expect(gap, `${pose.label}: the ${tool.kind} misses the ${spot.on}`).toBeLessThanOrEqual(4);
          if (id === 'wall-ball-upper-back') {
            const wall = pose.props.find((p) => p.kind === 'wall')!;
            if (wall.kind === 'wall')
              expect(Math.abs(Math.abs(tool.x - wall.x) - tool.r), `${pose.label}: ball against the wall`).toBeLessThan(1);
          }
        }
      });
    }

    if (expectation?.seated) {
      it(`${side}: the pelvis sits on the seat`, () => {
        // Mutation caught: SEATED's pelvis raised by 6 (hovering), or the chair moved 15 along.
        for (const pose of poses) {
          const chair = pose.props.find((p) => p.kind === 'chair');
          expect(chair, 'a chair is drawn').toBeDefined();
          if (chair?.kind !== 'chair') continue;
          const pelvis = pose.model ? pose.model.joints.pelvis : drawn(pose, near).joints.pelvis;
          expect(Math.abs(pelvis.x - chair.x), `${pose.label}: pelvis over the seat`).toBeLessThanOrEqual(11);
          expect(chair.y - pelvis.y, `${pose.label}: pelvis height above the seat`).toBeGreaterThanOrEqual(1);
          // Sitting on a massage ball on the seat raises the pelvis by the ball.
          const ball = pose.props.find((p) => p.kind === 'ball');
          const lift = ball?.kind === 'ball' && Math.abs(ball.y + ball.r - chair.y) < 1 ? 2 * ball.r : 0;
          expect(chair.y - pelvis.y, `${pose.label}: pelvis height above the seat`).toBeLessThanOrEqual(5 + lift);
        }
      });
    }

    if (expectation?.hands) {
      it(`${side}: the hands are ${expectation.hands.at === 'head' ? 'behind the head' : `on the ${expectation.hands.at}`}`, () => {
        // Mutation caught: a desk move's reach target moved 6 above the desk top.
        const { at, which = 'both', only } = expectation.hands!;
        const hands = (which === 'both' ? ['left', 'right'] : [mirrored ? (which === 'left' ? 'right' : 'left') : which]).map(
          (s) => `${s}Hand` as JointName,
        );
        poses.forEach((pose, i) => {
          if (only && !only.includes(i)) return;
          const d = drawn(pose, near);
          const world = (n: JointName): Point => (pose.model ? pose.model.joints[n] : d.joints[n]);
          for (const hand of hands) {
            const h = world(hand);
            const what = `${pose.label}: ${hand} on the ${at}`;
            if (at === 'desk') {
              const desk = pose.props.find((p) => p.kind === 'desk')!;
              if (desk.kind !== 'desk') continue;
              expect(h.y, what).toBeGreaterThanOrEqual(desk.y - 4);
              expect(h.y, what).toBeLessThanOrEqual(desk.y + 0.6);
              expect(desk.extends === 'right' ? h.x - desk.x : desk.x - h.x, what).toBeGreaterThan(-1);
              // In a 3-D room the desk is 44 deep, centred on its z (this test's own numbers).
              if (pose.model) expect(Math.abs(pose.model.joints[hand].z - (desk.z ?? 0)), what).toBeLessThanOrEqual(22.5);
            } else if (at === 'seat') {
              const chair = pose.props.find((p) => p.kind === 'chair')!;
              if (chair.kind !== 'chair') continue;
              expect(Math.abs(h.x - chair.x), what).toBeLessThanOrEqual(12);
              expect(h.y, what).toBeGreaterThanOrEqual(chair.y - 4);
              expect(h.y, what).toBeLessThanOrEqual(chair.y + 0.6);
            } else if (at === 'floor') {
              expect(FLOOR_Y - h.y, what).toBeLessThanOrEqual(3.5);
            } else if (at === 'thighs') {
              const thighs = (['left', 'right'] as const).map((s) => [d.joints[`${s}Hip`], d.joints[`${s}Knee`]] as const);
              const near = Math.min(
                ...thighs.flatMap(([a, b]) => Array.from({ length: 11 }, (_, k) => dist(d.joints[hand], lerp(a, b, k / 10)))),
              );
              expect(near, what).toBeLessThanOrEqual(4);
            } else if (at === 'hips') {
              expect(dist(d.joints[hand], d.joints.pelvis), what).toBeLessThanOrEqual(7);
            } else {
              // Behind the head: close to the head circle, not in front of the face.
              expect(dist(d.joints[hand], { x: d.head.cx, y: d.head.cy }), what).toBeLessThanOrEqual(d.head.r + 4);
            }
          }
        });
      });
    }

    it(`${side}: bones keep their lengths in every pose`, () => {
      // Mutation caught: SEGMENT_LENGTHS.shin = 22 in one builder, or a mirrored pose that
      // swaps only some joints.
      for (const pose of poses) {
        const d = drawn(pose, near);
        for (const [a, b, bone] of LIMBS) {
          const nominal = LENGTH[bone]!;
          if (pose.model) {
            const p = pose.model.joints[a];
            const q = pose.model.joints[b];
            expect(Math.hypot(p.x - q.x, p.y - q.y, p.z - q.z), `${pose.label}: ${a}-${b} in the model`).toBeCloseTo(nominal, 0);
            continue;
          }
          const len = dist(d.joints[a], d.joints[b]);
          const named =
            (pose.foreshortened as readonly string[]).includes(`${a}-${b}`) ||
            (pose.foreshortened as readonly string[]).includes(`${b}-${a}`);
          if (named) expect(len, `${pose.label}: ${a}-${b} foreshortened`).toBeLessThanOrEqual(nominal * 1.04);
          else
            expect(Math.abs(len - nominal) / nominal, `${pose.label}: ${a}-${b} is ${len.toFixed(1)}, not ${nominal}`).toBeLessThanOrEqual(
              0.04,
            );
        }
      }
    });

    it(`${side}: the whole movement stays inside one frame, at one scale`, () => {
      // Mutation caught: sceneViewBox framing only the first pose, or sizing by the move.
      for (const aspect of [196 / 122, 1]) {
        const box = sceneViewBox(poses, aspect);
        // One scale: the same frame size as a standing move's (the tallest) and a lying one's.
        for (const other of ['standing-breath-reach', 'glute-bridge']) {
          const ref = sceneViewBox(CATALOG.find((e) => e.id === other)!.poses, aspect);
          expect(box.height, `one scale for every exercise (as ${other})`).toBe(ref.height);
        }
        const motion = motionFor(ex, 'preview');
        for (let k = 0; k <= 60; k++) {
          const d = drawn(poseAt(poses, motion, (motion.periodMs * k) / 60), near);
          const pts = [
            ...d.body,
            { x: d.head.cx - d.head.r, y: d.head.cy - d.head.r },
            { x: d.head.cx + d.head.r, y: d.head.cy + d.head.r },
          ];
          for (const p of pts) {
            expect(p.x, `x at ${k}/60 (aspect ${aspect.toFixed(2)})`).toBeGreaterThanOrEqual(box.x + 1.8);
            expect(p.x, `x at ${k}/60 (aspect ${aspect.toFixed(2)})`).toBeLessThanOrEqual(box.x + box.width - 1.8);
            expect(p.y, `y at ${k}/60`).toBeGreaterThanOrEqual(box.y + 1.8);
            expect(p.y, `y at ${k}/60`).toBeLessThanOrEqual(box.y + box.height);
          }
        }
      }
    });
  }

  if (ex.sidedness === 'unilateral') {
    it('both sides have the same bone lengths', () => {
      // Mutation caught: mirrorPose flipping x without swapping left and right joints.
      const right = posesForSide(ex, 'right');
      const left = posesForSide(ex, 'left');
      const swap = (n: JointName) =>
        n
          .replace(/^left/, 'RIGHT')
          .replace(/^right/, 'left')
          .replace(/^RIGHT/, 'right') as JointName;
      right.forEach((pose, i) => {
        const r = drawn(pose, 'right');
        const l = drawn(left[i]!, 'left');
        for (const [a, b] of LIMBS)
          expect(dist(l.joints[swap(a)], l.joints[swap(b)]), `${pose.label}: ${a}-${b}`).toBeCloseTo(dist(r.joints[a], r.joints[b]), 0);
      });
    });
  }
});
