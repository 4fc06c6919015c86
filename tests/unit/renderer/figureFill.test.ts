/**
 * How well the figure fills its frame (issue 13 item 3, decision 0016). Every exercise is drawn at
 * one scale, so the frame can be no smaller than the largest move; these checks keep it no
 * larger either, measured on what the renderer draws (bones, trunk curve, head) over the whole
 * move as the player plays it.
 */
import { describe, expect, it } from 'vitest';
import { FLOOR_Y, HEAD_RADIUS } from '../../../common/routine';
import { CATALOG } from '../../../main/core/routines/catalog';
import { poseShapes, sceneViewBox } from '../../../renderer/src/figure/geometry';
import { motionFor, poseAt, posesForSide } from '../../../renderer/src/figure/motion';

/** Half a limb's stroke (3.6 canvas units: look.ts); limbs are what reach the frame's edges. */
const HALF_STROKE = 1.8;

interface Extent {
  readonly id: string;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** The box around the drawn person (not the props) over the whole move, in canvas units. */
function drawnExtent(id: string): Extent {
  const ex = CATALOG.find((e) => e.id === id)!;
  const poses = posesForSide(ex, ex.sidedness === 'unilateral' ? 'right' : 'none');
  const motion = motionFor(ex, 'preview');
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k <= 40; k++) {
    for (const s of poseShapes(poseAt(poses, motion, (motion.periodMs * k) / 40))) {
      if (s.layer === 'prop' || s.layer === 'floor') continue;
      if (s.type === 'line') {
        xs.push(s.x1, s.x2);
        ys.push(s.y1, s.y2);
      } else if (s.type === 'circle') {
        xs.push(s.cx - HEAD_RADIUS, s.cx + HEAD_RADIUS);
        ys.push(s.cy - HEAD_RADIUS, s.cy + HEAD_RADIUS);
      } else {
        // The trunk's cubic: its control points bound the curve.
        const n = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
        for (let i = 0; i + 1 < n.length; i += 2) {
          xs.push(n[i]!);
          ys.push(n[i + 1]!);
        }
      }
    }
  }
  return { id, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

const extents = CATALOG.map((ex) => drawnExtent(ex.id));
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

/** The figure box's shape (width / height) in the large player (1.27–1.43), the card-sized player (1.54–1.88), a thumbnail (1). */
describe.each([1.3, 1.7, 1])('a frame of aspect %s', (aspect) => {
  const frames = CATALOG.map((ex) => sceneViewBox(posesForSide(ex, 'right'), aspect));
  const frame = frames[0]!;

  it('is one size for every exercise', () => {
    for (const [i, f] of frames.entries()) expect([f.width, f.height], CATALOG[i]!.id).toEqual([frame.width, frame.height]);
  });

  it('is no larger than the largest move needs', () => {
    // Mutation caught: FRAME_TOP back at -4 (the old 100-unit room), or FRAME_WIDE at 110.
    const top = Math.min(...extents.map((e) => e.minY)) - HALF_STROKE;
    const widest = Math.max(...extents.map((e) => e.maxX - e.minX)) + 2 * HALF_STROKE;
    const tallNeeds = FLOOR_Y + 1.6 + 1 - top; // from the tallest move's top to under the floor line
    // Whichever of the height or the width binds, the frame is within a small margin of it.
    const slack = Math.min(frame.height - tallNeeds, frame.width - widest);
    const what = `frame ${frame.width}×${frame.height}: tallest needs ${tallNeeds.toFixed(1)}, widest ${widest.toFixed(1)}`;
    expect(slack, what).toBeLessThanOrEqual(2);
    expect(slack).toBeGreaterThanOrEqual(0);
  });

  it('is filled by the figures as well as one scale allows', () => {
    const fill = extents.map((e) => ((e.maxX - e.minX) * (e.maxY - e.minY)) / (frame.width * frame.height));
    const heightFill = extents.map((e) => (e.maxY - e.minY) / frame.height);
    // The figures measured when the frame was set (decision 0016); a loosened frame drops them.
    if (aspect === 1.3) {
      expect(Math.max(...heightFill), 'the tallest move fills the frame’s height').toBeGreaterThanOrEqual(0.94);
      expect(median(fill), 'median share of the frame').toBeGreaterThanOrEqual(0.17);
    }
    expect(Math.min(...fill), 'the least-filled figure').toBeGreaterThan(0.07);
  });
});
