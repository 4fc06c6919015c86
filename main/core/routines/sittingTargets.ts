/**
 * What long sitting does, in the seeds' words reduced to four targets (CONTENT.md: sitting
 * shortens the hip flexors, inhibits the glutes, stiffens the thoracic spine), and which moves
 * work each. The composer leans towards routines that reach a hip target and a thoracic one;
 * the week simulation measures how often they do.
 *
 * Written as a list of ids rather than derived from the focus label: "hips" covers leg swings
 * and hip circles too, which are good mobility but not the stretch the seeds name first.
 * Release moves count through where they press (contactAreas), so a new roller or ball move is
 * classified without an entry here.
 */
import type { Exercise } from '../../../common/routine';

export type SittingTarget = 'hipFlexors' | 'glutes' | 'thoracicExtension' | 'thoracicRotation';

const BY_ID: Readonly<Record<string, readonly SittingTarget[]>> = {
  'standing-hip-flexor-stretch': ['hipFlexors'],
  'half-kneeling-hip-flexor-stretch': ['hipFlexors'],
  'couch-stretch': ['hipFlexors'],
  'band-hip-flexor-stretch': ['hipFlexors'],
  'seated-hip-flexor-stretch': ['hipFlexors'],
  'seated-figure-four': ['glutes'],
  'standing-figure-four': ['glutes'],
  'ninety-ninety-pigeon': ['glutes'],
  'chair-back-extension': ['thoracicExtension'],
  'roller-thoracic-extension': ['thoracicExtension'],
  'standing-upper-back-extension': ['thoracicExtension'],
  'seated-upper-back-extension': ['thoracicExtension'],
  'seated-thoracic-rotation': ['thoracicRotation'],
  'standing-thoracic-rotation': ['thoracicRotation'],
};

/** Ids in the list above (some name moves the catalog may not hold yet: they count when they arrive). */
export const LISTED_TARGET_IDS: readonly string[] = Object.keys(BY_ID);

export function sittingTargets(ex: Pick<Exercise, 'id' | 'contactAreas'>): readonly SittingTarget[] {
  const out = new Set<SittingTarget>(BY_ID[ex.id] ?? []);
  for (const area of ex.contactAreas ?? []) {
    if (area === 'hipFlexors') out.add('hipFlexors');
    if (area === 'glutes' || area === 'piriformis') out.add('glutes');
  }
  return [...out];
}

export const reachesHipTarget = (ex: Pick<Exercise, 'id' | 'contactAreas'>): boolean =>
  sittingTargets(ex).some((t) => t === 'hipFlexors' || t === 'glutes');

export const reachesThoracicTarget = (ex: Pick<Exercise, 'id' | 'contactAreas'>): boolean =>
  sittingTargets(ex).some((t) => t === 'thoracicExtension' || t === 'thoracicRotation');
