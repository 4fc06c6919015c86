/**
 * The animated stick figure of an exercise. Used by the routine player, and meant for the
 * exercise preview in Preferences too: give it an exercise and a side and it plays on its own
 * clock; give it the player's step clock and it pauses when the player pauses.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Exercise, Side } from '../../../common/routine';
import { poseShapes, sceneViewBox, type Shape } from './geometry';
import { styleOf } from './look';
import { isSettled, motionFor, poseAt, posesForSide } from './motion';

export interface ExerciseFigureProps {
  readonly exercise: Pick<Exercise, 'name' | 'poses' | 'dosage'>;
  readonly side?: Side;
  /**
   * `player`: holds settle into their position and stay; `preview`: everything loops;
   * `still`: one key pose (`pose`), e.g. "get into position" before an exercise starts.
   */
  readonly mode?: 'player' | 'preview' | 'still';
  /** The key pose drawn when still; defaults to the one that best shows the move (the last). */
  readonly pose?: number;
  /** Milliseconds since the motion started. Defaults to time since the figure appeared. */
  readonly clock?: () => number;
  /** False freezes the figure where it is (the player is paused). */
  readonly playing?: boolean;
  /** Accessible name; defaults to the exercise name. An empty string marks the figure decorative. */
  readonly label?: string;
  readonly className?: string;
  /**
   * `move` centres the frame on all the key poses of the move, so the figure never leaves it
   * (the player). `pose` centres it on the pose drawn (thumbnails of a still figure). Both draw
   * every exercise at one scale, floor at the foot. `canvas` shows the whole 100×100 room.
   */
  readonly frame?: 'canvas' | 'move' | 'pose';
  /** Width / height of a framed figure's box (`move` and `pose` frames); match the element's. */
  readonly aspect?: number;
}

const REDUCED = '(prefers-reduced-motion: reduce)';
const subscribeReduced = (onChange: () => void) => {
  const query = window.matchMedia(REDUCED);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
/** Follows the system setting live: turning reduced motion on mid-routine stops the figure. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReduced, () => window.matchMedia(REDUCED).matches);
}

/** ~30 frames a second is smooth for slow stretches and halves the work of a 60 Hz loop. */
const FRAME_MS = 32;

export function ExerciseFigure({
  exercise,
  side = 'none',
  mode = 'preview',
  pose,
  clock,
  playing = true,
  label,
  className,
  frame = 'canvas',
  aspect = 1,
}: ExerciseFigureProps) {
  const reduced = usePrefersReducedMotion();
  const svgRef = useRef<SVGSVGElement>(null);
  const mountedAt = useRef<number | null>(null);
  const clockRef = useRef(clock);
  useEffect(() => {
    clockRef.current = clock;
  }, [clock]);

  const poses = useMemo(() => posesForSide(exercise, side), [exercise, side]);
  const motion = useMemo(() => motionFor(exercise, mode === 'still' ? 'player' : mode), [exercise, mode]);
  const nearSide = side === 'left' ? 'left' : 'right';
  const animated = mode !== 'still' && !reduced && motion.segments.length > 0 && poses.length > 1;
  const stillIndex = Math.min(poses.length - 1, Math.max(0, pose ?? motion.stillPose));

  // React renders the elements once, at the motion's start; the animator then only moves the
  // existing SVG elements (see the layout effect), so a figure costs no React work per frame.
  const initial = useMemo<Shape[]>(() => {
    if (poses.length === 0) return [];
    return poseShapes(animated ? poseAt(poses, motion, 0) : poses[stillIndex]!, nearSide);
  }, [poses, motion, animated, stillIndex, nearSide]);

  // A layout effect: the first frame is drawn at the right moment of the motion before the
  // browser paints, so a figure that appears mid-motion never flashes its start pose.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!animated || !svg) return;
    const elements = new Map<string, SVGElement>();
    svg.querySelectorAll<SVGElement>('[data-k]').forEach((el) => elements.set(el.dataset['k']!, el));
    if (mountedAt.current === null) mountedAt.current = performance.now();
    const now = () => clockRef.current?.() ?? performance.now() - (mountedAt.current ?? 0);
    const draw = (t: number) => {
      for (const shape of poseShapes(poseAt(poses, motion, t), nearSide)) {
        const el = elements.get(shape.key);
        if (el) applyShape(el, shape);
      }
    };
    draw(now());
    if (!playing) return;
    let frame = 0;
    let last = -Infinity;
    const loop = (stamp: number) => {
      if (stamp - last >= FRAME_MS) {
        last = stamp;
        const t = now();
        draw(t);
        if (isSettled(motion, t)) return;
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [animated, playing, poses, motion, nearSide]);

  const box = useMemo(() => {
    if (frame === 'canvas' || poses.length === 0) return null;
    // One scale for every figure (see sceneViewBox); a moving figure is framed around its whole
    // move so that it never leaves the frame.
    return frame === 'move' || animated ? sceneViewBox(poses, aspect) : sceneViewBox(poses[stillIndex]!, aspect);
  }, [frame, poses, animated, stillIndex, aspect]);
  return (
    <svg
      ref={svgRef}
      className={`figure${className ? ` ${className}` : ''}`}
      overflow={box ? 'hidden' : 'visible'}
      fill="none"
      strokeLinecap="round"
      strokeLinejoin="round"
      viewBox={box ? `${box.x} ${box.y} ${box.width} ${box.height}` : '0 0 100 100'}
      {...(label === '' ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label ?? exercise.name })}
      focusable="false"
      data-animated={animated ? 'true' : 'false'}
      data-pose={animated ? undefined : String(stillIndex)}
    >
      {initial.map((s) => renderShape(s))}
    </svg>
  );
}

function renderShape(shape: Shape) {
  const look = styleOf(shape);
  const attrs = {
    key: shape.key,
    'data-k': shape.key,
    className: `fig-${shape.layer}`,
    fill: 'none',
    ...look,
  };
  switch (shape.type) {
    case 'line':
      return <line {...attrs} x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} />;
    case 'circle':
      return <circle {...attrs} cx={shape.cx} cy={shape.cy} r={shape.r} />;
    case 'path':
      return <path {...attrs} d={shape.d} />;
  }
}

function applyShape(el: SVGElement, shape: Shape): void {
  switch (shape.type) {
    case 'line':
      el.setAttribute('x1', String(shape.x1));
      el.setAttribute('y1', String(shape.y1));
      el.setAttribute('x2', String(shape.x2));
      el.setAttribute('y2', String(shape.y2));
      return;
    case 'circle':
      el.setAttribute('cx', String(shape.cx));
      el.setAttribute('cy', String(shape.cy));
      el.setAttribute('r', String(shape.r));
      return;
    case 'path':
      el.setAttribute('d', shape.d);
  }
}
