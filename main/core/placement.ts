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

/** A display as Electron describes it (device-independent pixels; a secondary may sit at negative x or y). */
export interface DisplayArea {
  readonly id: number;
  readonly bounds: Rect;
  /** The bounds minus task bars, docks and panels. */
  readonly workArea: Rect;
  readonly scaleFactor: number;
}

export interface DisplayLayout {
  readonly displays: readonly DisplayArea[];
  readonly primaryId: number;
  /** Where the pointer is, or null where the OS does not say (Wayland). */
  readonly cursor: { readonly x: number; readonly y: number } | null;
  /** The focused window's bounds in DIP, or null where it cannot be known or nothing is focused. */
  readonly focusedWindow: Rect | null;
}

export type CardDisplayChoice = { readonly display: DisplayArea; readonly by: 'cursor' | 'primary' | 'focusedWindow' };

const contains = (r: Rect, p: { x: number; y: number }) => p.x >= r.x && p.x < r.x + r.width && p.y >= r.y && p.y < r.y + r.height;
const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
/** Squared distance from a point to a rectangle (0 inside). */
const distance = (r: Rect, p: { x: number; y: number }) => {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width - 1));
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height - 1));
  return dx * dx + dy * dy;
};

/**
 * Which display the card goes on (docs/decisions/0065-card-display.md). `cursor`: the display
 * under the pointer, or the nearest one when the pointer is in a gap between displays.
 * `focusedWindow`: the display holding most of the focused window. Whatever cannot be known
 * falls back — the focused window to the pointer, the pointer to the primary display — and `by`
 * says which rule placed it.
 */
export function chooseCardDisplay(layout: DisplayLayout, wanted: 'cursor' | 'primary' | 'focusedWindow'): CardDisplayChoice | null {
  const { displays } = layout;
  if (displays.length === 0) return null;
  const primary = displays.find((d) => d.id === layout.primaryId) ?? displays[0]!;
  const byPrimary: CardDisplayChoice = { display: primary, by: 'primary' };
  const byCursor = (): CardDisplayChoice => {
    const cursor = layout.cursor;
    if (cursor === null) return byPrimary;
    const under = displays.find((d) => contains(d.bounds, cursor));
    if (under) return { display: under, by: 'cursor' };
    let best = displays[0]!;
    for (const d of displays) if (distance(d.bounds, cursor) < distance(best.bounds, cursor)) best = d;
    return { display: best, by: 'cursor' };
  };
  if (wanted === 'primary') return byPrimary;
  if (wanted === 'focusedWindow' && layout.focusedWindow !== null) {
    const win = layout.focusedWindow;
    let best: DisplayArea | null = null;
    let bestArea = 0;
    for (const d of displays) {
      const area = overlap(d.bounds, win);
      if (area > bestArea) [best, bestArea] = [d, area];
    }
    if (best) return { display: best, by: 'focusedWindow' };
  }
  return byCursor();
}

/** X11 reports device pixels; Electron's displays are DIP with one global scale on Linux. */
export function devicePixelsToDip(rect: Rect, scaleFactor: number): Rect {
  const s = scaleFactor > 0 ? scaleFactor : 1;
  return { x: Math.round(rect.x / s), y: Math.round(rect.y / s), width: Math.round(rect.width / s), height: Math.round(rect.height / s) };
}
