/**
 * Where the reminder card goes: a corner of the work area (the screen minus task bars and
 * docks) of the display under the cursor. Everything is in Electron's device-independent
 * pixels, so scaled displays need no special case; work areas of secondary displays may start
 * at negative coordinates, which the arithmetic handles as is.
 */
import type { Corner } from '../../common/preferences';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const CARD_MARGIN = 16;

export function placeInCorner(workArea: Rect, size: { width: number; height: number }, corner: Corner, margin = CARD_MARGIN): Rect {
  // A work area smaller than the card (tiny or heavily scaled screens): shrink the margin first,
  // then keep the card's top-left corner on screen.
  const width = Math.min(size.width, workArea.width);
  const height = Math.min(size.height, workArea.height);
  const mx = Math.max(0, Math.min(margin, Math.floor((workArea.width - width) / 2)));
  const my = Math.max(0, Math.min(margin, Math.floor((workArea.height - height) / 2)));
  const left = workArea.x + mx;
  const right = workArea.x + workArea.width - width - mx;
  const top = workArea.y + my;
  const bottom = workArea.y + workArea.height - height - my;
  const x = corner === 'bottomLeft' || corner === 'topLeft' ? left : right;
  const y = corner === 'topLeft' || corner === 'topRight' ? top : bottom;
  return { x: Math.round(x), y: Math.round(y), width, height };
}
