import { useEffect, useState } from 'react';
import type * as AfterStartModule from './afterStart';

type AfterStart = typeof AfterStartModule;

let loading: Promise<AfterStart> | null = null;
let loaded: AfterStart | null = null;
/** One load per window, however many times it is asked for. */
function load(): Promise<AfterStart> {
  loading ??= import('./afterStart').then((m) => (loaded = m));
  return loading;
}

/** Runs after the frame that shows the current render has been painted. */
function afterNextPaint(run: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => (timer = window.setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * The routine's chunk (afterStart.ts): null until loaded. `when` says how soon it is wanted:
 * `now` (a routine is playing), `afterPaint` (a card is up: fetch it once the card is on
 * screen, so it never competes with the card's first paint), `later` (not asked for yet).
 */
export function useAfterStart(when: 'now' | 'afterPaint' | 'later'): AfterStart | null {
  const [mod, setMod] = useState<AfterStart | null>(loaded);
  useEffect(() => {
    if (mod || when === 'later') return;
    let live = true;
    const fetch = () => void load().then((m) => live && setMod(m));
    const cancel = when === 'now' ? (fetch(), () => undefined) : afterNextPaint(fetch);
    return () => {
      live = false;
      cancel();
    };
  }, [mod, when]);
  return mod;
}
