/**
 * Where the reminder card goes: a corner of the work area (the screen minus task bars and
 * docks) of the display under the cursor. Everything is in Electron's device-independent
 * pixels, so scaled displays need no special case; work areas of secondary displays may start
 * at negative coordinates, which the arithmetic handles as is.
 */
import type { Corner, PlayerSize } from '../../common/preferences';

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

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The reminder card, and the smallest the player may be (the card's own size). */
export const CARD_SIZE: Size = { width: 380, height: 520 };

/**
 * The player's size per preference (docs/decisions/0015-player-size.md): `compact` keeps the
 * card's size; `large` gives the figure and the countdown room to be followed from a step away.
 */
export const PLAYER_SIZES: Readonly<Record<PlayerSize, Size>> = {
  compact: CARD_SIZE,
  large: { width: 560, height: 720 },
};

export type ReminderLayout = 'card' | 'player';

/**
 * Where the reminder window goes for a layout: the card's size, or the player's, shrunk to fit
 * the work area (with its margin) but never below the card's, and in the same corner, so a card
 * that grows into the player stays where the user expects it.
 */
export function reminderBounds(workArea: Rect, layout: ReminderLayout, playerSize: PlayerSize, corner: Corner, margin = CARD_MARGIN): Rect {
  const wanted = layout === 'card' ? CARD_SIZE : PLAYER_SIZES[playerSize];
  const fit = (want: number, min: number, room: number) => Math.max(Math.min(want, room - 2 * margin), Math.min(min, room));
  const size = { width: fit(wanted.width, CARD_SIZE.width, workArea.width), height: fit(wanted.height, CARD_SIZE.height, workArea.height) };
  return placeInCorner(workArea, size, corner, margin);
}
