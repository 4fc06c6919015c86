import { describe, expect, it } from 'vitest';
import type { ReminderAction } from '../../common/ipc';
import { firstWorkingNotifier, reminderButtons, type Notifier } from '../../main/core/notifier';
import { electronNotifier, nodeNotifierAdapter, toastAnswer, unpackedVendorPath, type NodeNotifierLike } from '../../main/platform/notifiers';
import { vendorBinary } from '../../main/platform/nodeNotifierBackend';
import { FakeNotification } from '../support/electronFake';

const buttons = reminderButtons({ minutes: 10, allowed: true });
const reminder = (onAnswer: (action: ReminderAction) => void = () => {}) => ({ title: 'Time to move', body: '2½ min · hips & upper back · at your desk', buttons, onAnswer });

describe('notifiers', () => {
  it('Electron notifier: shows, is silent when sounds are off, and a click starts the routine', async () => {
    FakeNotification.shown.length = 0;
    const answers: ReminderAction[] = [];
    const notifier = electronNotifier(FakeNotification, { silent: () => true });
    await expect(notifier.notify(reminder((a) => answers.push(a)))).resolves.toEqual({ shown: true, via: 'electron' });
    const [n] = FakeNotification.shown;
    expect(n?.options).toMatchObject({ title: 'Time to move', silent: true });
    // Without buttons (Linux, Windows' fallback) there are no actions, and a stray action is not an answer.
    expect(n?.options.actions).toBeUndefined();
    n!.emit('action', { actionIndex: 1 }, 1);
    n!.emit('click');
    expect(answers).toEqual(['start']);
  });

  it('Electron notifier with buttons (macOS): Start, Snooze, Skip as actions, each answered by its index', async () => {
    FakeNotification.shown.length = 0;
    const answers: ReminderAction[] = [];
    const notifier = electronNotifier(FakeNotification, { silent: () => false, buttons: true });
    for (let i = 0; i < 3; i++) await notifier.notify(reminder((a) => answers.push(a)));
    expect(FakeNotification.shown[0]?.options.actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'Snooze 10 min' },
      { type: 'button', text: 'Skip' },
    ]);
    FakeNotification.shown.forEach((n, i) => n.emit('action', { actionIndex: [1, 2, 0][i] }, [1, 2, 0][i]));
    expect(answers).toEqual(['snooze', 'skip', 'start']);
    expect(reminderButtons({ minutes: 5, allowed: false }).map((b) => b.label)).toEqual(['Start', 'Skip']);
  });

  it('Electron notifier: a failure is reported, not swallowed', async () => {
    class Failing extends FakeNotification {
      override show(): void {
        queueMicrotask(() => this.emit('failed', {}, 'no toast activator'));
      }
    }
    const outcome = await electronNotifier(Failing, { silent: () => false }).notify(reminder());
    expect(outcome).toEqual({ shown: false, reason: 'no toast activator' });
  });

  it('falls back to the next notifier when one is unsupported or fails', async () => {
    const calls: string[] = [];
    const make = (name: string, supported: boolean, shown: boolean): Notifier => ({
      name,
      isSupported: () => supported,
      notify: async () => (calls.push(name), shown ? { shown: true, via: name } : { shown: false, reason: `${name} broke` }),
    });
    const chain = firstWorkingNotifier([make('a', false, true), make('b', true, false), make('c', true, true)]);
    await expect(chain.notify(reminder())).resolves.toEqual({ shown: true, via: 'c' });
    expect(calls).toEqual(['b', 'c']);
    const none = firstWorkingNotifier([make('a', false, true), make('b', true, false)]);
    await expect(none.notify(reminder())).resolves.toEqual({ shown: false, reason: 'a: not supported here; b: b broke' });
  });

  it('node-notifier adapter: passes the app id and buttons, reports errors, clicks and buttons', async () => {
    const sent: Record<string, unknown>[] = [];
    let reply: [Error | null, string] = [null, 'activate'];
    const backend: NodeNotifierLike = {
      notify: (options, callback) => {
        sent.push(options);
        callback(reply[0], reply[1]);
      },
    };
    const answers: ReminderAction[] = [];
    const adapter = nodeNotifierAdapter(backend, { appId: 'app.limber.desktop', supported: () => true, silent: () => true });
    await expect(adapter.notify(reminder((a) => answers.push(a)))).resolves.toEqual({ shown: true, via: 'node-notifier' });
    expect(sent[0]).toMatchObject({ title: 'Time to move', message: '2½ min · hips & upper back · at your desk', appID: 'app.limber.desktop', sound: false, actions: ['Start', 'Snooze 10 min', 'Skip'] });
    expect(answers).toEqual(['start']);
    reply = [new Error('notify-send must be installed on the system.'), ''];
    await expect(adapter.notify(reminder())).resolves.toEqual({ shown: false, reason: 'notify-send must be installed on the system.' });
  });

  it('finds node-notifier helpers outside the asar archive', () => {
    expect(unpackedVendorPath('/opt/Limber/resources/app.asar/node_modules/node-notifier/vendor/x.exe')).toBe(
      '/opt/Limber/resources/app.asar.unpacked/node_modules/node-notifier/vendor/x.exe',
    );
    expect(unpackedVendorPath('C:\\Limber\\resources\\app.asar\\node_modules\\x.exe')).toBe('C:\\Limber\\resources\\app.asar.unpacked\\node_modules\\x.exe');
    expect(vendorBinary('x64', '/n')).toBe('/n/vendor/snoreToast/snoretoast-x64.exe');
    expect(vendorBinary('ia32', '/n')).toBe('/n/vendor/snoreToast/snoretoast-x86.exe');
  });

  it('reads a toast outcome as node-notifier reports it', () => {
    expect(toastAnswer('snooze 10 min', { action: 'buttonClicked', button: 'Snooze 10 min', activationType: 'Snooze 10 min' }, buttons)).toBe('snooze');
    expect(toastAnswer('activate', { action: 'activated', activationType: 'activated' }, buttons)).toBe('start');
    expect(toastAnswer('skip', {}, buttons)).toBe('skip');
    for (const response of ['timeout', 'dismissed', '']) expect(toastAnswer(response, { action: response }, buttons)).toBeNull();
    // A button this notification did not offer is no answer.
    expect(toastAnswer('snooze 10 min', { action: 'buttonClicked', button: 'Snooze 10 min' }, reminderButtons({ minutes: 10, allowed: false }))).toBeNull();
  });
});
