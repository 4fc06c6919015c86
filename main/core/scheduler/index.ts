/**
 * The break scheduler's public interface (see docs/scheduler.md). Everything here is pure.
 */
export { step, startScheduler, wantsIdleSample } from './scheduler';
export { nextWakeup, type Wakeup, type WakeReason, type WakeupOptions } from './nextWakeup';
export { describeStatus } from './status';
export { BUSY_ANSWER_LOST_MS, BUSY_GRACE_MS, BUSY_RECHECK_MS, enabledSignals } from './busyHold';
export { planDay, type PlannedReminder } from './planDay';
export { parsePersisted, persistedSchedulerSchema, restorePersisted, snapshotOf, type RestoreResult } from './persisted';
export { isWorkTime, nextWorkStart, workEndAfter } from './workHours';
export {
  DAY,
  HOUR,
  MINUTE,
  SECOND,
  fixedZone,
  localTimeAt,
  wallAtLocal,
  type ClockReading,
  type LocalDate,
  type LocalTime,
  type TimeZoneRules,
} from './localTime';
export type {
  CloseReason,
  Held,
  HistoryEntry,
  HistoryOutcome,
  Pause,
  PauseChoice,
  PersistedScheduler,
  Phase,
  PhaseKind,
  Presence,
  SchedulerEffect,
  SchedulerEnv,
  SchedulerInput,
  SchedulerState,
  SchedulerStatus,
  StepResult,
} from './types';
