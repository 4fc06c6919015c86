/**
 * The card's display preference through the whole app on the typed Electron fake, with two
 * displays: a 1366×768 laptop panel left of the 1920×1080 primary (negative x, its own task bar).
 * A due reminder and "Start a routine now" both open the card where the preference says.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Rect } from '../../main/core/placement';
import { FakeBrowserWindow } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { at, startTestApp, type TestApp } from '../support/testApp';

const PREFS = 'app://limber/preferences.html';
const card = () => FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('/reminder.html'));
const LEFT_CARD_X = -380 - 16; // bottom-right corner of the left display's work area
const MAIN_CARD_X = 1920 - 380 - 16;

describe('which display the card appears on', () => {
  let app: TestApp;
  let focused: Rect | null;
  let reads: number;
  beforeEach(async () => {
    FakeBrowserWindow.all.length = 0;
    focused = null;
    reads = 0;
    app = await startTestApp({
      stores: memoryStores({ state: { firstRunComplete: true } }),
      startWallMs: at(10),
      focusedWindow: {
        availability: async () => ({ kind: 'available' }),
        bounds: async () => {
          reads++;
          return focused;
        },
      },
    });
    app.electron.screen.displays.push({ id: 2, bounds: { x: -1366, y: 0, width: 1366, height: 768 }, workArea: { x: -1366, y: 0, width: 1366, height: 728 }, scaleFactor: 1.5 });
  });

  const due = async () => {
    app.clock.advance(45 * 60_000 + 1000);
    for (let i = 0; i < 5; i++) await app.settle();
    return card();
  };

  it('by default on the display under the pointer (the left one)', async () => {
    app.electron.screen.cursor = { x: -600, y: 300 };
    expect((await due())?.getBounds()).toMatchObject({ x: LEFT_CARD_X, y: 728 - 520 - 16 });
    expect(reads).toBe(0); // nothing is spawned unless the preference asks for the focused window
  });

  it('on the primary display when chosen, wherever the pointer is', async () => {
    await app.call('updatePreferences', { cardDisplay: 'primary' }, PREFS);
    app.electron.screen.cursor = { x: -600, y: 300 };
    expect((await due())?.getBounds()).toMatchObject({ x: MAIN_CARD_X, y: 1040 - 520 - 16 });
  });

  it('on the focused window’s display, read before the due card is shown', async () => {
    await app.call('updatePreferences', { cardDisplay: 'focusedWindow' }, PREFS);
    app.electron.screen.cursor = { x: 100, y: 100 }; // pointer on the primary…
    focused = { x: -1200, y: 100, width: 900, height: 600 }; // …the user types on the left
    const window = await due();
    expect(reads).toBeGreaterThan(0);
    // Created there, not moved there: the reading came before the card (no jump on screen).
    expect(window?.options.x).toBe(LEFT_CARD_X);
    expect(window?.getBounds().x).toBe(LEFT_CARD_X);
  });

  it('with nothing focused, by the pointer; a card opened from the tray moves to where the focus is', async () => {
    await app.call('updatePreferences', { cardDisplay: 'focusedWindow' }, PREFS);
    app.electron.screen.cursor = { x: -600, y: 300 };
    expect((await due())?.getBounds().x).toBe(LEFT_CARD_X); // nothing focused: the pointer's display
    card()?.close();
    await app.settle();
    // From the tray: the card is created where the last reading said (nothing: the pointer, left)…
    focused = { x: 200, y: 200, width: 800, height: 600 }; // …but the focus is now on the primary
    app.handle.run({ kind: 'startNow' });
    for (let i = 0; i < 5; i++) await app.settle();
    expect(card()?.getBounds()).toMatchObject({ x: MAIN_CARD_X, y: 1040 - 520 - 16, width: 380, height: 520 });
  });

  it('the preference says where the focused window cannot be followed', async () => {
    const wayland = await startTestApp({
      startWallMs: at(10),
      focusedWindow: { availability: async () => ({ kind: 'unavailable', reason: 'Wayland hides windows.' }), bounds: async () => null },
    });
    await wayland.settle();
    expect(wayland.handle.snapshot().focusedWindowDisplay).toEqual({ kind: 'unavailable', reason: 'Wayland hides windows.' });
  });
});
