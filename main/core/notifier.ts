/**
 * The Notifier port: how the core's "a reminder is due" reaches the system's notification area.
 * Adapters live in main/platform (Electron's Notification, node-notifier). Actions are not
 * portable across systems, so a notification carries one thing to do: clicking it starts the
 * routine; the reminder card carries Snooze and Skip.
 */
export interface ReminderNotification {
  readonly title: string;
  readonly body: string;
  /** Called when the user clicks the notification (where the system reports clicks). */
  readonly onClick: () => void;
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
