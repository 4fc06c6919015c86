import { useCallback, useState } from 'react';
import type { AppSnapshot, LimberBridge } from '../../../common/ipc';
import type { PreferencesPatch } from '../../../common/preferences';
import { messageOf, useSnapshot } from '../shared/useSnapshot';

export interface Saver {
  /** Sends a patch that the form has already checked; main checks it again. */
  save(patch: PreferencesPatch): void;
  /** Main's refusal or a failed call, for the alert banner; null after a later success. */
  readonly error: string | null;
}

/**
 * The preferences window's snapshot (shared/useSnapshot.ts) plus saving: a saved change applies
 * main's answer at once, so a control never flickers back while the push is on its way.
 */
export function useAppSnapshot(bridge: LimberBridge): { snapshot: AppSnapshot | null; loadError: string | null; saver: Saver } {
  const { snapshot, loadError, setSnapshot } = useSnapshot(bridge);
  const [saveError, setSaveError] = useState<string | null>(null);

  const save = useCallback(
    (patch: PreferencesPatch) => {
      bridge
        .updatePreferences(patch)
        .then((preferences) => {
          setSaveError(null);
          setSnapshot((current) => (current ? { ...current, preferences } : current));
        })
        .catch((error: unknown) => {
          setSaveError(messageOf(error));
          // Render the saved values again, so the control the user changed goes back to them even
          // when the banner already said the same: Preact restores a controlled input only when
          // its component renders (decision 0022).
          setSnapshot((current) => (current ? { ...current } : current));
        });
    },
    [bridge, setSnapshot],
  );

  return { snapshot, loadError, saver: { save, error: saveError } };
}
