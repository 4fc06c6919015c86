/**
 * The tray menu as data (PRODUCT.md §4): status line; Start a routine now; Snooze (only while a
 * reminder is up and may be snoozed); Pause ▸ or Resume; Preferences…; Stats…; Quit. The
 * platform turns it into a native menu, and rebuilds that only when this model changes.
 */
import type { TrayMenuItem } from '../../common/desktop';
import type { PauseLength } from '../../common/ipc';

/** What the menu needs to know about the scheduler (a subset of its published status). */
export interface TrayState {
  readonly text: string;
  readonly reminderUp: boolean;
  readonly canSnooze: boolean;
  readonly paused: boolean;
  readonly routineRunning: boolean;
  readonly snoozeMinutes: number;
  /** A newer Limber found by the opt-in update check (decision 0047); absent or null: none. */
  readonly update?: { readonly version: string } | null;
}

// The types live in common/ (the tray-less panel draws the same menu in a window).
export type { TrayAction, TrayMenuItem } from '../../common/desktop';

const PAUSES: readonly { label: string; length: PauseLength }[] = [
  { label: 'For 30 minutes', length: '30m' },
  { label: 'For 1 hour', length: '1h' },
  { label: 'For 2 hours', length: '2h' },
  { label: 'Until the next work day', length: 'nextWorkDay' },
  { label: 'Until I resume', length: 'untilResumed' },
];

export function trayMenuModel(state: TrayState): TrayMenuItem[] {
  const items: TrayMenuItem[] = [
    { type: 'status', label: state.text },
    ...(state.update ? [{ type: 'action', label: `Limber ${state.update.version} is available…`, action: { kind: 'openReleasePage' }, enabled: true } as const] : []),
    { type: 'separator' },
    { type: 'action', label: 'Start a routine now', action: { kind: 'startNow' }, enabled: !state.routineRunning },
  ];
  if (state.reminderUp && state.canSnooze) {
    items.push({ type: 'action', label: `Snooze ${state.snoozeMinutes} min`, action: { kind: 'snooze' }, enabled: true });
  }
  items.push(
    state.paused
      ? { type: 'action', label: 'Resume reminders', action: { kind: 'resume' }, enabled: true }
      : {
          type: 'submenu',
          label: 'Pause reminders',
          items: PAUSES.map((p) => ({ type: 'action', label: p.label, action: { kind: 'pause', length: p.length }, enabled: true })),
        },
    { type: 'separator' },
    { type: 'action', label: 'Preferences…', action: { kind: 'open', window: 'preferences' }, enabled: true },
    { type: 'action', label: 'Stats…', action: { kind: 'open', window: 'stats' }, enabled: true },
    { type: 'separator' },
    { type: 'action', label: 'Quit Limber', action: { kind: 'quit' }, enabled: true },
  );
  return items;
}
