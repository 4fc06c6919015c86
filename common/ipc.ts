/**
 * The IPC contract: every method the renderer may call in main, every event main sends to the
 * renderer, and the zod schema that main uses to check each payload.
 *
 * The interface is the contract; the schemas are checked against it at compile time (see
 * `ExactSchemas` below), and the preload and the main handlers are generated from it, so the
 * three cannot drift.
 */
import type { BusySignal, DetectorAvailability } from './busy';
import { trayActionSchema, type DesktopView, type MENU_PAUSE_LENGTHS, type TrayAction } from './desktop';
import type { TimeFormatSettings } from './timeFormat';
import { z } from 'zod';
import type { IpcEvent, IpcMethod } from './ipcChannels';
import type { ComposedRoutine, Exercise, RelaxationNote } from './routine';
import { EXPORT_FORMATS, type ExportFormat, type StatsView } from './stats';
import {
  OWNED_EQUIPMENT,
  POSITIONS,
  WEEKDAYS,
  clockTimeSchema,
  clockTimeToMinutes,
  preferencesPatchSchema,
  type OwnedEquipment,
  type Position,
  type Preferences,
  type PreferencesPatch,
  type Weekday,
} from './preferences';

// Each list is written once; the type and the payload schema below derive from it.
/** How long "Pause reminders" lasts; 'untilResumed' is the one name for "until I resume". */
export const PAUSE_LENGTHS = ['30m', '1h', '2h', 'nextWorkDay', 'untilResumed'] as const;
export type PauseLength = (typeof PAUSE_LENGTHS)[number];
export const WINDOW_NAMES = ['preferences', 'stats', 'welcome', 'panel'] as const;
export type WindowName = (typeof WINDOW_NAMES)[number];
export const REMINDER_ACTIONS = ['start', 'snooze', 'skip'] as const;
export type ReminderAction = (typeof REMINDER_ACTIONS)[number];
/** The reminder window's two shapes: the card, and the player a routine grows it into. */
export const REMINDER_LAYOUTS = ['card', 'player'] as const;
export type ReminderLayout = (typeof REMINDER_LAYOUTS)[number];
export const ROUTINE_RESULTS = ['completed', 'stopped'] as const;
export type RoutineResult = (typeof ROUTINE_RESULTS)[number];

export interface WelcomeChoices {
  readonly workDays: Weekday[];
  readonly workStart: string;
  readonly workEnd: string;
  readonly positions: Position[];
  readonly equipment: OwnedEquipment[];
}

export interface RoutineOutcome {
  readonly outcome: RoutineResult;
  /** Seconds of exercise actually done (pauses excluded). */
  readonly activeSeconds: number;
  readonly exerciseIds: readonly string[];
}

/** A routine ready to play: the timed steps plus the exercises they use (cues, poses…). */
export interface RoutinePlan {
  readonly routine: ComposedRoutine;
  readonly exercises: readonly Exercise[];
  /** What the composer had to relax to fit the user's filters (shown as a quiet note). */
  readonly relaxed: readonly RelaxationNote[];
}

/** What the reminder window shows: the card of a due reminder, or a routine being played. */
export type SessionView =
  | {
      readonly kind: 'reminder';
      readonly plan: RoutinePlan;
      /** Snoozes still allowed for this reminder; null = unlimited, 0 = Snooze is hidden. */
      readonly snoozesLeft: number | null;
      readonly snoozeMinutes: number;
    }
  | { readonly kind: 'routine'; readonly plan: RoutinePlan; readonly origin: 'reminder' | 'manual' };

/** Everything a window needs to draw itself, pushed again whenever it changes. */
export interface AppSnapshot {
  readonly preferences: Preferences;
  /** The tray's status line, e.g. "Next break in 23 min". */
  readonly statusText: string;
  /** Local times ("HH:MM") of today's remaining reminders if nothing else happens. */
  readonly todaysPlan: readonly string[];
  readonly firstRunComplete: boolean;
  /** The reminder or routine on screen, if any. */
  readonly session: SessionView | null;
  /** A one-time message for the user (e.g. a settings file that had to be repaired). */
  readonly notice: string | null;
  /**
   * Whether each busy detector can work on this OS / session (from its `availability()`), for
   * the plain sentence the preferences show where one cannot; null until asked.
   */
  readonly busyAvailability: Readonly<Record<BusySignal, DetectorAvailability>> | null;
  /** What this desktop keeps Limber from doing, and the tray menu when there is no tray (common/desktop.ts). */
  readonly desktop: DesktopView;
  /** The OS's locale and 12/24-hour choice, so every window writes times as the tray does (common/timeFormat.ts). */
  readonly timeFormat: TimeFormatSettings;
  /** Whether the card can follow the focused window here (platform/focusedWindow.ts); null until asked. */
  readonly focusedWindowDisplay: DetectorAvailability | null;
}

/** What the player's summary shows after a routine (besides what the player measured). */
export interface RoutineRecorded {
  readonly streakDays: number;
  readonly routinesToday: number;
}

/** What About shows: which Limber this is and where its log is. */
export interface AboutInfo {
  readonly version: string;
  /** The log file's path; null when Limber runs without one (tests). */
  readonly logFile: string | null;
}

/** Renderer → main calls. One argument at most; every call returns a promise. */
export interface LimberApi {
  getSnapshot(): Promise<AppSnapshot>;
  updatePreferences(patch: PreferencesPatch): Promise<Preferences>;
  completeWelcome(choices: WelcomeChoices): Promise<void>;
  startRoutineNow(): Promise<void>;
  respondToReminder(request: { action: ReminderAction }): Promise<void>;
  reportRoutineOutcome(outcome: RoutineOutcome): Promise<RoutineRecorded>;
  excludeExercise(request: { exerciseId: string }): Promise<void>;
  pauseReminders(request: { length: PauseLength }): Promise<void>;
  resumeReminders(): Promise<void>;
  openWindow(request: { window: WindowName }): Promise<void>;
  closeWindow(): Promise<void>;
  /** The whole exercise catalog, for the preferences (exclusions, favourites, preview). */
  listExercises(): Promise<readonly Exercise[]>;
  getStats(): Promise<StatsView>;
  /** Asks where to save (a save dialog in main); resolves with the path, or null if cancelled. */
  exportHistory(request: { format: ExportFormat }): Promise<{ path: string | null }>;
  /** Forgets the one-time notice once the user has seen it. */
  dismissNotice(): Promise<void>;
  /**
   * Sizes the calling reminder window for a layout (the player's size is a preference), in its
   * corner of the work area. Only the reminder window may call it.
   */
  setReminderLayout(request: { layout: ReminderLayout }): Promise<void>;
  /** The version and the log file's path, for About. */
  getAbout(): Promise<AboutInfo>;
  /** Puts the diagnostics (versions, OS, preferences without personal data, recent log lines) on the clipboard. */
  copyDiagnostics(): Promise<void>;
  /** An item of the tray menu, chosen in the tray-less panel (GNOME without AppIndicator). */
  runMenuAction(request: { action: TrayAction }): Promise<void>;
}

/** Main → renderer events and their payloads. */
export interface LimberEvents {
  snapshotChanged: AppSnapshot;
}

/** What the preload exposes on `window.limber`: the calls plus a typed event subscription. */
export interface LimberBridge extends LimberApi {
  on<E extends keyof LimberEvents>(event: E, listener: (payload: LimberEvents[E]) => void): () => void;
}

export type MethodPayload<M extends keyof LimberApi> = Parameters<LimberApi[M]> extends [infer P] ? P : undefined;
export type MethodResult<M extends keyof LimberApi> = Awaited<ReturnType<LimberApi[M]>>;

const exerciseIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Not an exercise id.' }).max(64);
const noPayload = z.undefined({ message: 'This call takes no payload.' });

export const welcomeChoicesSchema = z
  .strictObject({
    workDays: z
      .array(z.enum(WEEKDAYS))
      .refine((d) => new Set(d).size === d.length, { message: 'Each day may appear once.' }),
    workStart: clockTimeSchema,
    workEnd: clockTimeSchema,
    positions: z
      .array(z.enum(POSITIONS))
      .min(1, { message: 'Choose at least one position.' })
      .refine((d) => new Set(d).size === d.length, { message: 'Each position may appear once.' }),
    equipment: z
      .array(z.enum(OWNED_EQUIPMENT))
      .refine((d) => new Set(d).size === d.length, { message: 'Each piece of equipment may appear once.' }),
  })
  .refine((c) => clockTimeToMinutes(c.workEnd) > clockTimeToMinutes(c.workStart), {
    message: 'The end of the work day must be after its start.',
    path: ['workEnd'],
  });

/** The payload schema of every method: strict objects, ranges as in the preference schema. */
export const ipcPayloadSchemas = {
  getSnapshot: noPayload,
  updatePreferences: preferencesPatchSchema,
  completeWelcome: welcomeChoicesSchema,
  startRoutineNow: noPayload,
  respondToReminder: z.strictObject({ action: z.enum(REMINDER_ACTIONS) }),
  reportRoutineOutcome: z.strictObject({
    outcome: z.enum(ROUTINE_RESULTS),
    activeSeconds: z.number().int().min(0).max(3600),
    exerciseIds: z.array(exerciseIdSchema).max(50).readonly(),
  }),
  excludeExercise: z.strictObject({ exerciseId: exerciseIdSchema }),
  pauseReminders: z.strictObject({ length: z.enum(PAUSE_LENGTHS) }),
  resumeReminders: noPayload,
  openWindow: z.strictObject({ window: z.enum(WINDOW_NAMES) }),
  closeWindow: noPayload,
  listExercises: noPayload,
  getStats: noPayload,
  exportHistory: z.strictObject({ format: z.enum(EXPORT_FORMATS) }),
  dismissNotice: noPayload,
  setReminderLayout: z.strictObject({ layout: z.enum(REMINDER_LAYOUTS) }),
  getAbout: noPayload,
  copyDiagnostics: noPayload,
  runMenuAction: z.strictObject({ action: trayActionSchema }),
} satisfies { [M in keyof LimberApi]: z.ZodType<MethodPayload<M>> };

/** Compile-time proof that the payload schemas, the interface and the channel lists agree exactly. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ContractChecks = [
  Assert<Same<IpcMethod, keyof LimberApi>>,
  Assert<Same<IpcEvent, keyof LimberEvents>>,
  Assert<Same<PayloadMismatches, never>>,
  Assert<Same<PauseLength, (typeof MENU_PAUSE_LENGTHS)[number]>>,
];
/** The methods whose schema output differs from the interface's parameter (must be none). */
type PayloadMismatches = {
  [M in keyof LimberApi]: Same<z.output<(typeof ipcPayloadSchemas)[M]>, MethodPayload<M>> extends true ? never : M;
}[keyof LimberApi];
