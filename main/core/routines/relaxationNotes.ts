/**
 * The sentences the composer shows when the user's settings left too little to build a
 * routine without bending a rule. One sentence each, plain words, saying what was bent and why.
 */
import type { OwnedEquipment, Position } from '../../../common/preferences';
import type { Emphasis, Exercise, Phase, RelaxationNote } from '../../../common/routine';

const PHASE_NOUN: Record<Phase, string> = { reset: 'warm-up', restore: 'mobility move', rebuild: 'strength move' };
const EQUIPMENT_NOUN: Record<OwnedEquipment, string> = { foamRoller: 'foam roller', massageBall: 'massage ball', band: 'band' };
const AREA_NOUN: Record<Emphasis, string> = { hips: 'hip', thoracic: 'upper-back' };

const orList = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;

export function positionNote(ex: Exercise, used: Position, allowed: readonly Position[]): RelaxationNote {
  return {
    code: 'position',
    exerciseId: ex.id,
    message: `Used a ${used} move (${ex.name}) because no ${orList(allowed)} ${PHASE_NOUN[ex.phase]} fits your other settings.`,
  };
}

export function repeatNote(ex: Exercise): RelaxationNote {
  return {
    code: 'repeat',
    exerciseId: ex.id,
    message: `Repeated ${ex.name} from one of your last two routines because nothing new fits your settings.`,
  };
}

export function excludedNote(ex: Exercise): RelaxationNote {
  return {
    code: 'excluded',
    exerciseId: ex.id,
    message: `Included ${ex.name}, which you left out, because nothing else fits. Skip it if it does not suit you.`,
  };
}

export function equipmentNote(ex: Exercise, missing: readonly OwnedEquipment[]): RelaxationNote {
  return {
    code: 'equipment',
    exerciseId: ex.id,
    message: `Included ${ex.name}, which needs a ${orList(missing.map((e) => EQUIPMENT_NOUN[e]))}, because nothing else fits.`,
  };
}

export function coverageNote(missing: Emphasis): RelaxationNote {
  return {
    code: 'coverage',
    message: `No ${AREA_NOUN[missing]} move fits your settings, so this routine leaves that area out.`,
  };
}
