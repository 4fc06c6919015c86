import type { LimberBridge } from '../../../common/ipc';

declare global {
  interface Window {
    /** Exposed by the preload (preload/bridge.ts); a typed fake in the browser tests. */
    readonly limber?: LimberBridge;
  }
}

export function getBridge(): LimberBridge {
  if (!window.limber) throw new Error('Limber’s bridge is missing: this page must be opened by the Limber app.');
  return window.limber;
}
