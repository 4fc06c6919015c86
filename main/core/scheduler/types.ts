/**
 * The scheduler's state, inputs and effects.
 *
 * Time inside the state is on one "elapsed" timeline (ms): the shell's monotonic clock plus an
 * offset the core keeps. It never jumps with the wall clock, it adds the time a sleep took when
 * the monotonic clock did not count it, and it continues across restarts (the persisted
 * snapshot carries its value and the wall time it was saved at). Sitting time, snoozes and
 * timed pauses are measured on it; work hours and the status text use the wall clock and zone.
 */
import type { Preferences } from '../../../common/preferences';
import type { ClockReading, LocalDate, TimeZoneRules } from './localTime';

export type { ClockReading, LocalDate, TimeZoneRules } from './localTime';

/** Everything outside the state that a step depends on, besides the input itself. */
export interface SchedulerEnv {
  readonly prefs: Preferences;
  readonly zone: TimeZoneRules;
}

export type PauseChoice = '30m' | '1h' | '2h' | 'nextWorkDay' | 'indefinite';

export type Pause =
  /** 30 min, 1 h or 2 h: a duration, so it ends on the elapsed timeline. */
  | { readonly kind: 'timed'; readonly untilMs: number }
  /** Ends at the first arrival at work on or after local midnight of `fromDate`. */
  | { readonly kind: 'nextWorkDay'; readonly fromDate: LocalDate }
  | { readonly kind: 'indefinite' };

/** Where a routine started without a break should return to if it does not count as one. */
export interface SittingSince {
  readonly sinceMs: number;
}

export type Phase =
  /** Outside work hours (and not paused): nothing accumulates, nothing is due. */
  | { readonly kind: 'offHours' }
  /** Reminders paused; sitting time is not counted. Takes precedence over work hours. */
  | { readonly kind: 'paused'; readonly pause: Pause }
  /** In work hours, counting sitting time since `sinceMs`; no reminder before `notBeforeMs`. */
  | { readonly kind: 'sitting'; readonly sinceMs: number; readonly notBeforeMs: number | null }
  /** A natural break in progress (idle or locked long enough); sitting restarts on return. */
  | { readonly kind: 'away'; readonly sinceMs: number }
  | {
      readonly kind: 'reminderUp';
      readonly sinceMs: number;
      readonly reminderId: number;
      readonly shownAtMs: number;
      /** Snoozes used on this reminder so far. */
      readonly snoozes: number;
    }
  | {
      readonly kind: 'snoozed';
      readonly sinceMs: number;
      readonly reminderId: number;
      readonly untilMs: number;
      readonly snoozes: number;
    }
  | {
      readonly kind: 'routine';
      readonly startedAtMs: number;
      readonly trigger: 'reminder' | 'manual';
      readonly reminderId: number | null;
      /** The sitting stretch the routine interrupted, resumed if it ends too early to be a break. */
      readonly resumeTo: SittingSince | null;
      /** A pause in force when it started (or set during it); applies again when it ends. */
      readonly pause: Pause | null;
    };

export type PhaseKind = Phase['kind'];

/** Whether the user can be at the keyboard. Orthogonal to the phase. */
export type Presence =
  | { readonly kind: 'present' }
  /** Screen locked; `sinceMs` is when the away stretch began (lock time, or earlier if idle). */
  | { readonly kind: 'locked'; readonly sinceMs: number }
  | {
      readonly kind: 'asleep';
      readonly suspendedAt: ClockReading;
      readonly suspendedAtMs: number;
      /** Start of the away stretch the sleep belongs to. */
      readonly stretchFromMs: number;
      readonly locked: boolean;
    };

export interface SchedulerState {
  /** The reading of the last step. */
  readonly last: ClockReading;
  /** elapsed = monoMs + offsetMs */
  readonly offsetMs: number;
  readonly phase: Phase;
  readonly presence: Presence;
  /** The last idle sample (elapsed ms, idle ms), to wake exactly when an idle stretch would become a break. */
  readonly lastIdle: { readonly atMs: number; readonly idleMs: number } | null;
  readonly nextReminderId: number;
  /** Elapsed time of the last persistState effect. */
  readonly persistedAtMs: number | null;
  /** The last status published, to publish only changes. */
  readonly status: SchedulerStatus | null;
}

interface At {
  readonly clock: ClockReading;
}

export type SchedulerInput =
  | (At & { readonly kind: 'appStart'; readonly restored: unknown })
  | (At & { readonly kind: 'tick' })
  | (At & { readonly kind: 'idleSample'; readonly idleSeconds: number })
  | (At & { readonly kind: 'suspend'; readonly idleSeconds?: number | undefined })
  | (At & { readonly kind: 'resume' })
  | (At & { readonly kind: 'lock'; readonly idleSeconds?: number | undefined })
  | (At & { readonly kind: 'unlock' })
  | (At & { readonly kind: 'prefsChanged' })
  | (At & { readonly kind: 'startRoutine' })
  | (At & {
      readonly kind: 'finishRoutine';
      readonly result: 'completed' | 'stopped';
      /** Seconds actually spent exercising (the player's own count, pauses excluded). */
      readonly activeSeconds: number;
      /** The exercises the player reported, for the history entry (none when simulated). */
      readonly exerciseIds?: readonly string[] | undefined;
    })
  | (At & { readonly kind: 'snooze' })
  | (At & { readonly kind: 'skip' })
  | (At & { readonly kind: 'pause'; readonly choice: PauseChoice })
  | (At & { readonly kind: 'unpause' });

export type InputKind = SchedulerInput['kind'];

export type CloseReason =
  | 'started'
  | 'snoozed'
  | 'skipped'
  | 'naturalBreak'
  | 'paused'
  | 'workHoursEnded'
  | 'workStarted';

export type HistoryOutcome = 'completed' | 'stopped' | 'snoozed' | 'skipped' | 'natural' | 'manual';

export interface HistoryEntry {
  readonly outcome: HistoryOutcome;
  readonly atWallMs: number;
  /** The reminder this entry answers, if any. */
  readonly reminderId: number | null;
  /** Sitting time up to this moment, when there was a sitting stretch. */
  readonly sittingMs: number | null;
  /** For routines: how it ended and how long the user exercised. */
  readonly routine: {
    readonly trigger: 'reminder' | 'manual';
    readonly ended: 'completed' | 'stopped' | 'abandoned';
    readonly activeSeconds: number;
    readonly countsAsBreak: boolean;
    /** What the player reported it played, in order; empty for an abandoned routine. */
    readonly exerciseIds: readonly string[];
  } | null;
}

export interface SchedulerStatus {
  /** The tray tooltip / menu-bar title: "Next break in 23 min", "Paused until 14:00", … */
  readonly text: string;
  readonly phase: PhaseKind;
  readonly reminderUp: boolean;
  /** Whether Snooze may be offered now. */
  readonly canSnooze: boolean;
  readonly paused: boolean;
  readonly routineRunning: boolean;
}

export type SchedulerEffect =
  | {
      readonly kind: 'showReminder';
      readonly reminderId: number;
      readonly sittingMs: number;
      readonly canSnooze: boolean;
      /** null = unlimited */
      readonly snoozesLeft: number | null;
      /** True when an existing reminder is shown again after a restart, not a new one. */
      readonly again: boolean;
    }
  | { readonly kind: 'closeReminder'; readonly reminderId: number; readonly reason: CloseReason }
  | { readonly kind: 'recordHistory'; readonly entry: HistoryEntry }
  | { readonly kind: 'persistState'; readonly snapshot: PersistedScheduler }
  | { readonly kind: 'publishStatus'; readonly status: SchedulerStatus };

export interface StepResult {
  readonly state: SchedulerState;
  readonly effects: readonly SchedulerEffect[];
}

/** What survives a restart. Validated by `parsePersisted` on load. */
export interface PersistedScheduler {
  readonly version: 1;
  /** Wall clock when saved: the only clock shared with the next process. */
  readonly savedAtWallMs: number;
  /** The elapsed timeline's value when saved. */
  readonly elapsedMs: number;
  readonly phase: Phase;
  readonly nextReminderId: number;
}
