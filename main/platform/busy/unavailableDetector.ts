/** A signal this OS does not let Limber read, saying so plainly (shown in Preferences). */
import type { BusySignal } from '../../../common/busy';
import type { BusyDetector } from '../../core/busy/busyPort';

export function unavailableDetector(signal: BusySignal, reason: string): BusyDetector {
  return {
    signal,
    availability: async () => ({ kind: 'unavailable', reason }),
    check: async () => ({ busy: false }),
  };
}
