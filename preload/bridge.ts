/**
 * Builds the object exposed to pages as `window.limber` from the contract's channel lists. It
 * takes the two ipcRenderer functions it needs, so it is tested without Electron.
 */
import type { LimberBridge, LimberEvents } from '../common/ipc';
import { IPC_EVENTS, IPC_METHODS, eventChannel, methodChannel, type IpcEvent } from '../common/ipcChannels';
import type { IpcResult } from '../common/ipcResult';

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function buildBridge(ipc: IpcRendererLike): LimberBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of IPC_METHODS) {
    bridge[method] = async (payload?: unknown) => {
      const result = (await ipc.invoke(methodChannel(method), payload)) as IpcResult<unknown>;
      if (result.ok) return result.value;
      throw new Error(result.error.message);
    };
  }
  bridge['on'] = <E extends keyof LimberEvents>(event: E, listener: (payload: LimberEvents[E]) => void) => {
    if (!(IPC_EVENTS as readonly string[]).includes(event)) throw new Error(`Unknown Limber event "${String(event)}".`);
    // Only the payload reaches the page: the IPC event object would leak `sender`.
    const forward = (_event: unknown, payload: unknown) => listener(payload as LimberEvents[E]);
    const channel = eventChannel(event as IpcEvent);
    ipc.on(channel, forward);
    return () => void ipc.removeListener(channel, forward);
  };
  return Object.freeze(bridge) as unknown as LimberBridge;
}
