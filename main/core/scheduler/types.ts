/**
 * The scheduler's state, inputs and effects.
 *
 * Time inside the state is on one "elapsed" timeline (ms): the shell's monotonic clock plus an
 * offset the core keeps. It never jumps with the wall clock, it adds the time a sleep took when
 * the monotonic clock did not count it, and it continues across restarts (the persisted
 * snapshot carries its value and the wall time it was saved at). Sitting time, snoozes and
 * timed pauses are measured on it; work hours and the status text use the wall clock and zone.
 */
import type { BusySignal } from '../../../common/busy';
import type { PauseLength } from '../../../common/ipc';
import type { Preferences } from '../../../common/preferences';
import type { BusyReading } from '../busy/busyPort';
import type { ClockReading, LocalDate, TimeZoneRules } from './localTime';
import type { TimeFormatSettings } from '../../../common/timeFormat';

export type { ClockReading, LocalDate, TimeZoneRules } from './localTime';

/** Everything outside the state that a step depends on, besides the input itself. */
export interface SchedulerEnv {
  readonly prefs: Preferences;
  readonly zone: TimeZoneRules;
  /** How the status line writes times: the user's locale and hour cycle (common/timeFormat.ts). Tests: 24-hour en-GB. */
  readonly timeFormat?: TimeFormatSettings;
}

/** The tray's and the IPC contract's pause lengths, one list (common/ipc.ts). */
export type PauseChoice = PauseLength;

export type Pause =
  /** 30 min, 1 h or 2 h: a duration, so it ends on the elapsed timeline. */
  | { readonly kind: 'timed'; readonly untilMs: number }
  /** Ends at the first arrival at work on or after local midnight of `fromDate`. */
  | { readonly kind: 'nextWorkDay'; readonly fromDate: LocalDate }
  | { readonly kind: 'untilResumed' };

/** Where a routine started without a break should return to if it does not count as one. */
export interface SittingSince {
  readonly sinceMs: number;
}

export type Phase =
  /** Outside work hours (and not paused): nothing accumulates, nothing is due. */
  | { readonly kind: 'offHours' }
  /** Reminders paused; sitting time is not counted. Takes precedence over work hours. */
  | { readonly kind: 'paused'; readonly pause: Pause }
  /**
   * In work hours, counting sitting time since `sinceMs`; no reminder before `notBeforeMs`.
   * `held`: due, but held while the user is busy (busyHold.ts).
   */
  | { readonly kind: 'sitting'; readonly sinceMs: number; readonly notBeforeMs: number | null; readonly held?: Held }
  /** A natural break in progress (idle or locked long enough); sitting restarts on return. */
  | { readonly kind: 'away'; readonly sinceMs: number }
  | {
      readonly kind: 'reminderUp';
      readonly sinceMs: number;
      readonly reminderId: number;
      readonly shownAtMs: number;
      /** Snoozes used on this reminder so far. */
      readonly snoozes: number;
      /** How long it was held while the user was busy before it showed (for the record). */
      readonly wasHeldMs?: number;
    }
  | {
      readonly kind: 'snoozed';
      readonly sinceMs: number;
      readonly reminderId: number;
      readonly untilMs: number;
      readonly snoozes: number;
      readonly held?: Held;
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
      /** The break had been held while the user was busy (carried into the history entry). */
      readonly wasHeldMs?: number;
    };

/** When the busy detectors were last asked and answered (elapsed ms); not persisted. */
export interface BusyCheck {
  /** An ask still waiting for its answer. */
  readonly askedAtMs: number | null;
  readonly answeredAtMs: number | null;
}

/** A due reminder held while the user is busy (PRODUCT.md §2, "Busy"; busyHold.ts). */
export interface Held {
  /** When it was first held (elapsed ms): held past the limit, it is offered quietly. */
  readonly sinceMs: number;
  readonly spell:
    /** The last answer said busy, because of `signal` (the first that said so). */
    | { readonly kind: 'busy'; readonly signal: BusySignal }
    /** The spell ended; the reminder comes at `untilMs` if the detectors still say free. */
    | { readonly kind: 'grace'; readonly untilMs: number };
}

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
  /** The busy detectors' last ask and answer (not persisted: a new process asks afresh). */
  readonly busyCheck: BusyCheck;
  /**
   * The wake-up asked for after the last step (monotonic ms), or null when none was. An input
   * arriving much later than this means the process did not run: the machine slept (or the
   * process was frozen) without saying so.
   */
  readonly expectedWakeMonoMs: number | null;
  /**
   * Where a sleep would have begun if one comes to light soon: the reading before a wall-clock
   * jump the monotonic clock did not share (a clock change, or a sleep on a clock that stops in
   * sleep whose resume has not arrived yet), or before a suspend that may have come late. A
   * resume soon after says which.
   */
  readonly maybeAsleepFrom: { readonly from: ClockReading; readonly fromMs: number; readonly untilMonoMs: number } | null;
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
  | (At & { readonly kind: 'unpause' })
  /** The answer to a `checkBusy` effect (ignored when none was asked). */
  | (At & { readonly kind: 'busyReading'; readonly reading: BusyReading });

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
  /** A routine taken after its reminder was held while the user was busy: for how long. */
  readonly heldMs?: number;
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
      /** Held past the limit while still busy: a quiet notification only, no card, no sound. */
      readonly quiet: boolean;
      /** How long it was held while the user was busy; null: it was not. */
      readonly heldMs: number | null;
    }
  /** Ask the detectors now (time-limited) and answer with a `busyReading` input. */
  | { readonly kind: 'checkBusy' }
  | { readonly kind: 'closeReminder'; readonly reminderId: number; readonly reason: CloseReason }
  | { readonly kind: 'recordHistory'; readonly entry: HistoryEntry }
  | { readonly kind: 'persistState'; readonly snapshot: PersistedScheduler }
  | { readonly kind: 'publishStatus'; readonly status: SchedulerStatus }
  /**
   * At start: a snapshot was stored but could not be used (corrupt, or well-formed and
   * impossible), so the scheduler started fresh. `notice` is for the user, once; `problem` for logs.
   */
  | { readonly kind: 'snapshotRejected'; readonly problem: string; readonly notice: string };

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
