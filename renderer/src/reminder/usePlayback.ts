/**
 * The player's playback state, owned in one place: a small store around the pure clock of
 * playback.ts. It holds the one copy of the state, arms the one wake-up timer, and tells its
 * listener what moved (time or the user) so sound and voice follow; React reads it with
 * useSyncExternalStore, so a render can never see a state the timer has already left behind.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RoutineStep } from '../../../common/routine';
import { msUntilNextChange, startPlayback, sync, type Playback, type StepChange } from './playback';

export interface Clocked {
  readonly pb: Playback;
  /** When this state was computed: what the display shows. */
  readonly at: number;
}

export interface Advance {
  /** The state before; null when playback starts. */
  readonly from: Clocked | null;
  readonly to: Clocked;
  /** The step change time caused (a sound cue is about it); null for the user's own moves. */
  readonly change: StepChange | null;
  readonly cause: 'start' | 'time' | 'user';
}

export interface PlaybackOptions {
  /** The clock; performance.now is monotonic, so a changed system time cannot stretch a step. */
  readonly now: () => number;
  /** Ms until the display next needs to change (a second, a rep, a cue); null: no wake needed. */
  readonly wake?: (pb: Playback, now: number) => number | null;
  readonly onAdvance?: (advance: Advance) => void;
}

export interface PlaybackStore {
  get(): Clocked;
  subscribe(listener: () => void): () => void;
  /** Applies a user action at the current time. */
  act(fn: (pb: Playback, at: number) => Playback): void;
  /** Catches up with the time that has passed (a hidden window may have slept through timers). */
  tick(): void;
  start(): void;
  dispose(): void;
  /** New wake and listener functions (new sound settings…); the clock stays the same. */
  configure(options: Omit<PlaybackOptions, 'now'>): void;
}

export function createPlaybackStore(steps: readonly RoutineStep[], initial: PlaybackOptions): PlaybackStore {
  const { now } = initial;
  let options: Omit<PlaybackOptions, 'now'> = initial;
  const wake = (pb: Playback, at: number) => (options.wake ?? msUntilNextChange)(pb, at);
  const at0 = now();
  let state: Clocked = { pb: startPlayback(steps, at0), at: at0 };
  const listeners = new Set<() => void>();
  let timer: number | undefined;
  let live = false;

  const arm = () => {
    window.clearTimeout(timer);
    timer = undefined;
    if (!live) return;
    const delay = wake(state.pb, now());
    // Each wake recomputes where the routine is from the time that has really passed, and arms
    // the next one itself: never by counting ticks.
    if (delay !== null) timer = window.setTimeout(tick, Math.max(0, delay));
  };
  const set = (next: Clocked, change: StepChange | null, cause: Advance['cause']) => {
    const from = state;
    state = next;
    arm();
    options.onAdvance?.({ from, to: next, change, cause });
    listeners.forEach((l) => l());
  };
  function tick() {
    const at = now();
    const { playback, change } = sync(state.pb, at);
    set({ pb: playback, at }, change, 'time');
  }
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    act(fn) {
      const at = now();
      set({ pb: fn(state.pb, at), at }, null, 'user');
    },
    tick,
    start() {
      if (live) return;
      live = true;
      options.onAdvance?.({ from: null, to: state, change: null, cause: 'start' });
      arm();
    },
    dispose() {
      live = false;
      window.clearTimeout(timer);
      timer = undefined;
    },
    configure(next) {
      options = next;
      arm();
    },
  };
}

/**
 * The playback of one routine for the life of the component. `wake` and `onAdvance` may change
 * between renders (new sound settings…); the store always calls the latest.
 */
export function usePlayback(steps: readonly RoutineStep[], options: PlaybackOptions): Clocked & { readonly store: PlaybackStore } {
  const [store] = useState(() => createPlaybackStore(steps, options));
  const { wake, onAdvance } = options;
  // Before start (declared first, so it runs first): the first wake uses the latest functions.
  useEffect(() => store.configure({ ...(wake ? { wake } : {}), ...(onAdvance ? { onAdvance } : {}) }), [store, wake, onAdvance]);
  useEffect(() => {
    store.start();
    const onVisible = () => document.visibilityState === 'visible' && store.tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      store.dispose();
    };
  }, [store]);
  const state = useSyncExternalStore(store.subscribe, store.get);
  return { ...state, store };
}
