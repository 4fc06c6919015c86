/**
 * The reminder window's session: a due reminder's card, the routine it turns into, the summary
 * after it, and a card closed without an answer. Pure data, stepped by `stepSession`.
 *
 * The scheduler decides *when* (a reminder is due, it was answered, a break happened); the
 * session decides *what the window shows* and which routine plays, and tells the scheduler when
 * a routine starts and ends. Nothing here knows about windows, timers or stores.
 */
import type { RoutineOutcome, RoutinePlan, SessionView } from '../../../common/ipc';
import type { ReminderStyle } from '../../../common/preferences';
import type { Emphasis } from '../../../common/routine';

export type SessionScreen =
  /** Nothing on screen (or a window we do not drive). */
  | { readonly kind: 'idle' }
  /**
   * A due reminder. The card may be hidden (closed without an answer): the reminder stays due,
   * a natural break still resolves it and "Start a routine now" plays its routine
   * (docs/decisions/0005-reminder-keyboard.md).
   */
  | {
      readonly kind: 'card';
      readonly reminderId: number;
      readonly plan: RoutinePlan;
      /** null = unlimited, 0 = Snooze is hidden. */
      readonly snoozesLeft: number | null;
      readonly snoozeMinutes: number;
      /** How it was announced, to fall back to the card when a notification could not be shown. */
      readonly style: ReminderStyle;
    }
  /** A routine being played; the scheduler is in its routine phase. */
  | { readonly kind: 'routine'; readonly plan: RoutinePlan; readonly origin: 'reminder' | 'manual' }
  /** The player reported its outcome and shows the summary; the scheduler has moved on. */
  | { readonly kind: 'summary'; readonly plan: RoutinePlan; readonly origin: 'reminder' | 'manual' };

export interface SessionState {
  readonly screen: SessionScreen;
  /** The emphasis of the last routine composed, so the next one alternates (hips ↔ thoracic). */
  readonly lastEmphasis: Emphasis | null;
}

/** What the composer needs besides the user's preferences and history (which the root supplies). */
export interface PlanRequest {
  readonly seed: number;
  readonly lastEmphasis: Emphasis | null;
}

/** Everything outside the state that a step depends on. `composePlan` must be pure. */
export interface SessionEnv {
  readonly reminderStyle: ReminderStyle;
  readonly snoozeMinutes: number;
  readonly composePlan: (request: PlanRequest) => RoutinePlan;
}

export type SessionInput =
  /** The scheduler's showReminder: a new (or snoozed, or restored) reminder is due. */
  | {
      readonly kind: 'reminderDue';
      readonly reminderId: number;
      readonly snoozesLeft: number | null;
      readonly atWallMs: number;
      /** Held past the limit while the user is still busy: a quiet notification only, no card. */
      readonly quiet?: boolean;
    }
  /** The scheduler's closeReminder: answered, or resolved by a break, a pause or the end of work. */
  | { readonly kind: 'reminderClosed'; readonly reminderId: number }
  /** The notification for this reminder could not be shown. */
  | { readonly kind: 'notificationFailed'; readonly reminderId: number }
  /** "Start a routine now" (tray, notification click, IPC, command line). */
  | { readonly kind: 'startNow'; readonly atWallMs: number }
  /** Start on the card itself. */
  | { readonly kind: 'startFromCard' }
  /** The player's report at the end of a routine. */
  | ({ readonly kind: 'routineReported' } & RoutineOutcome)
  /** The reminder window closed, by the page or from outside it. */
  | { readonly kind: 'windowClosed' };

export type SessionEffect =
  | { readonly kind: 'showCard'; readonly focus: boolean }
  | { readonly kind: 'closeCard' }
  | { readonly kind: 'notify'; readonly reminderId: number; readonly plan: RoutinePlan; readonly quiet?: boolean }
  | { readonly kind: 'startRoutine' }
  /** Carries what the player reported, so the scheduler's history entry is complete. */
  | ({ readonly kind: 'finishRoutine' } & RoutineOutcome)
  | { readonly kind: 'rememberEmphasis'; readonly emphasis: Emphasis };

export interface SessionStep {
  readonly state: SessionState;
  readonly effects: readonly SessionEffect[];
  /** Why the input was refused (the caller reports it), or null. A refused input changes nothing. */
  readonly refused: string | null;
}

export type { SessionView };
