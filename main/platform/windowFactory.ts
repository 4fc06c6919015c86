/**
 * The one place that creates BrowserWindows. Every window gets the same hardened
 * webPreferences and the same guards (no navigation, no new windows, no webviews); callers only
 * choose which page and which frame.
 */
import type * as Electron from 'electron';
import type { BrowserWindowConstructor, BrowserWindowPort } from './electronPorts';

export type WindowKind = 'reminder' | 'preferences' | 'stats' | 'welcome' | 'panel';

interface WindowLook {
  readonly page: string;
  readonly options: Electron.BrowserWindowConstructorOptions;
  /** Added to the secure baseline; may not weaken it (only non-security settings go here). */
  readonly webPreferences?: Pick<Electron.WebPreferences, 'autoplayPolicy' | 'backgroundThrottling'>;
}

/** Size and frame per window kind. The reminder card is a small, frameless, always-on-top panel. */
export const WINDOW_LOOKS: Readonly<Record<WindowKind, WindowLook>> = {
  reminder: {
    page: 'reminder.html',
    options: {
      width: 380,
      height: 520,
      useContentSize: true,
      frame: false,
      resizable: false,
      maximizable: false,
      minimizable: false,
      fullscreenable: false,
      alwaysOnTop: true,
      skipTaskbar: true,
      focusable: true,
      title: 'Limber',
    },
    // A routine started from the tray gets no click inside the page before its first sound cue.
    webPreferences: { autoplayPolicy: 'no-user-gesture-required' },
  },
  preferences: { page: 'preferences.html', options: { width: 760, height: 680, minWidth: 560, minHeight: 480, title: 'Limber Preferences' } },
  stats: { page: 'stats.html', options: { width: 720, height: 600, minWidth: 520, minHeight: 440, title: 'Limber Stats' } },
  // Stands in for the tray where there is none (docs/decisions/0061-no-tray-on-gnome.md): an
  // ordinary window, so the desktop lists it among the open apps.
  panel: { page: 'panel.html', options: { width: 360, height: 640, useContentSize: true, minWidth: 320, minHeight: 420, maximizable: false, title: 'Limber' } },
  welcome: { page: 'welcome.html', options: { width: 560, height: 660, useContentSize: true, resizable: false, maximizable: false, title: 'Welcome to Limber' } },
};

/** The security baseline of Electron's checklist, applied to every window. */
export function secureWebPreferences(preloadPath: string, devTools: boolean): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Middle-click would otherwise try to open links in a new window (denied anyway below).
    disableBlinkFeatures: 'Auxclick',
    devTools,
  };
}

export interface WindowFactoryOptions {
  readonly BrowserWindow: BrowserWindowConstructor;
  readonly preloadPath: string;
  /** Where pages come from: APP_ORIGIN in the app, the dev server under `npm run dev`. */
  readonly pageOrigin: string;
  readonly devTools: boolean;
}

export interface CreatedWindow {
  readonly kind: WindowKind;
  readonly window: BrowserWindowPort;
  readonly url: string;
}

export function pageUrl(origin: string, kind: WindowKind): string {
  return `${origin.replace(/\/$/, '')}/${WINDOW_LOOKS[kind].page}`;
}

export function createWindowFactory(options: WindowFactoryOptions) {
  return function createWindow(
    kind: WindowKind,
    extra: Pick<Electron.BrowserWindowConstructorOptions, 'x' | 'y' | 'backgroundColor'> = {},
  ): CreatedWindow {
    const look = WINDOW_LOOKS[kind];
    const window = new options.BrowserWindow({
      ...look.options,
      ...extra,
      show: false,
      webPreferences: { ...look.webPreferences, ...secureWebPreferences(options.preloadPath, options.devTools) },
    });
    const contents = window.webContents;
    const url = pageUrl(options.pageOrigin, kind);
    // Our pages never navigate: every change of view happens inside React.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    void window.loadURL(url);
    return { kind, window, url };
  };
}

