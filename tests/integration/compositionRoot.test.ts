/**
 * The composition root's own promises (issue 17): the reminder window's session through the
 * real wiring, one snapshot per batch of changes, and every listener it added disposed at quit.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { eventChannel } from '../../common/ipcChannels';
import { FakeBrowserWindow, type FakeMenu, FakeTray } from '../support/electronFake';
import { at, startTestApp, type TestApp } from '../support/testApp';

const MIN = 60_000;
const tray = () => FakeTray.all.at(-1)!;
const card = () => FakeBrowserWindow.alive().find((w) => w.webContents.getURL().endsWith('/reminder.html'));
const snapshotsSentTo = (window: FakeBrowserWindow) => window.webContents.sent.filter((m) => m.channel === eventChannel('snapshotChanged')).length;

describe('the reminder window through the composition root', () => {
  let app: TestApp;
  beforeEach(async () => {
    FakeBrowserWindow.all.length = 0;
    app = await startTestApp({ startWallMs: at(9, 0) });
  });

  // Mutation caught: dropping the finishRoutine effect for a 'routine' screen in
  // core/session/session.ts (windowClosed): the scheduler stays in its routine and the tray
  // keeps "Start a routine now" disabled, with no record.
  it('a player closed without reporting ends its routine: recorded as stopped, and Limber reminds again', async () => {
    (tray().menu as FakeMenu).click('Start a routine now');
    await app.settle();
    expect(app.handle.scheduler()?.status()?.routineRunning).toBe(true);
    card()!.close(); // a crash or a forced close: no reportRoutineOutcome
    expect(app.handle.snapshot().session).toBeNull();
    expect(app.handle.scheduler()?.status()?.routineRunning).toBe(false);
    expect(app.stores.records.at(-1)).toMatchObject({ outcome: 'manual', routine: { ended: 'stopped', activeSeconds: 0, exerciseIds: [] } });
    expect((tray().menu as FakeMenu).labels()).toContain('Start a routine now');
    app.clock.advance(45 * MIN + 1000);
    await app.settle();
    expect(card()).toBeDefined();
  });

  it('the summary closed after a report records nothing more', async () => {
    (tray().menu as FakeMenu).click('Start a routine now');
    await app.settle();
    await app.call('reportRoutineOutcome', { outcome: 'completed', activeSeconds: 150, exerciseIds: ['cat-cow'] });
    const second = await app.call('reportRoutineOutcome', { outcome: 'completed', activeSeconds: 150, exerciseIds: ['cat-cow'] });
    expect(second).toMatchObject({ ok: false, error: { message: expect.stringMatching(/No routine is running/) } });
    card()!.close();
    expect(app.stores.records.map((r) => r.outcome)).toEqual(['manual']);
    expect(app.stores.records[0]!.routine?.exerciseIds).toEqual(['cat-cow']);
  });

  it('one snapshot per batch: starting from the card is one push, not one per effect', async () => {
    app.clock.advance(45 * MIN + 1000);
    await app.settle();
    const window = card()!;
    const before = snapshotsSentTo(window);
    // The session changes, the scheduler closes the reminder, persists and publishes a status.
    await app.call('respondToReminder', { action: 'start' });
    expect(snapshotsSentTo(window) - before).toBe(1);
  });

  // Mutation caught (second-instance): dropping `disposables.add(secondInstances)` in limberApp.ts.
  it('quitting disposes what it wired: IPC handlers, power, theme and second-instance listeners', async () => {
    const { electron } = app;
    expect(electron.app.listenerCount('second-instance')).toBe(1);
    expect(electron.ipcMain.handlers.size).toBeGreaterThan(0);
    expect(electron.nativeTheme.listenerCount('updated')).toBe(1);
    expect(electron.powerMonitor.listenerCount('suspend')).toBe(1);
    electron.app.quit();
    await app.settle();
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(electron.nativeTheme.listenerCount('updated')).toBe(0);
    expect(electron.powerMonitor.listenerCount('suspend')).toBe(0);
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    expect(tray().destroyed).toBe(true);
    expect(app.stores.flushes).toBe(1);
  });
});
