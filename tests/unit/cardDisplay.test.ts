/**
 * Which display the card goes on (core/placement.ts chooseCardDisplay), over multi-display
 * layouts as Electron reports them: a secondary left of or above the primary (negative
 * coordinates), mixed scale factors, task bars that shrink the work area.
 */
import { describe, expect, it } from 'vitest';
import { chooseCardDisplay, devicePixelsToDip, placeInCorner, type DisplayArea, type DisplayLayout } from '../../main/core/placement';

// A 4K laptop panel at 2× (1920×1080 DIP) as primary, task bar at the bottom; a 1280×1024 monitor
// at 1× to its left (negative x), its panel at the top; a portrait 1080×1920 at 1.25× above-right.
const laptop: DisplayArea = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1032 }, scaleFactor: 2 };
const left: DisplayArea = { id: 2, bounds: { x: -1280, y: 56, width: 1280, height: 1024 }, workArea: { x: -1280, y: 84, width: 1280, height: 996 }, scaleFactor: 1 };
const above: DisplayArea = { id: 3, bounds: { x: 1920, y: -840, width: 1080, height: 1920 }, workArea: { x: 1920, y: -840, width: 1032, height: 1920 }, scaleFactor: 1.25 };
const displays = [laptop, left, above];
const layout = (patch: Partial<DisplayLayout>): DisplayLayout => ({ displays, primaryId: 1, cursor: { x: 10, y: 10 }, focusedWindow: null, ...patch });

describe('the card’s display', () => {
  it('under the pointer, on displays at negative coordinates too', () => {
    expect(chooseCardDisplay(layout({ cursor: { x: -5, y: 600 } }), 'cursor')).toEqual({ display: left, by: 'cursor' });
    expect(chooseCardDisplay(layout({ cursor: { x: 2500, y: -100 } }), 'cursor')).toEqual({ display: above, by: 'cursor' });
    expect(chooseCardDisplay(layout({ cursor: { x: 0, y: 0 } }), 'cursor')).toEqual({ display: laptop, by: 'cursor' });
  });

  it('a pointer in the gap between displays goes to the nearest one', () => {
    // Left of the left monitor's top edge: y 20 is above its bounds (it starts at 56).
    expect(chooseCardDisplay(layout({ cursor: { x: -600, y: 20 } }), 'cursor')!.display.id).toBe(2);
    // Right of the laptop, below the portrait one.
    expect(chooseCardDisplay(layout({ cursor: { x: 2100, y: 1200 } }), 'cursor')!.display.id).toBe(3);
  });

  it('the primary display, wherever the pointer is; its id, not its place in the list', () => {
    expect(chooseCardDisplay(layout({ cursor: { x: -5, y: 600 } }), 'primary')).toEqual({ display: laptop, by: 'primary' });
    expect(chooseCardDisplay(layout({ primaryId: 3 }), 'primary')!.display.id).toBe(3);
  });

  it('the display holding most of the focused window', () => {
    // A window straddling the laptop and the left monitor, mostly on the left one.
    const straddling = { x: -1000, y: 200, width: 1200, height: 700 };
    expect(chooseCardDisplay(layout({ focusedWindow: straddling }), 'focusedWindow')).toEqual({ display: left, by: 'focusedWindow' });
    expect(chooseCardDisplay(layout({ focusedWindow: { x: 2000, y: -500, width: 800, height: 600 }, cursor: { x: -5, y: 600 } }), 'focusedWindow')!.display.id).toBe(3);
  });

  it('falls back: no focused window → the pointer; no pointer (Wayland) → the primary display', () => {
    expect(chooseCardDisplay(layout({ cursor: { x: -5, y: 600 } }), 'focusedWindow')).toEqual({ display: left, by: 'cursor' });
    // A window off every display (minimised to -32000, as Windows does) counts as none.
    expect(chooseCardDisplay(layout({ cursor: { x: -5, y: 600 }, focusedWindow: { x: -32000, y: -32000, width: 160, height: 28 } }), 'focusedWindow')!.by).toBe('cursor');
    expect(chooseCardDisplay(layout({ cursor: null }), 'cursor')).toEqual({ display: laptop, by: 'primary' });
    expect(chooseCardDisplay(layout({ cursor: null }), 'focusedWindow')).toEqual({ display: laptop, by: 'primary' });
    expect(chooseCardDisplay({ ...layout({}), displays: [] }, 'cursor')).toBeNull();
  });

  it('the card sits inside the chosen work area, clear of task bars and panels', () => {
    const size = { width: 380, height: 520 };
    expect(placeInCorner(left.workArea, size, 'topLeft')).toEqual({ x: -1264, y: 100, width: 380, height: 520 });
    expect(placeInCorner(left.workArea, size, 'bottomRight')).toEqual({ x: -396, y: 544, width: 380, height: 520 });
    expect(placeInCorner(laptop.workArea, size, 'bottomRight')).toEqual({ x: 1524, y: 496, width: 380, height: 520 });
    expect(placeInCorner(above.workArea, size, 'topRight')).toEqual({ x: 2556, y: -824, width: 380, height: 520 });
  });

  it('X11 device pixels become DIP at the global scale', () => {
    expect(devicePixelsToDip({ x: 3000, y: 400, width: 1600, height: 1200 }, 2)).toEqual({ x: 1500, y: 200, width: 800, height: 600 });
    expect(devicePixelsToDip({ x: 10, y: 10, width: 10, height: 10 }, 0)).toEqual({ x: 10, y: 10, width: 10, height: 10 });
  });
});
