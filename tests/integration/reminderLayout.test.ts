/**
 * The reminder card grows into the player when a routine starts (setReminderLayout), on the
 * typed Electron fake: same corner, same display, size from the preference, clamped to the
 * work area, and only the reminder window may ask.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { at, startTestApp, type TestApp } from '../support/testApp';

const REMINDER = 'app://limber/reminder.html';
const card = () => FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('/reminder.html'))!;

describe('setReminderLayout', () => {
  let app: TestApp;
  beforeEach(async () => {
    FakeBrowserWindow.all.length = 0;
    app = await startTestApp({ stores: memoryStores({ state: { firstRunComplete: true } }), startWallMs: at(10) });
  });

  const open = async () => {
    expect(await app.call('startRoutineNow', undefined)).toMatchObject({ ok: true });
    await app.settle();
    return card();
  };
  const layout = (window: FakeBrowserWindow, to: 'card' | 'player', frameUrl = REMINDER) => app.call('setReminderLayout', { layout: to }, frameUrl, window.webContents.id);

  it('grows the card into a 560×720 player in its corner, and back', async () => {
    const window = await open();
    expect(window.getBounds()).toEqual({ x: 1920 - 380 - 16, y: 1040 - 520 - 16, width: 380, height: 520 });
    expect(await layout(window, 'player')).toEqual({ ok: true, value: undefined });
    expect(window.getBounds()).toEqual({ x: 1920 - 560 - 16, y: 1040 - 720 - 16, width: 560, height: 720 });
    expect(await layout(window, 'card')).toMatchObject({ ok: true });
    expect(window.getBounds()).toEqual({ x: 1920 - 380 - 16, y: 1040 - 520 - 16, width: 380, height: 520 });
  });

  it('follows the size and corner preferences', async () => {
    await app.call('updatePreferences', { playerSize: 'compact', reminderCorner: 'topLeft' }, 'app://limber/preferences.html');
    const window = await open();
    await layout(window, 'player');
    expect(window.getBounds()).toEqual({ x: 16, y: 16, width: 380, height: 520 });
  });

  it('stays on the display the card is on, within its work area', async () => {
    // A short laptop screen to the left of the main one; the pointer is on it when the card opens.
    app.electron.screen.displays.push({
      id: 2,
      bounds: { x: -1366, y: 0, width: 1366, height: 768 },
      workArea: { x: -1366, y: 0, width: 1366, height: 728 },
      scaleFactor: 1,
    });
    app.electron.screen.cursor = { x: -600, y: 300 };
    const window = await open();
    expect(window.getBounds().x).toBe(-380 - 16);
    // The pointer moves back to the main screen before Start: the player grows where the card is.
    app.electron.screen.cursor = { x: 100, y: 100 };
    await layout(window, 'player');
    expect(window.getBounds()).toEqual({ x: -560 - 16, y: 16, width: 560, height: 728 - 32 });
  });

  it('refuses any other window, and bad payloads, without moving anything', async () => {
    const window = await open();
    const before = window.getBounds();
    await app.call('openWindow', { window: 'preferences' }, REMINDER, window.webContents.id);
    await app.settle();
    const prefs = FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('/preferences.html'))!;
    const denied = await app.call('setReminderLayout', { layout: 'player' }, 'app://limber/preferences.html', prefs.webContents.id);
    expect(denied).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('Only the reminder window') } });
    expect(await app.call('setReminderLayout', { layout: 'huge' }, REMINDER, window.webContents.id)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(window.getBounds()).toEqual(before);
    expect(prefs.bounds).toEqual({});
  });
});
