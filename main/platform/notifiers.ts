/**
 * Notifier adapters (see main/core/notifier.ts): Electron's own Notification, which is
 * attributed to the app and needs no extra binary, and node-notifier, used where Electron's is
 * unsupported or fails (e.g. a Linux desktop whose notification daemon Electron cannot reach
 * through libnotify, or Windows without a Start-menu shortcut).
 */
import type * as Electron from 'electron';
import type { Notifier, NotifyOutcome, ReminderNotification } from '../core/notifier';

export interface ElectronNotificationPort {
  on(event: 'click' | 'show' | 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: Electron.Event, error: string) => void): unknown;
  show(): void;
}

export interface ElectronNotificationCtor {
  new (options: Electron.NotificationConstructorOptions): ElectronNotificationPort;
  isSupported(): boolean;
}

/** How long to wait for Electron to confirm ('show') or refuse ('failed') a notification. */
const CONFIRM_MS = 3000;

export function electronNotifier(Notification: ElectronNotificationCtor, options: { silent: () => boolean; iconPath?: string }): Notifier {
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
          n.onClick();
        });
        notification.on('close', () => live.delete(notification));
        notification.show();
      }),
  };
}

/** The part of node-notifier's API the adapter uses (its NotifySend, WindowsToaster, …). */
export interface NodeNotifierLike {
  notify(
    options: Record<string, unknown>,
    callback: (error: Error | null, response: string, metadata?: { activationType?: string }) => void,
  ): unknown;
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
  options: { appName: string; iconPath?: string; supported: () => boolean; silent: () => boolean },
): Notifier {
  return {
    name: 'node-notifier',
    isSupported: options.supported,
    notify: (n) =>
      new Promise<NotifyOutcome>((resolve) => {
        backend.notify(
          {
            title: n.title,
            message: n.body,
            // notify-send reads 'app-name'; the Windows toaster reads appID.
            'app-name': options.appName,
            appID: options.appName,
            sound: !options.silent(),
            wait: true,
            // notify-send: show for 10 s, as a normal (not critical) notification.
            urgency: 'normal',
            time: 10_000,
            ...(options.iconPath ? { icon: options.iconPath } : {}),
          },
          (error, response, metadata) => {
            if (error) return resolve({ shown: false, reason: error.message });
            // Toasters and terminal-notifier report a click as the response of a waiting call.
            if (response === 'activate' || metadata?.activationType === 'contentsClicked') n.onClick();
            resolve({ shown: true, via: 'node-notifier' });
          },
        );
      }),
  };
}
