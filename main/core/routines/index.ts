/** Public face of the routine library: the catalog, its rules and the composer. */
export { CATALOG, findExercise } from './catalog';
export { composeRoutine, HISTORY_WINDOW, LENGTH_TOLERANCE_SECONDS, NO_REPEAT_WINDOW, TRANSITION_SECONDS } from './composer';
export type { ComposeInput, ComposeResult, RoutinePreferences } from './composer';
export type { CatalogExercise } from './exerciseTypes';
export { SEED_FILES, type SeedFile } from './seedSources';
export { renderExerciseDocs } from './exerciseDocs';
