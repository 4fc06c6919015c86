import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORNERS, PLAYER_SIZES as SIZE_NAMES } from '../../common/preferences';
import { CARD_MARGIN, CARD_SIZE, PLAYER_SIZES, reminderBounds, type Rect } from '../../main/core/placement';

const HD: Rect = { x: 0, y: 0, width: 1920, height: 1040 };

describe('reminderBounds', () => {
  it('grows the card into the large player in the same corner', () => {
    expect(reminderBounds(HD, 'card', 'large', 'bottomRight')).toEqual({ x: 1920 - 380 - 16, y: 1040 - 520 - 16, width: 380, height: 520 });
    expect(reminderBounds(HD, 'player', 'large', 'bottomRight')).toEqual({ x: 1920 - 560 - 16, y: 1040 - 720 - 16, width: 560, height: 720 });
    expect(reminderBounds(HD, 'player', 'large', 'topLeft')).toEqual({ x: 16, y: 16, width: 560, height: 720 });
  });

  it('keeps the card size for a compact player', () => {
    expect(reminderBounds(HD, 'player', 'compact', 'bottomLeft')).toEqual({ x: 16, y: 1040 - 520 - 16, width: 380, height: 520 });
  });

  it('shrinks the player to a short work area (1366×768 with a task bar), never below the card', () => {
    const laptop: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    expect(reminderBounds(laptop, 'player', 'large', 'bottomRight')).toEqual({ x: 1366 - 560 - 16, y: 16, width: 560, height: 728 - 32 });
    const tiny: Rect = { x: 0, y: 0, width: 1024, height: 540 };
    expect(reminderBounds(tiny, 'player', 'large', 'bottomRight').height).toBe(CARD_SIZE.height);
  });

  it('always lies inside the work area, at least the card (or the whole area), at most the preference', () => {
    const rect = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 300, max: 5000 }),
      height: fc.integer({ min: 300, max: 3000 }),
    });
    fc.assert(
      fc.property(rect, fc.constantFrom(...CORNERS), fc.constantFrom(...SIZE_NAMES), fc.constantFrom('card' as const, 'player' as const), (area, corner, size, layout) => {
        const b = reminderBounds(area, layout, size, corner);
        expect(b.x).toBeGreaterThanOrEqual(area.x);
        expect(b.y).toBeGreaterThanOrEqual(area.y);
        expect(b.x + b.width).toBeLessThanOrEqual(area.x + area.width);
        expect(b.y + b.height).toBeLessThanOrEqual(area.y + area.height);
        const want = layout === 'card' ? CARD_SIZE : PLAYER_SIZES[size];
        expect(b.width).toBeLessThanOrEqual(want.width);
        expect(b.height).toBeLessThanOrEqual(want.height);
        expect(b.width).toBeGreaterThanOrEqual(Math.min(CARD_SIZE.width, area.width));
        expect(b.height).toBeGreaterThanOrEqual(Math.min(CARD_SIZE.height, area.height));
        // The corner holds: a right corner keeps the right edge at the margin (or less).
        if (corner.endsWith('Right')) expect(area.x + area.width - (b.x + b.width)).toBeLessThanOrEqual(CARD_MARGIN);
        if (corner.startsWith('bottom')) expect(area.y + area.height - (b.y + b.height)).toBeLessThanOrEqual(CARD_MARGIN);
      }),
    );
  });
});
