import { useCallback, useEffect, useState } from 'react';
import type { AppSnapshot, LimberBridge } from '../../../common/ipc';
import type { PreferencesPatch } from '../../../common/preferences';

export interface Saver {
  /** Sends a patch that the form has already checked; main checks it again. */
  save(patch: PreferencesPatch): void;
  /** Main's refusal or a failed call, for the alert banner; null after a later success. */
  readonly error: string | null;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/^Error invoking remote method '[^']+': (Error: )?/, '');

/**
 * The window draws itself from main's snapshot: fetched once, then replaced on every
 * `snapshotChanged`. A saved change also applies main's answer at once, so a control never
 * flickers back while the event is on its way.
 */
export function useAppSnapshot(bridge: LimberBridge): { snapshot: AppSnapshot | null; loadError: string | null; saver: Saver } {
  const [snapshot, setSnapshot] = useState<AppSnapshot | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const off = bridge.on('snapshotChanged', (next) => {
      if (live) setSnapshot(next);
    });
    bridge
      .getSnapshot()
      .then((first) => {
        // An event that arrived first is newer than this answer.
        if (live) setSnapshot((current) => current ?? first);
      })
      .catch((error: unknown) => {
        if (live) setLoadError(messageOf(error));
      });
    return () => {
      live = false;
      off();
    };
  }, [bridge]);

  const save = useCallback(
    (patch: PreferencesPatch) => {
      bridge
        .updatePreferences(patch)
        .then((preferences) => {
          setSaveError(null);
          setSnapshot((current) => (current ? { ...current, preferences } : current));
        })
        .catch((error: unknown) => setSaveError(messageOf(error)));
    },
    [bridge],
  );

  return { snapshot, loadError, saver: { save, error: saveError } };
}
