/**
 * The catalog's own view of an exercise: the shared `Exercise` shape, with sources narrowed to
 * the known seed files so a typo in a citation fails the type check.
 */
import type { Exercise } from '../../../common/routine';
import type { SeedFile } from './seedSources';

export interface CatalogExercise extends Exercise {
  readonly sources: readonly SeedFile[];
}
