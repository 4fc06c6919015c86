/**
 * The Notifier port: how the core's "a reminder is due" reaches the system's notification area.
 * Adapters live in main/platform (Electron's Notification, node-notifier's Windows toasts).
 * Where the system reports buttons (docs/decisions/0069-notification-actions.md) a notification
 * carries the card's three answers, Start, Snooze and Skip; elsewhere a click on it starts the
 * routine and the reminder card carries Snooze and Skip.
 */
import type { ReminderAction } from '../../common/ipc';

export interface NotificationButton {
  readonly action: ReminderAction;
  readonly label: string;
}

export interface ReminderNotification {
  readonly title: string;
  readonly body: string;
  /** The buttons to offer where the system shows them, in order (Start first: macOS's primary). */
  readonly buttons: readonly NotificationButton[];
  /** The user's answer: a button, or 'start' for a click on the notification itself. */
  readonly onAnswer: (action: ReminderAction) => void;
}

/** Start, Snooze (only while this reminder may still be snoozed) and Skip, as on the card. */
export function reminderButtons(snooze: { readonly minutes: number; readonly allowed: boolean }): NotificationButton[] {
  return [
    { action: 'start', label: 'Start' },
    ...(snooze.allowed ? [{ action: 'snooze' as const, label: `Snooze ${snooze.minutes} min` }] : []),
    { action: 'skip', label: 'Skip' },
  ];
}

export type NotifyOutcome = { readonly shown: true; readonly via: string } | { readonly shown: false; readonly reason: string };

export interface Notifier {
  readonly name: string;
  /** Whether this notifier can work on this system at all. */
  isSupported(): boolean;
  notify(notification: ReminderNotification): Promise<NotifyOutcome>;
}

/** Tries each notifier in order and stops at the first that shows the notification. */
export function firstWorkingNotifier(notifiers: readonly Notifier[]): Notifier {
  return {
    name: notifiers.map((n) => n.name).join(' → '),
    isSupported: () => notifiers.some((n) => n.isSupported()),
    async notify(notification) {
      const reasons: string[] = [];
      for (const notifier of notifiers) {
        if (!notifier.isSupported()) {
          reasons.push(`${notifier.name}: not supported here`);
          continue;
        }
        const outcome = await notifier.notify(notification);
        if (outcome.shown) return outcome;
        reasons.push(`${notifier.name}: ${outcome.reason}`);
      }
      return { shown: false, reason: reasons.join('; ') || 'no notifier configured' };
    },
  };
}
