/**
 * Notification buttons (docs/decisions/0069) through the whole app on the typed fake: each answer
 * reaches the dispatcher as the command the tray (Start a routine now, Snooze) or the card (Skip)
 * sends, so it leaves Limber exactly where that would.
 */
import { describe, expect, it } from 'vitest';
import { nodeNotifierAdapter, type NodeNotifierLike, type ToastMetadata } from '../../main/platform/notifiers';
import { FakeNotification } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { startTestApp, type TestApp } from '../support/testApp';

const MIN = 60_000;
const notificationOnly = () => memoryStores({ prefs: { reminderStyle: 'notification' } });

async function due(app: TestApp): Promise<void> {
  app.clock.advance(5 * MIN + 45 * MIN + 1000);
  await app.settle();
  expect(app.handle.scheduler()?.status()?.reminderUp).toBe(true);
}

/** Where Limber is after an answer: the scheduler's status and the reminder window's screen. */
const whereNow = (app: TestApp) => ({ status: app.handle.scheduler()?.status(), session: app.handle.snapshot().session?.kind ?? null });

describe('notification buttons', () => {
  it('macOS: Start, Snooze 10 min and Skip are Electron notification actions', async () => {
    const app = await startTestApp({ platform: 'darwin', stores: notificationOnly() });
    await due(app);
    expect(FakeNotification.shown.at(-1)?.options.actions?.map((a) => a.text)).toEqual(['Start', 'Snooze 10 min', 'Skip']);
  });

  it.each([
    ['Snooze', 1, (app: TestApp): void => app.electron.trays.all[0]!.menu!.click('Snooze 10 min')],
    ['Skip', 2, (app: TestApp): void => void app.call('respondToReminder', { action: 'skip' })],
    ['Start', 0, (app: TestApp): void => app.electron.trays.all[0]!.menu!.click('Start a routine now')],
  ] as const)('macOS: %s on the notification does what the tray or card does', async (_label, index, byHand) => {
    const viaNotification = await startTestApp({ platform: 'darwin', stores: notificationOnly() });
    await due(viaNotification);
    FakeNotification.shown.at(-1)!.emit('action', { actionIndex: index }, index);
    await viaNotification.settle();
    const expected = whereNow(viaNotification);

    const viaHand = await startTestApp({ platform: 'darwin', stores: notificationOnly() });
    await due(viaHand);
    byHand(viaHand);
    await viaHand.settle();
    expect(expected).toEqual(whereNow(viaHand));
    expect(expected.status?.reminderUp).toBe(false);
  });

  it('Linux: no buttons; a click starts the routine, as before', async () => {
    const app = await startTestApp({ platform: 'linux', stores: notificationOnly() });
    await due(app);
    const notification = FakeNotification.shown.at(-1)!;
    expect(notification.options.actions).toBeUndefined();
    notification.emit('click');
    await app.settle();
    expect(whereNow(app).session).toBe('routine');
  });

  it('with no snoozes left the notification offers no Snooze', async () => {
    const app = await startTestApp({ platform: 'darwin', stores: memoryStores({ prefs: { reminderStyle: 'notification', snoozeLimit: 1 } }) });
    await due(app);
    FakeNotification.shown.at(-1)!.emit('action', { actionIndex: 1 }, 1);
    app.clock.advance(10 * MIN + 1000);
    await app.settle();
    expect(FakeNotification.shown).toHaveLength(2);
    expect(FakeNotification.shown.at(-1)?.options.actions?.map((a) => a.text)).toEqual(['Start', 'Skip']);
  });

  it('Windows: the toast (node-notifier) goes first, and its Snooze button snoozes as the tray does', async () => {
    const sent: Record<string, unknown>[] = [];
    let answer: (response: string, metadata: ToastMetadata) => void = () => {};
    const toaster: NodeNotifierLike = {
      notify: (options, callback) => {
        sent.push(options);
        answer = (response, metadata) => callback(null, response, metadata);
      },
    };
    const toast = nodeNotifierAdapter(toaster, { appId: 'app.limber.desktop', supported: () => true, silent: () => false });
    const app = await startTestApp({ platform: 'win32', stores: notificationOnly(), platformNotifiers: [toast] });
    await due(app);
    expect(FakeNotification.shown).toHaveLength(0);
    expect(sent.at(-1)).toMatchObject({ appID: 'app.limber.desktop', actions: ['Start', 'Snooze 10 min', 'Skip'] });
    answer('snooze 10 min', { action: 'buttonClicked', button: 'Snooze 10 min' });
    await app.settle();
    expect(whereNow(app).status).toMatchObject({ phase: 'snoozed', reminderUp: false });
  });

  it('a second answer once the routine runs changes nothing and throws nothing', async () => {
    const app = await startTestApp({ platform: 'darwin', stores: notificationOnly() });
    await due(app);
    const notification = FakeNotification.shown.at(-1)!;
    notification.emit('action', { actionIndex: 0 }, 0); // Start
    await app.settle();
    expect(() => notification.emit('action', { actionIndex: 0 }, 0)).not.toThrow();
    expect(whereNow(app).session).toBe('routine');
  });
});

// Mutation caught: the isDueReminder check in app/commands.ts ('notificationAnswer') removed, or
// onAnswer sending the bare command again: an old notification then answers the newer reminder.
describe("an old notification's answers", () => {
  const stale = /^Notification answer "(start|snooze|skip)" not taken: its reminder \(#1\) is no longer the one due$/;

  /** Reminder 1's notification, skipped on the card, and reminder 2 due 45 minutes later. */
  async function newerReminderDue(platform: NodeJS.Platform): Promise<{ app: TestApp; old: FakeNotification }> {
    const app = await startTestApp({ platform, stores: notificationOnly() });
    await due(app);
    const old = FakeNotification.shown.at(-1)!;
    await app.call('respondToReminder', { action: 'skip' });
    app.clock.advance(45 * MIN + 1000);
    await app.settle();
    expect(app.handle.scheduler()?.status()?.reminderUp).toBe(true);
    expect(FakeNotification.shown.at(-1)).not.toBe(old);
    return { app, old };
  }

  it.each([
    ['Start', 0],
    ['Snooze', 1],
    ['Skip', 2],
  ] as const)('macOS: %s on the notification of a skipped reminder leaves the newer one due, and is logged', async (_label, index) => {
    const { app, old } = await newerReminderDue('darwin');
    const before = whereNow(app);
    const records = app.stores.records.length;
    old.emit('action', { actionIndex: index }, index);
    await app.settle();
    expect(whereNow(app)).toEqual(before);
    expect(before).toMatchObject({ status: { reminderUp: true }, session: 'reminder' });
    expect(app.stores.records).toHaveLength(records);
    expect(app.warnings.filter((w) => stale.test(w))).toHaveLength(1);
    // The newer reminder's own notification still answers it.
    FakeNotification.shown.at(-1)!.emit('action', { actionIndex: 0 }, 0);
    await app.settle();
    expect(whereNow(app).session).toBe('routine');
  });

  it('Linux: a click on the notification of a reminder already skipped starts nothing', async () => {
    const app = await startTestApp({ platform: 'linux', stores: notificationOnly() });
    await due(app);
    const old = FakeNotification.shown.at(-1)!;
    await app.call('respondToReminder', { action: 'skip' });
    old.emit('click');
    await app.settle();
    expect(whereNow(app)).toMatchObject({ status: { reminderUp: false, routineRunning: false }, session: null });
    expect(app.warnings.filter((w) => stale.test(w))).toEqual(['Notification answer "start" not taken: its reminder (#1) is no longer the one due']);
  });

  it('Skip on the notification of a reminder whose routine was started from the card does not skip anything', async () => {
    const app = await startTestApp({ platform: 'darwin', stores: memoryStores({ prefs: { reminderStyle: 'both' } }) });
    await due(app);
    const old = FakeNotification.shown.at(-1)!;
    await app.call('respondToReminder', { action: 'start' });
    old.emit('action', { actionIndex: 2 }, 2);
    await app.settle();
    expect(whereNow(app)).toMatchObject({ status: { routineRunning: true }, session: 'routine' });
    expect(app.stores.records.map((r) => r.outcome)).not.toContain('skipped');
    expect(app.warnings.filter((w) => stale.test(w))).toHaveLength(1);
  });
});
