/**
 * The one command dispatcher: the tray menu, IPC calls, notification clicks and buttons, the
 * command line and the global shortcut all say what they want as a `Command`, and this is the only place that knows what
 * each one does. Each command is one publishing batch.
 */
import type { ReminderAction, WindowName } from '../../common/ipc';
import type { TrayAction } from '../core/trayMenu';
import { isDueReminder, type SessionInput, type SessionState } from '../core/session';

export type Command =
  | TrayAction
  | { readonly kind: 'open'; readonly window: WindowName }
  /** An answer on the reminder card. */
  | { readonly kind: 'answer'; readonly action: ReminderAction }
  /** A notification's click or button, for the reminder it announced. */
  | { readonly kind: 'notificationAnswer'; readonly reminderId: number; readonly action: ReminderAction };

export interface CommandTargets {
  readonly session: { send(input: SessionInput): void; readonly state: SessionState };
  scheduler(): { snooze(): void; skip(): void; pause(length: Extract<Command, { kind: 'pause' }>['length']): void; resume(): void } | null;
  openWindow(window: WindowName): void;
  /** The release page of the newer Limber on offer, in the browser (nothing when none is). */
  openReleasePage(): void;
  quit(): void;
  wallMs(): number;
  /** Runs the command's work as one publishing batch. */
  batch(work: () => void): void;
}

export type CommandDispatcher = (command: Command) => void;

/**
 * A notification's answer as the command the tray sends (Start a routine now, Snooze) or, for
 * Skip, which the tray does not offer, the card's own answer.
 */
function answerAsCommand(action: ReminderAction): Command {
  switch (action) {
    case 'start':
      return { kind: 'startNow' };
    case 'snooze':
      return { kind: 'snooze' };
    case 'skip':
      return { kind: 'answer', action: 'skip' };
  }
}

export function createCommandDispatcher(targets: CommandTargets): CommandDispatcher {
  function perform(command: Command): void {
    switch (command.kind) {
      case 'startNow':
        return targets.session.send({ kind: 'startNow', atWallMs: targets.wallMs() });
      case 'answer':
        if (command.action === 'start') return targets.session.send({ kind: 'startFromCard' });
        return command.action === 'snooze' ? targets.scheduler()?.snooze() : targets.scheduler()?.skip();
      case 'snooze':
        return targets.scheduler()?.snooze();
      case 'pause':
        return targets.scheduler()?.pause(command.length);
      case 'resume':
        return targets.scheduler()?.resume();
      case 'open':
        return targets.openWindow(command.window);
      case 'quit':
        return targets.quit();
      case 'openReleasePage':
        return targets.openReleasePage();
      case 'notificationAnswer':
        // An old notification (its reminder taken, skipped, snoozed or replaced) must not answer today's.
        if (!isDueReminder(targets.session.state, command.reminderId)) throw new Error(`its reminder (#${command.reminderId}) is no longer the one due`);
        return perform(answerAsCommand(command.action));
    }
  }
  return (command) => targets.batch(() => perform(command));
}
