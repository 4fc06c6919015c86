/**
 * A renderer that crashes or hangs, on the typed fake: the window is destroyed (a frameless
 * always-on-top card with a dead page could never be closed otherwise), the reminder stays due,
 * a routine in the player ends as stopped, and the log says what happened.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow, type FakeMenu, FakeTray } from '../support/electronFake';
import { startTestApp, type TestApp } from '../support/testApp';

const MIN = 60_000;
const card = () => FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('/reminder.html'));

describe('a reminder window whose page crashes or hangs', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
    app.clock.advance(5 * MIN + 45 * MIN + 1000); // 09:45, the first reminder
    await app.settle();
  });

  for (const [name, breakIt] of [
    ['crashed (render-process-gone)', (w: FakeBrowserWindow) => w.crashRenderer('crashed')],
    ['killed (render-process-gone, out of memory)', (w: FakeBrowserWindow) => w.crashRenderer('oom')],
    ['hung (unresponsive)', (w: FakeBrowserWindow) => w.hang()],
  ] as const) {
    it(`${name}: the card is closed, the reminder stays due, and "Start a routine now" plays it`, async () => {
      const window = card()!;
      expect(window.options).toMatchObject({ frame: false, alwaysOnTop: true });
      const planned = app.handle.snapshot().session;
      expect(planned?.kind).toBe('reminder');
      breakIt(window);
      expect(window.isDestroyed()).toBe(true);
      expect(card()).toBeUndefined();
      expect(app.handle.snapshot().session).toEqual(planned); // still due, not answered
      expect(app.stores.records).toEqual([]);
      expect(app.warnings.some((w) => w.startsWith('The reminder window was closed: its page'))).toBe(true);
      (FakeTray.all[0]!.menu as FakeMenu).click('Start a routine now');
      await app.settle();
      expect(app.handle.snapshot().session).toMatchObject({ kind: 'routine', origin: 'reminder', plan: planned?.plan });
      expect(card()).toBeDefined(); // a fresh window with a fresh page
      expect(card()).not.toBe(window);
    });
  }

  it('the player crashing mid-routine ends the routine as stopped; the next reminder still comes', async () => {
    await app.call('respondToReminder', { action: 'start' });
    expect(app.handle.snapshot().session?.kind).toBe('routine');
    card()!.crashRenderer('crashed');
    expect(card()).toBeUndefined();
    expect(app.handle.snapshot().session).toBeNull();
    expect(app.stores.records.map((r) => r.outcome)).toEqual(['stopped']);
    app.clock.advance(60 * MIN);
    await app.settle();
    expect(card()).toBeDefined();
  });
});
