import { describe, expect, it } from 'vitest';
import { IPC_METHODS, eventChannel, methodChannel } from '../../common/ipcChannels';
import { buildBridge, type IpcRendererLike } from '../../preload/bridge';

function fakeIpcRenderer(reply: (channel: string, payload: unknown) => unknown) {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const invoked: { channel: string; payload: unknown }[] = [];
  const ipc: IpcRendererLike = {
    invoke: async (channel, payload) => {
      invoked.push({ channel, payload });
      return reply(channel, payload);
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, payload));
  return { ipc, invoked, emit, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly the contract: its methods and on()', () => {
    const bridge = buildBridge(fakeIpcRenderer(() => ({ ok: true, value: null })).ipc);
    expect(Object.keys(bridge).sort()).toEqual([...IPC_METHODS, 'on'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each call on its own channel and returns the value', async () => {
    const fake = fakeIpcRenderer((channel) => ({ ok: true, value: channel }));
    const bridge = buildBridge(fake.ipc);
    await expect(bridge.pauseReminders({ length: '1h' })).resolves.toBe(methodChannel('pauseReminders'));
    expect(fake.invoked).toEqual([{ channel: 'limber:call:pauseReminders', payload: { length: '1h' } }]);
  });

  it('turns an error result into a rejected promise with main’s message', async () => {
    const bridge = buildBridge(fakeIpcRenderer(() => ({ ok: false, error: { code: 'invalid-payload', message: 'updatePreferences: invalid payload — x' } })).ipc);
    await expect(bridge.updatePreferences({ intervalMinutes: 99 })).rejects.toThrow('updatePreferences: invalid payload — x');
  });

  it('delivers only the payload of an event, and unsubscribes', () => {
    const fake = fakeIpcRenderer(() => ({ ok: true, value: null }));
    const bridge = buildBridge(fake.ipc);
    const got: unknown[][] = [];
    const off = bridge.on('snapshotChanged', (...args) => got.push(args));
    fake.emit(eventChannel('snapshotChanged'), { statusText: 'x' });
    off();
    fake.emit(eventChannel('snapshotChanged'), { statusText: 'y' });
    expect(got).toEqual([[{ statusText: 'x' }]]);
    expect(() => bridge.on('nope' as 'snapshotChanged', () => {})).toThrow('Unknown Limber event "nope".');
  });
});
