/**
 * A whole day through the composition root: app start, tray, reminder due → card window with
 * the secure options in its corner → start → finish → window destroyed → history recorded;
 * power events reaching the scheduler; tray menu in each state; second instance; quit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { eventChannel } from '../../common/ipcChannels';
import type { AppSnapshot } from '../../common/ipc';
import { FakeBrowserWindow, type FakeMenu, FakeNotification, FakeTray } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { at, startTestApp, type TestApp } from '../support/testApp';

const MIN = 60_000;
const tray = () => FakeTray.all[0]!;
const menu = () => (tray().menu as FakeMenu).labels();
const card = () => FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('/reminder.html'));

describe('a day with Limber', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({ startWallMs: at(8, 55) });
  });

  it('starts quietly into the tray, outside work hours', () => {
    expect(FakeTray.all).toHaveLength(1);
    // Automatic on a Linux desktop other than KDE: the panel is dark in either theme (decision 0060).
    expect(tray().image).toBe('/app/assets/tray/tray-dark.png');
    expect(tray().toolTip).toBe('Limber — Outside work hours — back 09:00');
    expect(menu()).toEqual([
      '(Outside work hours — back 09:00)',
      '—',
      'Start a routine now',
      { 'Pause reminders': ['For 30 minutes', 'For 1 hour', 'For 2 hours', 'Until the next work day', 'Until I resume'] },
      '—',
      'Preferences…',
      'Stats…',
      '—',
      'Quit Limber',
    ]);
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    expect(app.loginItems).toEqual([true]);
  });

  it('reminder → start → finish: card in its corner without focus, history recorded, window gone', async () => {
    app.clock.advance(5 * MIN + 1000); // 09:00, arriving at work
    expect(tray().toolTip).toBe('Limber — Next break in 45 min');
    app.clock.advance(44 * MIN - 1000);
    expect(card()).toBeUndefined();
    app.clock.advance(1 * MIN + 1000);
    await app.settle();

    const window = card()!;
    expect(window).toBeDefined();
    expect(FakeBrowserWindow.all.filter((w) => w !== window).every((w) => w.options.webPreferences?.autoplayPolicy === undefined)).toBe(true);
    expect(window.options).toMatchObject({
      width: 380,
      height: 520,
      frame: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      show: false,
      x: 1920 - 380 - 16,
      y: 1040 - 520 - 16,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(false); // shown without taking keyboard focus
    const [notification] = FakeNotification.shown;
    expect(notification?.options).toMatchObject({ title: 'Time to move', body: expect.stringMatching(/^2½ min · hips & upper back · at your desk$/) });
    expect(menu()).toContain('Snooze 10 min');

    const snap = app.handle.snapshot();
    expect(snap.session?.kind).toBe('reminder');
    if (snap.session?.kind !== 'reminder') throw new Error('no reminder');
    expect(snap.session.snoozesLeft).toBe(3);
    expect(snap.session.plan.exercises.map((e) => e.id)).toEqual(snap.session.plan.routine.exerciseIds);
    // The card got the same snapshot pushed.
    const pushed = window.webContents.sent.filter((m) => m.channel === eventChannel('snapshotChanged')).at(-1)?.args[0] as AppSnapshot;
    expect(pushed.session?.kind).toBe('reminder');

    await app.call('respondToReminder', { action: 'start' });
    expect(app.handle.snapshot().session?.kind).toBe('routine');
    expect(menu()).toContain('(Start a routine now)');
    expect(menu()).not.toContain('Snooze 10 min');

    app.clock.advance(150_000);
    const ids = snap.session.plan.routine.exerciseIds;
    const recorded = await app.call('reportRoutineOutcome', { outcome: 'completed', activeSeconds: 150, exerciseIds: ids });
    // The first routine of the first day: the streak needs 3 a day, so it has not begun.
    expect(recorded).toEqual({ ok: true, value: { streakDays: 0, routinesToday: 1 } });
    const last = app.stores.records.at(-1)!;
    expect(last.outcome).toBe('completed');
    expect(last.routine).toMatchObject({ trigger: 'reminder', ended: 'completed', activeSeconds: 150, countsAsBreak: true, exerciseIds: ids });

    await app.call('closeWindow', undefined, 'app://limber/reminder.html', window.webContents.id);
    expect(window.isDestroyed()).toBe(true);
    expect(FakeBrowserWindow.alive()).toHaveLength(0);
    expect(app.handle.windows.aliveCount).toBe(0);
    expect(app.handle.snapshot().session).toBeNull();
    expect(tray().toolTip).toBe('Limber — Next break in 45 min');
    // Only one timer was ever armed at a time.
    expect(app.clock.maxArmed).toBe(1);
  });

  it('snooze and skip from the card; the snooze limit hides Snooze', async () => {
    app.clock.advance(5 * MIN + 45 * MIN + 1000);
    await app.settle();
    for (let i = 0; i < 3; i++) {
      expect(card()).toBeDefined();
      await app.call('respondToReminder', { action: 'snooze' });
      expect(card()).toBeUndefined();
      app.clock.advance(10 * MIN + 1000);
      await app.settle();
    }
    const snap = app.handle.snapshot();
    expect(snap.session).toMatchObject({ kind: 'reminder', snoozesLeft: 0 });
    expect(menu()).not.toContain('Snooze 10 min');
    await app.call('respondToReminder', { action: 'skip' });
    expect(card()).toBeUndefined();
    expect(app.stores.records.map((r) => r.outcome)).toEqual(['snoozed', 'snoozed', 'snoozed', 'skipped']);
  });

  it('a card closed without an answer stays due: no record, no second card, start-now plays it, a break resolves it', async () => {
    app.clock.advance(5 * MIN + 45 * MIN + 1000);
    await app.settle();
    const window = card()!;
    expect(window.options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
    const planned = app.handle.snapshot().session;
    await app.call('closeWindow', undefined, 'app://limber/reminder.html', window.webContents.id);
    expect(card()).toBeUndefined();
    expect(app.stores.records).toEqual([]);
    expect(app.handle.snapshot().session).toEqual(planned);
    app.clock.advance(30 * MIN);
    await app.settle();
    expect(card()).toBeUndefined(); // no second reminder while this one is due
    expect(menu()).toContain('Snooze 10 min');
    (tray().menu as FakeMenu).click('Start a routine now');
    await app.settle();
    expect(app.handle.snapshot().session).toMatchObject({ kind: 'routine', origin: 'reminder', plan: planned?.plan });
    expect(card()?.focused).toBe(true);
  });

  it('a hidden reminder is resolved by a natural break', async () => {
    app.clock.advance(5 * MIN + 45 * MIN + 1000);
    await app.settle();
    await app.call('closeWindow', undefined, 'app://limber/reminder.html', card()!.webContents.id);
    app.electron.powerMonitor.emit('lock-screen');
    app.clock.advance(6 * MIN);
    app.electron.powerMonitor.emit('unlock-screen');
    expect(app.handle.snapshot().session).toBeNull();
    expect(app.stores.records.map((r) => r.outcome)).toEqual(['natural']);
  });

  it('a lock long enough closes an unanswered reminder as a natural break; a short one changes nothing', async () => {
    app.clock.advance(5 * MIN + 1000);
    app.clock.advance(20 * MIN);
    app.electron.powerMonitor.emit('lock-screen');
    app.clock.advance(5_000);
    app.electron.powerMonitor.emit('unlock-screen');
    expect(tray().toolTip).toBe('Limber — Next break in 25 min');
    app.clock.advance(25 * MIN + 1000);
    await app.settle();
    expect(card()).toBeDefined();
    app.electron.powerMonitor.emit('lock-screen');
    app.clock.advance(6 * MIN);
    app.electron.powerMonitor.emit('unlock-screen');
    await app.settle();
    expect(card()).toBeUndefined();
    expect(app.stores.records.at(-1)?.outcome).toBe('natural');
    expect(tray().toolTip).toBe('Limber — Next break in 45 min');
  });

  it('an 8-hour sleep brings no burst and no stale reminder', async () => {
    app.clock.advance(5 * MIN + 30 * MIN);
    app.electron.powerMonitor.emit('suspend');
    app.clock.sleep(8 * 60 * MIN);
    app.electron.powerMonitor.emit('resume');
    app.clock.advance(1000);
    await app.settle();
    // 17:35: work hours are over; nothing is due and nothing was shown.
    expect(FakeNotification.shown).toHaveLength(0);
    expect(card()).toBeUndefined();
    expect(tray().toolTip).toBe('Limber — Outside work hours — back Tue 09:00');
  });

  it('pause and resume from the tray, with the status and menu following', async () => {
    app.clock.advance(10 * MIN);
    (tray().menu as FakeMenu).click('For 1 hour');
    expect(tray().toolTip).toBe('Limber — Paused until 10:05');
    expect(menu()).toContain('Resume reminders');
    app.clock.advance(50 * MIN);
    expect(card()).toBeUndefined();
    (tray().menu as FakeMenu).click('Resume reminders');
    expect(tray().toolTip).toMatch(/^Limber — Next break in \d+ min$/);
  });

  it('"Start a routine now" works outside work hours and opens the player focused', async () => {
    (tray().menu as FakeMenu).click('Start a routine now');
    await app.settle();
    const window = card()!;
    expect(window.visible).toBe(true);
    expect(window.focused).toBe(true);
    expect(app.handle.snapshot().session).toMatchObject({ kind: 'routine', origin: 'manual' });
    await app.call('reportRoutineOutcome', { outcome: 'stopped', activeSeconds: 20, exerciseIds: ['x'] });
    expect(app.stores.records.at(-1)).toMatchObject({ outcome: 'manual', routine: { ended: 'stopped', activeSeconds: 20, exerciseIds: ['x'] } });
  });

  it('changing preferences applies at once without resetting sitting time', async () => {
    app.clock.advance(5 * MIN + 1000);
    app.clock.advance(20 * MIN);
    expect(tray().toolTip).toBe('Limber — Next break in 25 min');
    const result = await app.call('updatePreferences', { intervalMinutes: 30 }, 'app://limber/preferences.html');
    expect(result).toMatchObject({ ok: true });
    expect(tray().toolTip).toBe('Limber — Next break in 10 min');
    expect(app.stores.prefs.intervalMinutes).toBe(30);
  });

  it('a second launch opens Preferences; quitting saves the scheduler state', async () => {
    app.electron.app.emit('second-instance', {}, [], '/');
    expect(app.handle.windows.isOpen('preferences')).toBe(true);
    app.clock.advance(30 * MIN);
    app.electron.app.quit();
    expect(app.stores.state.scheduler).toMatchObject({ version: 1 });
    await app.settle();
    // The history was flushed before Electron was let go.
    expect(app.stores.flushes).toBe(1);
  });
});

describe('busy: a call holds the reminder (issue 12)', () => {
  /** Time passes in 5-second steps, each busy check answered within its step, as on a desktop. */
  const pass = async (app: TestApp, ms: number) => {
    for (let t = 0; t < ms; t += 5000) {
      app.clock.advance(5000);
      await app.settle();
    }
  };

  it('in a call at 09:45 nothing shows and the tray says why; a minute after the call the card comes, and the break taken is on record as held', async () => {
    const app = await startTestApp({ startWallMs: at(8, 55) });
    app.clock.advance(5 * MIN + 1000); // 09:00
    await pass(app, 40 * MIN);
    expect(app.busyChecks.count).toBe(0); // nothing due: no detector asked
    app.busy.add('call'); // 09:40, the call begins
    await pass(app, 30 * MIN);
    expect(card()).toBeUndefined();
    expect(FakeNotification.shown).toHaveLength(0);
    expect(tray().toolTip).toBe("Limber — Holding your break — you're in a call");
    // At most once a minute while held (4 fake detectors answer each check).
    expect(app.busyChecks.count / 4).toBeLessThanOrEqual(26);
    expect(app.busyChecks.count / 4).toBeGreaterThanOrEqual(24);

    app.busy.delete('call'); // 10:10, the call ends
    await pass(app, 55_000);
    expect(card()).toBeUndefined(); // the grace: the call can end in peace
    await pass(app, 70_000);
    expect(card()).toBeDefined();
    expect(app.handle.snapshot().session).toMatchObject({ kind: 'reminder', snoozesLeft: 3 }); // not a snooze

    await app.call('respondToReminder', { action: 'start' });
    const snap = app.handle.snapshot();
    if (snap.session?.kind !== 'routine') throw new Error('no routine');
    app.clock.advance(150_000);
    await app.call('reportRoutineOutcome', { outcome: 'completed', activeSeconds: 150, exerciseIds: snap.session.plan.routine.exerciseIds });
    const last = app.stores.records.at(-1)!;
    expect(last.outcome).toBe('completed');
    expect(last.heldSeconds).toBeGreaterThanOrEqual(25 * 60);
    const stats = (await app.call('getStats')) as { ok: true; value: { today: { heldThenTaken: number } } };
    expect(stats.value.today.heldThenTaken).toBe(1);
    expect(app.clock.maxArmed).toBe(1);
  });

  it('with the call signal switched off in Preferences, the reminder comes at once', async () => {
    const app = await startTestApp({
      startWallMs: at(8, 55),
      stores: memoryStores({ prefs: { busySignals: { focusMode: true, fullScreen: true, call: false, listedApp: true } } }),
    });
    app.busy.add('call');
    app.clock.advance(5 * MIN + 1000);
    await pass(app, 46 * MIN);
    expect(card()).toBeDefined();
  });

  it('snapshots tell the preferences which detectors can work here', async () => {
    const app = await startTestApp({ startWallMs: at(8, 55) });
    expect(app.handle.snapshot().busyAvailability).toEqual({
      focusMode: { kind: 'available' },
      fullScreen: { kind: 'available' },
      call: { kind: 'available' },
      listedApp: { kind: 'available' },
    });
  });
});

describe('restarts', () => {
  it('sitting time survives a quick restart', async () => {
    const stores = memoryStores();
    const first = await startTestApp({ stores, startWallMs: at(9, 0) });
    first.clock.advance(30 * MIN);
    first.electron.app.quit();
    const second = await startTestApp({ stores, startWallMs: at(9, 31) });
    expect(FakeTray.all[0]!.toolTip).toMatch(/^Limber — Next break in 1[45] min$/);
    void second;
  });
});

describe('reminder style and platform', () => {
  const due = async (app: TestApp) => {
    app.clock.advance(5 * MIN + 45 * MIN + 1000);
    await app.settle();
  };

  it('"notification" shows no card; clicking the notification starts the routine in the player', async () => {
    const app = await startTestApp({ stores: memoryStores({ prefs: { reminderStyle: 'notification' } }) });
    await due(app);
    expect(card()).toBeUndefined();
    const [notification] = FakeNotification.shown;
    expect(notification).toBeDefined();
    notification!.emit('click');
    await app.settle();
    expect(app.handle.snapshot().session).toMatchObject({ kind: 'routine', origin: 'reminder' });
    expect(card()?.focused).toBe(true);
  });

  it('"notification" falls back to the card when no notifier can show it', async () => {
    const app = await startTestApp({ stores: memoryStores({ prefs: { reminderStyle: 'notification' } }) });
    FakeNotification.supported = false;
    await due(app);
    expect(FakeNotification.shown).toHaveLength(0);
    expect(card()).toBeDefined();
    expect(app.warnings.join('\n')).toMatch(/Notification not shown: electron: not supported here/);
  });

  it('"card" shows no notification', async () => {
    const app = await startTestApp({ stores: memoryStores({ prefs: { reminderStyle: 'card' } }) });
    await due(app);
    expect(card()).toBeDefined();
    expect(FakeNotification.shown).toHaveLength(0);
  });

  it('on macOS the Dock icon is hidden and the menu bar shows the status', async () => {
    const app = await startTestApp({ platform: 'darwin' });
    expect(app.electron.app.dock.hidden).toBe(true);
    expect(FakeTray.all[0]!.image).toBe('/app/assets/tray/trayTemplate.png');
    expect(FakeTray.all[0]!.title).toBe('Outside work hours — back 09:00');
  });

  it('a repaired settings file is told once, and dismissing it forgets it', async () => {
    const app = await startTestApp({ stores: memoryStores({ notice: 'Some of your preferences were reset.' }) });
    expect(app.handle.snapshot().notice).toBe('Some of your preferences were reset.');
    await app.call('dismissNotice', undefined, 'app://limber/preferences.html');
    expect(app.handle.snapshot().notice).toBeNull();
  });
});
