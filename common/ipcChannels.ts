/**
 * Channel names, derived from the contract's method and event names. Runtime-free (no zod) so
 * the preload bundle stays tiny; `common/ipc.ts` proves at compile time that these lists are
 * exactly the contract's keys.
 */
export const IPC_METHODS = [
  'getSnapshot',
  'updatePreferences',
  'completeWelcome',
  'startRoutineNow',
  'respondToReminder',
  'reportRoutineOutcome',
  'excludeExercise',
  'pauseReminders',
  'resumeReminders',
  'openWindow',
  'closeWindow',
  'listExercises',
  'getStats',
  'exportHistory',
  'dismissNotice',
  'setReminderLayout',
  'getAbout',
  'copyDiagnostics',
  'runMenuAction',
] as const;
export type IpcMethod = (typeof IPC_METHODS)[number];

export const IPC_EVENTS = ['snapshotChanged'] as const;
export type IpcEvent = (typeof IPC_EVENTS)[number];

export const methodChannel = (method: IpcMethod): string => `limber:call:${method}`;
export const eventChannel = (event: IpcEvent): string => `limber:event:${event}`;
