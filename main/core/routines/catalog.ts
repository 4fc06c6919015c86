/**
 * The exercise catalog: every move Limber can put in a routine, in reset → restore → rebuild
 * order. Data only; the rules it must satisfy live in catalogRules.ts and its test.
 */
import type { CatalogExercise } from './exerciseTypes';
import { REBUILD_EXERCISES } from './exercisesRebuild';
import { RESET_EXERCISES } from './exercisesReset';
import { RESTORE_EXERCISES } from './exercisesRestore';

export const CATALOG: readonly CatalogExercise[] = [...RESET_EXERCISES, ...RESTORE_EXERCISES, ...REBUILD_EXERCISES];

const BY_ID: ReadonlyMap<string, CatalogExercise> = new Map(CATALOG.map((e) => [e.id, e]));

export function findExercise(id: string): CatalogExercise | undefined {
  return BY_ID.get(id);
}
