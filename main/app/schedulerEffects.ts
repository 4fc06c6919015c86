/**
 * Performs the scheduler's effects (main/core/scheduler): a due or closed reminder goes to the
 * session, a history entry to the history store, a snapshot to the app state, the status to the
 * status board. One batch of effects is one publishing batch.
 */
import { toHistoryRecord } from '../core/history';
import type { SchedulerEffect, TimeZoneRules } from '../core/scheduler';
import type { SessionInput } from '../core/session';
import type { SchedulerStatus } from '../core/scheduler';
import type { HistoryRecord } from '../core/history';

export interface SchedulerEffectTargets {
  readonly session: { send(input: SessionInput): void };
  readonly history: { append(record: HistoryRecord): void };
  readonly appState: { save(patch: { scheduler: unknown }): void };
  readonly status: { setStatus(status: SchedulerStatus): void; batch(work: () => void): void; addNotice(text: string): void };
  readonly zone: TimeZoneRules;
  wallMs(): number;
}

export function schedulerEffectPerformer(targets: SchedulerEffectTargets): (effects: readonly SchedulerEffect[]) => void {
  function perform(effect: SchedulerEffect): void {
    switch (effect.kind) {
      case 'showReminder':
        return targets.session.send({
          kind: 'reminderDue',
          reminderId: effect.reminderId,
          snoozesLeft: effect.snoozesLeft,
          atWallMs: targets.wallMs(),
          ...(effect.quiet ? { quiet: true } : {}),
        });
      case 'closeReminder':
        return targets.session.send({ kind: 'reminderClosed', reminderId: effect.reminderId });
      case 'recordHistory':
        return targets.history.append(toHistoryRecord(effect.entry, targets.zone.offsetMinutesAt(effect.entry.atWallMs)));
      case 'persistState':
        return targets.appState.save({ scheduler: effect.snapshot });
      case 'publishStatus':
        return targets.status.setStatus(effect.status);
      case 'snapshotRejected':
        return targets.status.addNotice(effect.notice);
    }
  }
  return (effects) => targets.status.batch(() => effects.forEach(perform));
}
