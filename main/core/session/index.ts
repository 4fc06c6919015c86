/** The reminder window's session as a pure reducer (see ./types.ts). */
export { IDLE, isDueReminder, sessionView, startSession, stepSession } from './session';
export { planRoutine } from './plan';
export type { PlanRequest, SessionEffect, SessionEnv, SessionInput, SessionScreen, SessionState, SessionStep } from './types';
