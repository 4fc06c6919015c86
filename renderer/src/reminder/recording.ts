/**
 * Where the report of a finished routine stands, shared by the screens that follow the player
 * (summary, "this hurts") and the app that makes the report. Its own module so those screens
 * and ReminderApp need not import one another.
 */
import type { RoutineRecorded } from '../../../common/ipc';

export type Recording = RoutineRecorded | 'pending' | { readonly error: string };
