import { describe, expect, it } from 'vitest';
import { firstWorkingNotifier, type Notifier } from '../../main/core/notifier';
import { electronNotifier, nodeNotifierAdapter, unpackedVendorPath, type NodeNotifierLike } from '../../main/platform/notifiers';
import { vendorBinary } from '../../main/platform/nodeNotifierBackend';
import { FakeNotification } from '../support/electronFake';

const reminder = (onClick = () => {}) => ({ title: 'Time to move', body: '2½ min · hips & upper back · at your desk', onClick });

describe('notifiers', () => {
  it('Electron notifier: shows, is silent when sounds are off, and a click starts the routine', async () => {
    FakeNotification.shown.length = 0;
    let clicks = 0;
    const notifier = electronNotifier(FakeNotification, { silent: () => true });
    await expect(notifier.notify(reminder(() => clicks++))).resolves.toEqual({ shown: true, via: 'electron' });
    const [n] = FakeNotification.shown;
    expect(n?.options).toMatchObject({ title: 'Time to move', silent: true });
    n!.emit('click');
    expect(clicks).toBe(1);
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

  it('node-notifier adapter: passes the app name and reports errors and clicks', async () => {
    const sent: Record<string, unknown>[] = [];
    let reply: [Error | null, string] = [null, 'activate'];
    const backend: NodeNotifierLike = {
      notify: (options, callback) => {
        sent.push(options);
        callback(reply[0], reply[1]);
      },
    };
    let clicks = 0;
    const adapter = nodeNotifierAdapter(backend, { appName: 'Limber', supported: () => true, silent: () => true });
    await expect(adapter.notify(reminder(() => clicks++))).resolves.toEqual({ shown: true, via: 'node-notifier' });
    expect(sent[0]).toMatchObject({ title: 'Time to move', message: '2½ min · hips & upper back · at your desk', 'app-name': 'Limber', sound: false });
    expect(clicks).toBe(1);
    reply = [new Error('notify-send must be installed on the system.'), ''];
    await expect(adapter.notify(reminder())).resolves.toEqual({ shown: false, reason: 'notify-send must be installed on the system.' });
  });

  it('finds node-notifier helpers outside the asar archive', () => {
    expect(unpackedVendorPath('/opt/Limber/resources/app.asar/node_modules/node-notifier/vendor/x.exe')).toBe(
      '/opt/Limber/resources/app.asar.unpacked/node_modules/node-notifier/vendor/x.exe',
    );
    expect(unpackedVendorPath('C:\\Limber\\resources\\app.asar\\node_modules\\x.exe')).toBe('C:\\Limber\\resources\\app.asar.unpacked\\node_modules\\x.exe');
    expect(vendorBinary('win32', 'x64', '/n')).toBe('/n/vendor/snoreToast/snoretoast-x64.exe');
    expect(vendorBinary('darwin', 'arm64', '/n')).toMatch(/terminal-notifier$/);
    expect(vendorBinary('linux', 'x64', '/n')).toBeNull();
  });
});
