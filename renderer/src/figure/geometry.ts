/**
 * Pure geometry of the stick figure: blending two key poses and turning a pose into the flat
 * list of shapes the SVG draws. No DOM, no React, so it is unit-tested in Node.
 */
import {
  BONES,
  FLOOR_Y,
  HEAD_RADIUS,
  JOINT_NAMES,
  POSE_CANVAS,
  project,
  type BandEnd,
  type Camera,
  type JointName,
  type Point,
  type Pose,
  type Prop,
} from '../../../common/routine';

/**
 * The skeleton as a tree rooted at the pelvis. Blending walks this tree and interpolates each
 * bone's angle and length rather than the joints' x/y: a straight-line blend of points would
 * shrink a sweeping arm and drag the hand through the head; rotating bones keeps limbs whole
 * and makes them travel on arcs, like real joints.
 */
const PARENT: Readonly<Record<Exclude<JointName, 'pelvis'>, JointName>> = {
  neck: 'pelvis',
  head: 'neck',
  leftShoulder: 'neck',
  rightShoulder: 'neck',
  leftElbow: 'leftShoulder',
  rightElbow: 'rightShoulder',
  leftHand: 'leftElbow',
  rightHand: 'rightElbow',
  leftHip: 'pelvis',
  rightHip: 'pelvis',
  leftKnee: 'leftHip',
  rightKnee: 'rightHip',
  leftAnkle: 'leftKnee',
  rightAnkle: 'rightKnee',
  leftToe: 'leftAnkle',
  rightToe: 'rightAnkle',
};

const depth = (name: JointName): number => (name === 'pelvis' ? 0 : 1 + depth(PARENT[name]));

/** Joints in an order where every parent comes before its children (by depth in the tree). */
const TREE_ORDER: readonly Exclude<JointName, 'pelvis'>[] = JOINT_NAMES.filter(
  (n): n is Exclude<JointName, 'pelvis'> => n !== 'pelvis',
).sort((a, b) => depth(a) - depth(b));

const lerp = (a: number, b: number, f: number): number => a + (b - a) * f;
const lerpPoint = (a: Point, b: Point, f: number): Point => ({
  x: lerp(a.x, b.x, f),
  y: lerp(a.y, b.y, f),
});

/** Angle blend along the shorter way round, so a limb never spins the long way. */
function lerpAngle(a: number, b: number, f: number): number {
  let d = b - a;
  while (d > Math.PI) d -= 2 * Math.PI;
  while (d < -Math.PI) d += 2 * Math.PI;
  return a + d * f;
}

function blendProp(a: Prop, b: Prop, f: number): Prop {
  // Props of one exercise match in count and kind (a catalog rule); if one ever does not,
  // snapping to the nearer key pose is better than drawing nonsense.
  if (a.kind !== b.kind) return f < 0.5 ? a : b;
  switch (a.kind) {
    case 'chair':
    case 'desk': {
      const o = b as typeof a;
      return {
        ...(f < 0.5 ? a : o),
        x: lerp(a.x, o.x, f),
        y: lerp(a.y, o.y, f),
      } as Prop;
    }
    case 'wall':
      return { ...a, x: lerp(a.x, (b as typeof a).x, f) };
    case 'ball':
      return {
        ...a,
        x: lerp(a.x, (b as typeof a).x, f),
        y: lerp(a.y, (b as typeof a).y, f),
        r: lerp(a.r, (b as typeof a).r, f),
      };
    case 'roller': {
      const o = b as typeof a;
      const blended = {
        kind: 'roller' as const,
        x: lerp(a.x, o.x, f),
        y: lerp(a.y, o.y, f),
        r: lerp(a.r, o.r, f),
      };
      const length = a.length !== undefined && o.length !== undefined ? lerp(a.length, o.length, f) : (f < 0.5 ? a : o).length;
      return length === undefined ? blended : { ...blended, length };
    }
    case 'band': {
      const o = b as typeof a;
      const end = (x: BandEnd, y: BandEnd): BandEnd => ('joint' in x || 'joint' in y ? (f < 0.5 ? x : y) : lerpPoint(x, y, f));
      return { kind: 'band', from: end(a.from, o.from), to: end(a.to, o.to) };
    }
  }
}

/** The pose a fraction f (0..1) of the way from a to b. */
export function blendPoses(a: Pose, b: Pose, f: number): Pose {
  if (f <= 0) return a;
  if (f >= 1) return b;
  const joints = {
    pelvis: lerpPoint(a.joints.pelvis, b.joints.pelvis, f),
  } as Record<JointName, Point>;
  for (const name of TREE_ORDER) {
    const parent = PARENT[name];
    const va = {
      x: a.joints[name].x - a.joints[parent].x,
      y: a.joints[name].y - a.joints[parent].y,
    };
    const vb = {
      x: b.joints[name].x - b.joints[parent].x,
      y: b.joints[name].y - b.joints[parent].y,
    };
    const angle = lerpAngle(Math.atan2(va.y, va.x), Math.atan2(vb.y, vb.x), f);
    const length = lerp(Math.hypot(va.x, va.y), Math.hypot(vb.x, vb.y), f);
    const from = joints[parent];
    joints[name] = {
      x: from.x + Math.cos(angle) * length,
      y: from.y + Math.sin(angle) * length,
    };
  }
  const props = a.props.length === b.props.length ? a.props.map((p, i) => blendProp(p, b.props[i]!, f)) : (f < 0.5 ? a : b).props;
  const near = f < 0.5 ? a : b;
  const model = a.model && b.model ? { ...near.model!, nose: lerpPoint(a.model.nose, b.model.nose, f) } : near.model;
  const blended: Pose = {
    label: near.label,
    view: near.view,
    joints,
    props,
    foreshortened: near.foreshortened,
    ...(model ? { model } : {}),
  };
  if (!a.spineBow && !b.spineBow) return blended;
  const [a0, a1] = a.spineBow ?? [0, 0];
  const [b0, b1] = b.spineBow ?? [0, 0];
  return { ...blended, spineBow: [lerp(a0, b0, f), lerp(a1, b1, f)] };
}

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

/**
 * What the SVG draws. `key` is stable for one exercise (same props, same bones), so an animator
 * can update the attributes of existing elements frame by frame instead of re-rendering.
 */
export type Shape =
  | {
      readonly key: string;
      readonly type: 'line';
      readonly layer: Layer;
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
    }
  | {
      readonly key: string;
      readonly type: 'circle';
      readonly layer: Layer;
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
    }
  | {
      readonly key: string;
      readonly type: 'path';
      readonly layer: Layer;
      readonly d: string;
    };

/** far: limbs behind the body (lighter); body: torso, head, limbs in a front view; near: limbs in front; prop: furniture and gear; floor. */
export type Layer = 'floor' | 'prop' | 'far' | 'body' | 'near' | 'head';

const r1 = (n: number): number => Math.round(n * 100) / 100;

const pathOf = (points: readonly Point[], close = false): string =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(p.x)} ${r1(p.y)}`).join(' ') + (close ? ' Z' : '');

/** Chair: seat 22 wide (x) and 20 deep (z) at height y, legs to the floor, backrest on one x edge. */
export const CHAIR = { half: 11, depthHalf: 10 } as const;
/** Desk top in a 3-D room: this long from its front edge, twice this deep. */
export const DESK = { length: 60, depthHalf: 22 } as const;

/** The outline of a chair or desk in a 3-D room, drawn by the pose's camera. */
function projectedPropShapes(prop: Prop & { kind: 'chair' | 'desk' }, k: string, camera: Camera): Shape[] {
  const P = (x: number, y: number, z: number): Point => project({ x, y, z }, camera);
  if (prop.kind === 'desk') {
    const { length, depthHalf } = DESK;
    const far = prop.extends === 'right' ? prop.x + length : prop.x - length;
    const z0 = (prop.z ?? 0) - depthHalf;
    const z1 = (prop.z ?? 0) + depthHalf;
    const top = [P(prop.x, prop.y, z0), P(prop.x, prop.y, z1), P(far, prop.y, z1), P(far, prop.y, z0)];
    const legs = [prop.x, far].flatMap((x) => {
      const lx = x + (x === prop.x ? 1 : -1) * (prop.extends === 'right' ? 3 : -3);
      return [z0 + 2, z1 - 2].map((z) => pathOf([P(lx, prop.y, z), P(lx, FLOOR_Y, z)]));
    });
    return [
      { key: `${k}t`, type: 'path', layer: 'prop', d: pathOf(top, true) },
      { key: `${k}l`, type: 'path', layer: 'prop', d: legs.join(' ') },
    ];
  }
  const { half, depthHalf: dz } = CHAIR;
  const x0 = prop.x - half;
  const x1 = prop.x + half;
  const backX = prop.back === 'right' ? x1 : x0;
  const seat = [P(x0, prop.y, -dz), P(x1, prop.y, -dz), P(x1, prop.y, dz), P(x0, prop.y, dz)];
  const back = [
    P(backX, prop.y, -dz),
    P(backX, prop.y - prop.backHeight, -dz),
    P(backX, prop.y - prop.backHeight, dz),
    P(backX, prop.y, dz),
  ];
  const legs = [x0 + 1, x1 - 1].flatMap((x) => [-dz + 1, dz - 1].map((z) => pathOf([P(x, prop.y, z), P(x, FLOOR_Y, z)])));
  return [
    { key: `${k}b`, type: 'path', layer: 'prop', d: pathOf(back) },
    { key: `${k}s`, type: 'path', layer: 'prop', d: pathOf(seat, true) },
    { key: `${k}l`, type: 'path', layer: 'prop', d: legs.join(' ') },
  ];
}

/** A ball, or a roller seen end-on: a circle of its radius. */
const propCircle = (k: string, prop: { readonly x: number; readonly y: number; readonly r: number }): Shape[] => [
  { key: `${k}r`, type: 'circle', layer: 'prop', cx: r1(prop.x), cy: r1(prop.y), r: r1(prop.r) },
];

function propShapes(prop: Prop, index: number, joints: Pose['joints'], camera?: Camera): Shape[] {
  const k = `prop${index}`;
  if (camera && (prop.kind === 'chair' || prop.kind === 'desk')) return projectedPropShapes(prop, k, camera);
  switch (prop.kind) {
    case 'chair': {
      const half = 11;
      const left = prop.x - half;
      const right = prop.x + half;
      // The seat edge and two legs look the same from the front and the side; only the back differs.
      const seatAndLegs: Shape[] = [
        { key: `${k}s`, type: 'line', layer: 'prop', x1: r1(left), y1: r1(prop.y), x2: r1(right), y2: r1(prop.y) },
        {
          key: `${k}l`,
          type: 'path',
          layer: 'prop',
          d: `M${r1(left + 1)} ${r1(prop.y)} V${FLOOR_Y} M${r1(right - 1)} ${r1(prop.y)} V${FLOOR_Y}`,
        },
      ];
      if (prop.back === 'behind') {
        // Seen from the front: the seat edge, two legs, and a backrest frame rising behind the sitter.
        const top = prop.y - prop.backHeight;
        return [
          {
            key: `${k}b`,
            type: 'path',
            layer: 'prop',
            d: `M${r1(left + 2)} ${r1(prop.y)} V${r1(top)} H${r1(right - 2)} V${r1(prop.y)}`,
          },
          ...seatAndLegs,
        ];
      }
      const backX = prop.back === 'left' ? left : right;
      return [
        {
          key: `${k}b`,
          type: 'line',
          layer: 'prop',
          x1: r1(backX),
          y1: r1(prop.y),
          x2: r1(backX + (prop.back === 'left' ? -1.5 : 1.5)),
          y2: r1(prop.y - prop.backHeight),
        },
        ...seatAndLegs,
      ];
    }
    case 'desk': {
      // Runs well past the canvas: a wide frame cuts it, rather than showing where it ends.
      const far = prop.extends === 'right' ? POSE_CANVAS.width + 200 : -200;
      const legX = prop.x + (prop.extends === 'right' ? 3 : -3);
      return [
        {
          key: `${k}t`,
          type: 'line',
          layer: 'prop',
          x1: r1(prop.x),
          y1: r1(prop.y),
          x2: far,
          y2: r1(prop.y),
        },
        {
          key: `${k}l`,
          type: 'line',
          layer: 'prop',
          x1: r1(legX),
          y1: r1(prop.y),
          x2: r1(legX),
          y2: FLOOR_Y,
        },
      ];
    }
    case 'wall':
      return [
        {
          key: `${k}w`,
          type: 'line',
          layer: 'prop',
          x1: r1(prop.x),
          y1: -20,
          x2: r1(prop.x),
          y2: FLOOR_Y,
        },
      ];
    case 'roller':
      if (prop.length !== undefined) {
        const h = prop.length / 2;
        return [
          {
            key: `${k}r`,
            type: 'path',
            layer: 'prop',
            d: `M${r1(prop.x - h)} ${r1(prop.y - prop.r)} H${r1(prop.x + h)} A${r1(prop.r)} ${r1(prop.r)} 0 0 1 ${r1(prop.x + h)} ${r1(prop.y + prop.r)} H${r1(prop.x - h)} A${r1(prop.r)} ${r1(prop.r)} 0 0 1 ${r1(prop.x - h)} ${r1(prop.y - prop.r)} Z`,
          },
        ];
      }
      return propCircle(k, prop);
    case 'ball':
      return propCircle(k, prop);
    case 'band': {
      const at = (end: BandEnd): Point => ('joint' in end ? joints[end.joint] : end);
      const a = at(prop.from);
      const b = at(prop.to);
      const above = legJointAbove(prop);
      const [from, to] = (above && cuffAcross(a, b, joints[above])) ?? [a, b];
      return [
        {
          key: `${k}${above ? 'legband' : 'band'}`,
          type: 'line',
          layer: 'prop',
          x1: r1(from.x),
          y1: r1(from.y),
          x2: r1(to.x),
          y2: r1(to.y),
        },
      ];
    }
  }
}

/** The joint above each one a band can loop round, towards which its cuff sits. */
const ABOVE: Partial<Record<JointName, JointName>> = { leftKnee: 'leftHip', rightKnee: 'rightHip', leftAnkle: 'leftKnee', rightAnkle: 'rightKnee' };

/**
 * A band from one leg to the other (round the knees or the ankles) wraps the legs: the joint
 * above its `from` end, towards which its cuff sits; null for any other band.
 */
function legJointAbove(prop: Prop & { kind: 'band' }): JointName | null {
  if (!('joint' in prop.from) || !('joint' in prop.to) || ABOVE[prop.to.joint] === undefined) return null;
  return ABOVE[prop.from.joint] ?? null;
}

/**
 * A band round both legs with the legs together is seen end-on from the side: a line from one
 * knee to the other is a dot. Drawn instead as the cuff it makes across the limbs, a little
 * above the joints, so a glute bridge still shows its band. Apart (a clamshell opening), it is
 * the stretched line between them.
 */
function cuffAcross(a: Point, b: Point, up: Point): [Point, Point] | null {
  if (Math.hypot(a.x - b.x, a.y - b.y) > 3) return null;
  const length = Math.hypot(up.x - a.x, up.y - a.y) || 1;
  const dir = { x: (up.x - a.x) / length, y: (up.y - a.y) / length };
  const at = { x: (a.x + b.x) / 2 + dir.x * 3, y: (a.y + b.y) / 2 + dir.y * 3 };
  const half = 3.6;
  return [
    { x: at.x - dir.y * half, y: at.y + dir.x * half },
    { x: at.x + dir.y * half, y: at.y - dir.x * half },
  ];
}

const sideOf = (name: JointName): 'left' | 'right' | null => (name.startsWith('left') ? 'left' : name.startsWith('right') ? 'right' : null);

/**
 * The shapes of a pose, in drawing order (later on top). In a side view the limbs of the far
 * side are drawn first and lighter, the near side last, so a crossed leg reads as crossed.
 * `nearSide` is the figure's side nearest to the viewer: the authored poses face screen-right
 * with the right side near; a mirrored pose brings the left side near.
 */
export function poseShapes(pose: Pose, nearSide: 'left' | 'right' = 'right'): Shape[] {
  const camera = pose.model?.camera;
  const shapes: Shape[] = [
    camera && camera.pitch !== 0
      ? // Looking down, the floor is a mat seen in perspective rather than a line.
        {
          key: 'mat',
          type: 'path',
          layer: 'floor',
          d: pathOf(
            matCorners(camera).map((c) => project({ x: c[0], y: FLOOR_Y + 1.6, z: c[1] }, camera)),
            true,
          ),
        }
      : {
          key: 'floor',
          type: 'line',
          layer: 'floor',
          x1: -200,
          y1: FLOOR_Y + 1.6,
          x2: POSE_CANVAS.width + 200,
          y2: FLOOR_Y + 1.6,
        },
  ];
  const props = pose.props.flatMap((prop, i) => propShapes(prop, i, pose.joints, camera));
  // A band round the legs wraps them, so it is drawn over them; every other prop is behind the body.
  const onTop = (shape: Shape) => shape.key.endsWith('legband');
  shapes.push(...props.filter((shape) => !onTop(shape)));
  const j = pose.joints;
  const layerOf = (a: JointName, b: JointName): Layer => {
    if (pose.view === 'front') return 'body';
    const side = sideOf(a) ?? sideOf(b);
    if (side === null) return 'body';
    return side === nearSide ? 'near' : 'far';
  };
  const bones = BONES.map(([a, b]) => ({
    key: `${a}-${b}`,
    layer: layerOf(a, b),
    x1: r1(j[a].x),
    y1: r1(j[a].y),
    x2: r1(j[b].x),
    y2: r1(j[b].y),
  }));
  for (const layer of ['far', 'body', 'near'] as const) {
    for (const bone of bones) {
      if (bone.layer !== layer || bone.key === 'neck-head') continue;
      // The trunk is a curve, so a back can round or arch (cat-cow, pelvic tilts).
      if (bone.key === 'neck-pelvis') shapes.push({ key: bone.key, layer, type: 'path', d: trunkPath(pose) });
      else shapes.push({ ...bone, type: 'line' });
    }
  }
  shapes.push(...props.filter(onTop));
  // The head sits on a short neck line and is filled, so limbs passing behind it are hidden.
  const neck = bones.find((b) => b.key === 'neck-head')!;
  shapes.push({ ...neck, layer: 'body', type: 'line' });
  shapes.push({
    key: 'head',
    type: 'circle',
    layer: 'head',
    cx: r1(j.head.x),
    cy: r1(j.head.y),
    r: HEAD_RADIUS,
  });
  const nose = pose.model?.nose;
  if (nose) {
    // A nose from the rim of the head towards where the face points: in a turned view it is
    // what shows the chest has turned.
    const dx = nose.x - j.head.x;
    const dy = nose.y - j.head.y;
    const len = Math.hypot(dx, dy);
    const rim = len > HEAD_RADIUS ? HEAD_RADIUS / len : 1;
    shapes.push({
      key: 'nose',
      type: 'line',
      layer: 'head',
      x1: r1(j.head.x + dx * rim),
      y1: r1(j.head.y + dy * rim),
      x2: r1(nose.x),
      y2: r1(nose.y),
    });
  }
  return shapes;
}

/** The mat drawn under a figure seen from above: [x, z] corners in the room. */
function matCorners(camera: Camera): (readonly [number, number])[] {
  const [x0, x1, z0, z1] = camera.mat ?? [12, 88, -22, 22];
  return [
    [x0, z0],
    [x1, z0],
    [x1, z1],
    [x0, z1],
  ];
}

/** The trunk's control points: pelvis, lower back, upper back, neck (a cubic Bézier). */
function trunkControls(pose: Pose): [Point, Point, Point, Point] {
  const { pelvis, neck } = pose.joints;
  const dx = neck.x - pelvis.x;
  const dy = neck.y - pelvis.y;
  const len = Math.hypot(dx, dy) || 1;
  const n = { x: -dy / len, y: dx / len };
  const [low, high] = pose.spineBow ?? [0, 0];
  // Control points 4/3 out: an even bow then bends the curve's middle by exactly that much.
  const c = (t: number, bow: number): Point => ({
    x: pelvis.x + dx * t + (n.x * bow * 4) / 3,
    y: pelvis.y + dy * t + (n.y * bow * 4) / 3,
  });
  return [pelvis, c(1 / 3, low), c(2 / 3, high), neck];
}

function trunkPath(pose: Pose): string {
  const [p0, p1, p2, p3] = trunkControls(pose);
  return `M${r1(p0.x)} ${r1(p0.y)} C${r1(p1.x)} ${r1(p1.y)} ${r1(p2.x)} ${r1(p2.y)} ${r1(p3.x)} ${r1(p3.y)}`;
}

/** Points along the drawn trunk, pelvis to neck (the curve the renderer draws), for checks. */
export function trunkPoints(pose: Pose, count = 12): Point[] {
  const [p0, p1, p2, p3] = trunkControls(pose);
  return Array.from({ length: count + 1 }, (_, i) => {
    const t = i / count;
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
    return {
      x: w[0] * p0.x + w[1] * p1.x + w[2] * p2.x + w[3] * p3.x,
      y: w[0] * p0.y + w[1] * p1.y + w[2] * p2.y + w[3] * p3.y,
    };
  });
}

/** True when every joint of a pose is a finite point (a guard against a malformed plan). */
export function isDrawable(pose: Pose | undefined): pose is Pose {
  return !!pose && JOINT_NAMES.every((n) => Number.isFinite(pose.joints[n]?.x) && Number.isFinite(pose.joints[n]?.y));
}

/**
 * A view box around the figure and its nearby props, over one pose or all key poses of
 * a move (so a moving figure stays inside a steady frame). On the full 100×100 canvas a seated
 * figure fills only a third of the square. Desks and walls run to the canvas edge, so they are
 * simply cut by the frame. `minSize` stops a small pose (lying down) being blown up.
 */
export function tightViewBox(
  pose: Pose | readonly Pose[],
  padding = 4,
  minSize = 0,
  aspect = 1,
): { x: number; y: number; width: number; height: number } {
  const all = Array.isArray(pose) ? (pose as readonly Pose[]) : [pose as Pose];
  const boxes = all.map(bounds);
  const minX = Math.min(...boxes.map((b) => b.minX));
  const maxX = Math.max(...boxes.map((b) => b.maxX));
  const minY = Math.min(...boxes.map((b) => b.minY));
  const maxY = Math.max(...boxes.map((b) => b.maxY));
  // The frame's shape is fixed (`aspect` = width / height); the move sets its scale, by
  // whichever of its width or height fills the frame first.
  const height = Math.max(minSize, maxY - minY + 2 * padding, (maxX - minX + 2 * padding) / aspect);
  const width = height * aspect;
  return {
    x: r1((minX + maxX) / 2 - width / 2),
    y: r1((minY + maxY) / 2 - height / 2),
    width: r1(width),
    height: r1(height),
  };
}

/**
 * Every framed figure is drawn at one scale (decision 0020): in a box of a given shape the frame
 * has one size for every exercise, floor at its foot, so a figure lying down is drawn exactly as
 * large as one standing (fitting each move to its frame made floor moves 2–3× larger).
 *
 * That size is set by the largest moves of the catalog, and no larger (decision 0016): as tall
 * as the tallest move (arms overhead: hands at y ≈ 0.7, plus half a stroke and 1.4 of air so
 * the hands never touch the edge) and as wide as the widest (bird-dog, about 96 across). In the
 * player's wide box the height decides, so figures are drawn 100 / FRAME_TALL ≈ 3 % larger than
 * in the old 100-unit room; in a square thumbnail the width does. figureFill.test.ts holds both
 * numbers to the catalog: a move that outgrows them fails, and so does a frame left loose.
 */
export const FRAME_TOP = -2.5;
/** The frame's foot: just under the floor line (drawn at FLOOR_Y + 1.6) and its stroke. */
export const FRAME_BOTTOM = FLOOR_Y + 2.6;
/** The height the tallest move needs. */
export const FRAME_TALL = FRAME_BOTTOM - FRAME_TOP;
/** The width the widest move needs, padding included. */
export const FRAME_WIDE = 100;

/**
 * The view box of a figure: one size for every exercise in a box of this aspect (width / height),
 * centred on the move's width. A move wider than FRAME_WIDE still fits (its frame grows), but the
 * fill test fails for it.
 */
export function sceneViewBox(
  pose: Pose | readonly Pose[],
  aspect = 1,
  padding = 2,
): { x: number; y: number; width: number; height: number } {
  const all = Array.isArray(pose) ? (pose as readonly Pose[]) : [pose as Pose];
  const boxes = all.map(bounds);
  const minX = Math.min(...boxes.map((b) => b.minX));
  const maxX = Math.max(...boxes.map((b) => b.maxX));
  const height = Math.max(FRAME_TALL, FRAME_WIDE / aspect, (maxX - minX + 2 * padding) / aspect);
  const width = height * aspect;
  return {
    x: r1((minX + maxX) / 2 - width / 2),
    y: r1(FRAME_BOTTOM - height),
    width: r1(width),
    height: r1(height),
  };
}

export function bounds(pose: Pose): {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
} {
  const xs: number[] = [];
  const ys: number[] = [FLOOR_Y + 2];
  for (const name of JOINT_NAMES) {
    xs.push(pose.joints[name].x);
    ys.push(pose.joints[name].y);
  }
  xs.push(pose.joints.head.x - HEAD_RADIUS, pose.joints.head.x + HEAD_RADIUS);
  ys.push(pose.joints.head.y - HEAD_RADIUS);
  if (pose.model) {
    xs.push(pose.model.nose.x);
    ys.push(pose.model.nose.y);
  }
  for (const p of trunkPoints(pose, 6)) {
    xs.push(p.x);
    ys.push(p.y);
  }
  const camera = pose.model?.camera;
  for (const prop of pose.props) {
    if (prop.kind === 'chair' && camera) {
      for (const x of [prop.x - CHAIR.half, prop.x + CHAIR.half])
        for (const z of [-CHAIR.depthHalf, CHAIR.depthHalf])
          for (const y of [prop.y - prop.backHeight, FLOOR_Y]) {
            const q = project({ x, y, z }, camera);
            xs.push(q.x);
            ys.push(q.y);
          }
    } else if (prop.kind === 'chair') {
      xs.push(prop.x - 11, prop.x + 11);
      ys.push(prop.y - prop.backHeight);
    } else if (prop.kind === 'roller' || prop.kind === 'ball') {
      const half = prop.kind === 'roller' && prop.length ? prop.length / 2 : prop.r;
      xs.push(prop.x - half, prop.x + half);
      ys.push(prop.y - prop.r);
    } else if (prop.kind === 'desk') {
      ys.push(prop.y);
    }
  }
  return {
    minX: Math.min(...xs),
    maxX: Math.max(...xs),
    minY: Math.min(...ys),
    maxY: Math.max(...ys),
  };
}
