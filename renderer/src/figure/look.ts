/**
 * One drawing style for every exercise: calm strokes in the accent colour, the far limbs
 * lighter so depth reads at a glance, furniture and gear quiet in the background. Kept apart
 * from the React component so the review sheet (scripts/renderPoseSheet.ts) draws with exactly
 * the same strokes. Colours are CSS variables of base.css, so light and dark follow the theme.
 */
import type { Layer, Shape } from './geometry';

export interface ShapeStyle {
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly strokeOpacity?: number;
  readonly strokeDasharray?: string;
  readonly fill?: string;
}

const LOOK: Record<Layer, ShapeStyle> = {
  floor: { stroke: 'var(--border)', strokeWidth: 1.2 },
  prop: { stroke: 'var(--text-muted)', strokeWidth: 2, strokeOpacity: 0.6 },
  far: {
    stroke: 'var(--figure-far, color-mix(in srgb, var(--accent) 42%, var(--surface)))',
    strokeWidth: 3.4,
  },
  body: { stroke: 'var(--accent)', strokeWidth: 3.6 },
  near: { stroke: 'var(--accent)', strokeWidth: 3.6 },
  head: {
    stroke: 'var(--accent)',
    strokeWidth: 3,
    fill: 'var(--figure-head-fill, var(--surface))',
  },
};
/** A resistance band: amber and solid, so it shows from a step away against the green body. */
const BAND: ShapeStyle = {
  stroke: 'var(--figure-band)',
  strokeWidth: 2.2,
};
/** A floor mat seen from above: a faint filled patch, so the body reads as lying on something. */
const MAT: ShapeStyle = {
  stroke: 'var(--border)',
  strokeWidth: 1,
  fill: 'color-mix(in srgb, var(--border) 35%, transparent)',
};

/** The stroke, width and fill of one shape. */
export function styleOf(shape: Shape): ShapeStyle {
  if (shape.key.endsWith('band')) return BAND;
  if (shape.key === 'mat') return MAT;
  if (shape.key === 'neck-pelvis') return { ...LOOK.body, strokeWidth: 4.4 };
  const look = LOOK[shape.layer];
  // Rollers and balls are solid shapes; every other prop is a line drawing.
  const solid = shape.layer === 'prop' && (shape.type === 'circle' || shape.key.endsWith('r'));
  return solid ? { ...look, fill: 'var(--surface-2)', strokeOpacity: 1 } : look;
}
