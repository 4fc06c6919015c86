import { useCallback, useEffect, useState } from 'react';
import type * as AfterStartModule from './afterStart';

type AfterStart = typeof AfterStartModule;

let loading: Promise<AfterStart> | null = null;
let loaded: AfterStart | null = null;
/**
 * One load per window, however many times it is asked for. A failed load is forgotten, so the
 * next ask tries again: a transient read error must not leave Start broken until a restart.
 */
function load(): Promise<AfterStart> {
  loading ??= import('./afterStart').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
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

export interface AfterStartChunk {
  /** null until loaded. */
  readonly module: AfterStart | null;
  /** Why the load a routine is waiting for failed (null while it loads, or once it loaded). */
  readonly failed: string | null;
  /** Asks again after a failure. */
  retry(): void;
}

/**
 * The routine's chunk (afterStart.ts). `when` says how soon it is wanted: `now` (a routine is
 * playing), `afterPaint` (a card is up: fetch it once the card is on screen, so it never
 * competes with the card's first paint), `later` (not asked for yet). Only a failure while a
 * routine waits (`now`) is reported: a failed prefetch is simply tried again at Start.
 */
export function useAfterStart(when: 'now' | 'afterPaint' | 'later'): AfterStartChunk {
  const [mod, setMod] = useState<AfterStart | null>(loaded);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (mod || when === 'later') return;
    let live = true;
    const fetch = () =>
      void load().then(
        (m) => live && setMod(m),
        (error: unknown) => live && when === 'now' && setFailed(error instanceof Error ? error.message : String(error)),
      );
    const cancel = when === 'now' ? (fetch(), () => undefined) : afterNextPaint(fetch);
    return () => {
      live = false;
      cancel();
    };
  }, [mod, when, attempt]);
  const retry = useCallback(() => {
    setFailed(null);
    setAttempt((n) => n + 1);
  }, []);
  return { module: mod, failed: mod ? null : failed, retry };
}
