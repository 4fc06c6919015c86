import { describe, expect, it } from 'vitest';
import { BONES, FLOOR_Y, JOINT_NAMES, mirrorPose, type JointName, type Pose } from '../../../common/routine';
import { CATALOG, findExercise } from '../../../main/core/routines/catalog';
import { blendPoses, poseShapes, sceneViewBox, tightViewBox } from '../../../renderer/src/figure/geometry';
import {
  isSettled,
  motionFor,
  phaseAt,
  poseAt,
  posesForSide,
  PREVIEW_HOLD_MS,
  SETTLE_MS_PER_POSE,
} from '../../../renderer/src/figure/motion';

const dist = (pose: Pose, a: JointName, b: JointName) =>
  Math.hypot(pose.joints[a].x - pose.joints[b].x, pose.joints[a].y - pose.joints[b].y);

describe('blending key poses', () => {
  it('keeps every bone between its lengths in the two poses (limbs rotate, they do not shrink)', () => {
    for (const exercise of CATALOG) {
      for (let i = 1; i < exercise.poses.length; i++) {
        const a = exercise.poses[i - 1]!;
        const b = exercise.poses[i]!;
        for (const f of [0.25, 0.5, 0.75]) {
          const mid = blendPoses(a, b, f);
          for (const [x, y] of BONES) {
            const lo = Math.min(dist(a, x, y), dist(b, x, y));
            const hi = Math.max(dist(a, x, y), dist(b, x, y));
            const d = dist(mid, x, y);
            expect(d, `${exercise.id} ${x}-${y} at ${f}`).toBeGreaterThanOrEqual(lo - 0.01);
            expect(d, `${exercise.id} ${x}-${y} at ${f}`).toBeLessThanOrEqual(hi + 0.01);
          }
        }
      }
    }
  });

  it('a sweeping arm travels on an arc, not through the head', () => {
    const reach = findExercise('standing-breath-reach')!;
    const down = reach.poses[0]!;
    const up = reach.poses[2]!;
    const mid = blendPoses(down, up, 0.5);
    const straightLine = {
      x: (down.joints.rightHand.x + up.joints.rightHand.x) / 2,
      y: (down.joints.rightHand.y + up.joints.rightHand.y) / 2,
    };
    const shoulder = mid.joints.rightShoulder;
    // Halfway, the hand is as far from the shoulder as an arm is long; a straight-line blend would be much closer.
    expect(dist(mid, 'rightShoulder', 'rightHand')).toBeGreaterThan(Math.hypot(straightLine.x - shoulder.x, straightLine.y - shoulder.y));
  });

  it('returns the key poses themselves at both ends', () => {
    const [a, b] = findExercise('seated-figure-four')!.poses;
    expect(blendPoses(a!, b!, 0)).toBe(a);
    expect(blendPoses(a!, b!, 1)).toBe(b);
  });
});

describe('motion of an exercise', () => {
  const bridge = findExercise('glute-bridge')!; // reps, 2 poses
  const birdDog = findExercise('bird-dog')!; // reps, 4 poses: a full cycle
  const fig4 = findExercise('seated-figure-four')!; // hold, 3 poses

  it('reps of two poses go there and back once per rep', () => {
    const m = motionFor(bridge);
    expect(m.repeat).toBe('loop');
    expect(m.periodMs).toBe(3000);
    expect(phaseAt(m, 0)).toEqual({ from: 0, to: 1, f: 0 });
    expect(phaseAt(m, 1500)).toEqual({ from: 1, to: 0, f: 0 });
    expect(phaseAt(m, 3000)).toEqual(phaseAt(m, 0));
  });

  it('four key poses go round: start, one side, start, other side', () => {
    const m = motionFor(birdDog);
    expect(m.segments.map((s) => [s.from, s.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
    ]);
  });

  it('a hold settles into its last pose and stays; the preview loops back', () => {
    const player = motionFor(fig4, 'player');
    expect(isSettled(player, 2 * SETTLE_MS_PER_POSE - 1)).toBe(false);
    expect(isSettled(player, 2 * SETTLE_MS_PER_POSE)).toBe(true);
    expect(poseAt(fig4.poses, player, 60_000)).toEqual(fig4.poses[2]);
    const preview = motionFor(fig4, 'preview');
    expect(preview.repeat).toBe('loop');
    expect(phaseAt(preview, 2 * SETTLE_MS_PER_POSE + PREVIEW_HOLD_MS + 1)).toMatchObject({ from: 2, to: 0 });
  });

  it('the still pose is the last key pose, the one that shows the move', () => {
    expect(motionFor(fig4).stillPose).toBe(2);
    expect(motionFor({ dosage: fig4.dosage, poses: [fig4.poses[0]!] })).toMatchObject({ segments: [], stillPose: 0 });
  });

  it('mirrors the poses for the left side', () => {
    const left = posesForSide(fig4, 'left');
    expect(left[1]).toEqual(mirrorPose(fig4.poses[1]!));
    expect(posesForSide(fig4, 'right')).toEqual(fig4.poses);
  });
});

describe('drawing a pose', () => {
  const fig4 = findExercise('seated-figure-four')!.poses[1]!;

  it('draws every bone, a head, the floor and the props, with the far limbs first', () => {
    const shapes = poseShapes(fig4);
    // Every bone is a line but the trunk, a curve that can round or arch.
    expect(shapes.filter((s) => s.layer !== 'prop' && s.layer !== 'floor' && s.type === 'line')).toHaveLength(BONES.length - 1);
    expect(shapes.find((s) => s.key === 'neck-pelvis')).toMatchObject({
      type: 'path',
      layer: 'body',
    });
    expect(shapes.find((s) => s.key === 'head')).toMatchObject({
      type: 'circle',
      layer: 'head',
    });
    expect(shapes.some((s) => s.layer === 'prop')).toBe(true);
    const order = shapes.map((s) => s.layer);
    expect(order.lastIndexOf('far')).toBeLessThan(order.indexOf('near'));
    // The crossed (right) leg is the near one in the authored side view…
    expect(shapes.find((s) => s.key === 'rightHip-rightKnee')!.layer).toBe('near');
    // …and the left one once mirrored for the other side.
    const mirrored = poseShapes(mirrorPose(fig4), 'left');
    expect(mirrored.find((s) => s.key === 'leftHip-leftKnee')!.layer).toBe('near');
  });

  it('keeps the same shapes, in the same order, across an exercise’s poses (the animator relies on it)', () => {
    for (const exercise of CATALOG) {
      const keys = exercise.poses.map((p) =>
        poseShapes(p)
          .map((s) => s.key)
          .join(),
      );
      expect(new Set(keys).size, exercise.id).toBe(1);
    }
  });

  // Mutation caught: drawing the band from knee to knee again (a dot in a side view), or behind
  // the legs (hidden by the thigh's thicker stroke).
  it('draws a band round both knees seen from the side across the thighs, over the legs', () => {
    for (const pose of findExercise('band-glute-bridge')!.poses) {
      const shapes = poseShapes(pose);
      const band = shapes.find((s) => s.key.endsWith('band'));
      if (band?.type !== 'line') throw new Error('the glute bridge draws no band line');
      expect(Math.hypot(band.x2 - band.x1, band.y2 - band.y1), pose.label).toBeGreaterThan(6);
      // Across the near thigh, a little above the knee: its middle lies on the thigh's line.
      const hip = pose.joints.rightHip;
      const knee = pose.joints.rightKnee;
      const mid = { x: (band.x1 + band.x2) / 2, y: (band.y1 + band.y2) / 2 };
      const along = ((mid.x - knee.x) * (hip.x - knee.x) + (mid.y - knee.y) * (hip.y - knee.y)) / Math.hypot(hip.x - knee.x, hip.y - knee.y);
      const off = Math.abs((mid.x - knee.x) * (hip.y - knee.y) - (mid.y - knee.y) * (hip.x - knee.x)) / Math.hypot(hip.x - knee.x, hip.y - knee.y);
      expect(along, pose.label).toBeGreaterThan(1);
      expect(off, pose.label).toBeLessThan(1.5);
      const keys = shapes.map((s) => s.key);
      expect(keys.indexOf(band.key), pose.label).toBeGreaterThan(keys.indexOf('rightHip-rightKnee'));
    }
  });

  it('frames a thumbnail around the figure, floor included', () => {
    const box = tightViewBox(fig4);
    for (const name of JOINT_NAMES) {
      expect(fig4.joints[name].x).toBeGreaterThanOrEqual(box.x);
      expect(fig4.joints[name].x).toBeLessThanOrEqual(box.x + box.width);
      expect(fig4.joints[name].y).toBeGreaterThanOrEqual(box.y);
    }
    expect(box.y + box.height).toBeGreaterThanOrEqual(FLOOR_Y);
    expect(box.width).toBe(box.height);
    expect(box.width).toBeLessThan(100);
  });

  it('draws standing and lying moves at one scale, the floor at the frame’s foot', () => {
    // Fitting each move to its frame drew floor moves 2–3× larger; mutation caught: sceneViewBox
    // using the move's own height instead of FRAME_HEIGHT.
    const standing = sceneViewBox(findExercise('standing-breath-reach')!.poses, 1.6);
    const lying = sceneViewBox(findExercise('glute-bridge')!.poses, 1.6);
    expect(standing.width / standing.height).toBeCloseTo(1.6, 1);
    expect(lying.height).toBe(standing.height);
    expect(lying.y).toBe(standing.y);
    expect(standing.y + standing.height).toBeGreaterThan(FLOOR_Y + 1.6);
  });
});
