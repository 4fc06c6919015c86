/**
 * Notifier adapters (see main/core/notifier.ts and docs/decisions/0069-notification-actions.md):
 * Electron's own Notification, attributed to the app and needing no extra binary, with buttons
 * on macOS; and node-notifier's Windows toasts (SnoreToast), whose buttons report back through
 * SnoreToast's own pipe, tried first on Windows.
 */
import type * as Electron from 'electron';
import type { ReminderAction } from '../../common/ipc';
import type { NotificationButton, Notifier, NotifyOutcome, ReminderNotification } from '../core/notifier';

export interface ElectronNotificationPort {
  on(event: 'click' | 'show' | 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: Electron.Event, error: string) => void): unknown;
  on(event: 'action', listener: (details: Electron.Event<Electron.NotificationActionEventParams>, actionIndex: number) => void): unknown;
  show(): void;
}

export interface ElectronNotificationCtor {
  new (options: Electron.NotificationConstructorOptions): ElectronNotificationPort;
  isSupported(): boolean;
}

/** How long to wait for Electron to confirm ('show') or refuse ('failed') a notification. */
const CONFIRM_MS = 3000;

export function electronNotifier(
  Notification: ElectronNotificationCtor,
  /** buttons: offer the reminder's answers as notification actions (macOS). */
  options: { silent: () => boolean; iconPath?: string; buttons?: boolean },
): Notifier {
  // Electron drops click handlers of notifications that get garbage-collected: keep each one
  // referenced until it is clicked or closed.
  const live = new Set<ElectronNotificationPort>();
  return {
    name: 'electron',
    isSupported: () => Notification.isSupported(),
    notify: (n: ReminderNotification) =>
      new Promise<NotifyOutcome>((resolve) => {
        const notification = new Notification({
          title: n.title,
          body: n.body,
          silent: options.silent(),
          ...(options.iconPath ? { icon: options.iconPath } : {}),
          ...(options.buttons ? { actions: n.buttons.map((b) => ({ type: 'button' as const, text: b.label })) } : {}),
        });
        live.add(notification);
        let settled = false;
        const settle = (outcome: NotifyOutcome) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(outcome);
        };
        // Linux and macOS do not always emit 'show'; no 'failed' within the wait counts as shown.
        const timer = setTimeout(() => settle({ shown: true, via: 'electron' }), CONFIRM_MS);
        notification.on('show', () => settle({ shown: true, via: 'electron' }));
        notification.on('failed', (_event, error) => {
          live.delete(notification);
          settle({ shown: false, reason: error || 'failed' });
        });
        notification.on('click', () => {
          live.delete(notification);
          n.onAnswer('start');
        });
        notification.on('action', (details, actionIndex) => {
          live.delete(notification);
          const button = options.buttons ? n.buttons[details.actionIndex ?? actionIndex] : undefined;
          if (button) n.onAnswer(button.action);
        });
        notification.on('close', () => live.delete(notification));
        notification.show();
      }),
  };
}

/** The part of node-notifier's API the adapter uses (its WindowsToaster). */
export interface NodeNotifierLike {
  notify(
    options: Record<string, unknown>,
    callback: (error: Error | null, response: string, metadata?: ToastMetadata) => void,
  ): unknown;
}

/** What node-notifier's toaster hands back: SnoreToast's `action=…;button=…;` pipe message, parsed. */
export interface ToastMetadata {
  readonly action?: string;
  readonly button?: string;
  readonly activationType?: string;
}

/**
 * The user's answer from a toast's outcome: a button by its label, a click on the toast itself
 * as Start, nothing for a dismissal or a timeout.
 */
export function toastAnswer(response: string, metadata: ToastMetadata | undefined, buttons: readonly NotificationButton[]): ReminderAction | null {
  const pressed = metadata?.action === 'buttonClicked' ? metadata.button : undefined;
  if (pressed !== undefined) return buttons.find((b) => b.label === pressed)?.action ?? null;
  if (response === 'activate' || metadata?.action === 'activated') return 'start';
  // node-notifier lower-cases the activation it passes as response: a button's label.
  return buttons.find((b) => b.label.toLowerCase() === response)?.action ?? null;
}

/**
 * node-notifier runs helper binaries from its vendor folder; inside a packaged app those are
 * unpacked next to the asar archive (electron-builder.yml, asarUnpack), so point at them there.
 */
export function unpackedVendorPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

export function nodeNotifierAdapter(
  backend: NodeNotifierLike,
  /** appId: the AppUserModelID the toast is attributed to (the installer's Start-menu shortcut). */
  options: { appId: string; iconPath?: string; supported: () => boolean; silent: () => boolean },
): Notifier {
  return {
    name: 'node-notifier',
    isSupported: options.supported,
    notify: (n) =>
      new Promise<NotifyOutcome>((resolve) => {
        let answered = false;
        backend.notify(
          {
            title: n.title,
            message: n.body,
            appID: options.appId,
            sound: !options.silent(),
            // SnoreToast runs until the toast is answered, dismissed or times out, then reports.
            wait: true,
            actions: n.buttons.map((b) => b.label),
            ...(options.iconPath ? { icon: options.iconPath } : {}),
          },
          (error, response, metadata) => {
            if (error) return resolve({ shown: false, reason: error.message });
            resolve({ shown: true, via: 'node-notifier' });
            const answer = toastAnswer(response, metadata, n.buttons);
            if (answer !== null && !answered) {
              answered = true;
              n.onAnswer(answer);
            }
          },
        );
      }),
  };
}
