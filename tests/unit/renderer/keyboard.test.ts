import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../renderer/src/reminder/keyboard';

describe('window-wide shortcuts', () => {
  it('maps the keys of PRODUCT.md §4 with nothing focused', () => {
    expect(shortcutFor({ key: 'Enter', targetTag: 'BODY' })).toBe('enter');
    expect(shortcutFor({ key: ' ', targetTag: 'BODY' })).toBe('space');
    expect(shortcutFor({ key: 'Escape' })).toBe('escape');
    expect(shortcutFor({ key: 'ArrowLeft' })).toBe('left');
    expect(shortcutFor({ key: 'ArrowRight' })).toBe('right');
    expect(shortcutFor({ key: 'a' })).toBeNull();
  });

  it('leaves Enter and Space to a focused button (Enter on Skip skips)', () => {
    expect(shortcutFor({ key: 'Enter', targetTag: 'BUTTON' })).toBeNull();
    expect(shortcutFor({ key: ' ', targetTag: 'button' })).toBeNull();
    expect(shortcutFor({ key: 'Enter', targetTag: 'DIV', targetRole: 'button' })).toBeNull();
    // …but Esc and the arrows still work from a button.
    expect(shortcutFor({ key: 'Escape', targetTag: 'BUTTON' })).toBe('escape');
    expect(shortcutFor({ key: 'ArrowRight', targetTag: 'BUTTON' })).toBe('right');
  });

  it('ignores keys inside an open dialog, with modifiers, held down, or already handled', () => {
    expect(shortcutFor({ key: 'Escape', inDialog: true })).toBeNull();
    expect(shortcutFor({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(shortcutFor({ key: 'Enter', ctrlKey: true })).toBeNull();
    expect(shortcutFor({ key: 'Enter', repeat: true })).toBeNull();
    expect(shortcutFor({ key: 'Escape', defaultPrevented: true })).toBeNull();
    // Holding an arrow keeps stepping, like any list.
    expect(shortcutFor({ key: 'ArrowRight', repeat: true })).toBe('right');
  });
});
