import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { DisposableStore, toDisposable } from '../../../common/disposable';
import type { AppSnapshot, LimberBridge } from '../../../common/ipc';

export interface SnapshotState {
  /** null until the first snapshot arrives. */
  readonly snapshot: AppSnapshot | null;
  /** Why the first read failed, if it did (a push later still brings the snapshot). */
  readonly loadError: string | null;
  /** For a window that applies main's answer at once (e.g. saved preferences). */
  readonly setSnapshot: Dispatch<SetStateAction<AppSnapshot | null>>;
}

/** What main said, without Electron's "Error invoking remote method …" wrapping. */
export const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/^Error invoking remote method '[^']+': (Error: )?/, '');

/**
 * Every window draws itself from main's snapshot: read once, then replaced by each
 * `snapshotChanged` push. A push that arrives while the first read is in flight is newer and is
 * kept. `onPush` runs for pushes only (a window that re-reads something when main's state
 * changes); it may change between renders without resubscribing. `initial` is a snapshot the
 * page read before its first render (so that render can draw the real content): it is shown at
 * once and then replaced by this hook's own read, unless a push came first.
 */
export function useSnapshot(bridge: LimberBridge, onPush?: (snapshot: AppSnapshot) => void, initial: AppSnapshot | null = null): SnapshotState {
  const [snapshot, setSnapshot] = useState<AppSnapshot | null>(initial);
  const [loadError, setLoadError] = useState<string | null>(null);
  const pushed = useRef(onPush);
  useEffect(() => {
    pushed.current = onPush;
  });

  useEffect(() => {
    const subscriptions = new DisposableStore();
    let live = true;
    let pushArrived = false;
    subscriptions.add(toDisposable(() => (live = false)));
    subscriptions.add(
      toDisposable(
        bridge.on('snapshotChanged', (next) => {
          if (!live) return;
          pushArrived = true;
          setSnapshot(next);
          pushed.current?.(next);
        }),
      ),
    );
    bridge
      .getSnapshot()
      .then((first) => live && setSnapshot((current) => (pushArrived ? current : first)))
      .catch((error: unknown) => live && setLoadError(messageOf(error)));
    return () => subscriptions.dispose();
  }, [bridge]);

  return { snapshot, loadError, setSnapshot };
}
