/**
 * Electron entry point: hands the real Electron modules and the on-disk stores to the
 * composition root. Nothing else belongs here, so that everything below can run against a
 * typed fake in tests.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  systemPreferences,
  Tray,
} from 'electron';
import { readLaunch } from './app/commandLine';
import { userArguments } from './core/commandLine';
import { startLimber } from './limberApp';
import { APP_ID } from './platform/appIdentity';
import { guardProcess } from './platform/crashGuards';
import { openDiskStores } from './platform/diskStores';
import { loadElectronStoreBackend } from './platform/electronStoreBackend';
import { createWindowsToaster } from './platform/nodeNotifierBackend';
import { nodeNotifierAdapter } from './platform/notifiers';
import { openRotatingLog } from './platform/rotatingLog';
import { systemTimeFormat } from './platform/systemTimeFormat';
import { repositoryOfApp } from './platform/updateCheck';

// The command line before anything else: --help and a bad command answer here and go no further.
const terminal = { print: (text: string, ok: boolean) => void (ok ? process.stdout : process.stderr).write(`${text}\n`) };
const launch = readLaunch(userArguments(process.argv, process.defaultApp === true), terminal, (code) => process.exit(code));

// The log first, so that everything after it, a crash included, is on record.
const log = openRotatingLog({
  directory: app.getPath('logs'),
  ...(app.isPackaged ? {} : { mirror: (line: string) => console.warn(`[limber] ${line}`) }),
});
guardProcess(process, log);
log.info(`Limber ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform} ${process.arch})`);
const logger = { warn: (message: string) => log.warn(message) };
// Windows attributes notifications to the AppUserModelID, which the installer sets to appId.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
// Voice guidance (docs/decisions/0015-player-size.md): Chromium on Linux reaches the system's
// voices through speech-dispatcher only with this switch, which must be set before ready.
if (process.platform === 'linux') app.commandLine.appendSwitch('enable-speech-dispatcher');

// Windows toasts with Start, Snooze and Skip that report back (docs/decisions/0069).
const toaster = process.platform === 'win32' ? createWindowsToaster(process.arch) : null;

const handle = startLimber(
  { app, BrowserWindow, ipcMain, protocol, session, shell, Tray, Menu, nativeTheme, screen, powerMonitor, Notification, dialog, clipboard, globalShortcut },
  {
    rendererRoot: path.join(__dirname, '../renderer'),
    preloadPath: path.join(__dirname, '../preload/index.js'),
    // The repository in development, app.asar when packaged: Electron reads images from both.
    assetsDir: path.join(app.getAppPath(), 'assets'),
    devServerUrl: !app.isPackaged && process.env['ELECTRON_RENDERER_URL'] ? process.env['ELECTRON_RENDERER_URL'] : null,
    platform: process.platform,
    logger,
    appVersion: app.getVersion(),
    launch,
    terminal,
    // Off unless the user turns it on; the repository is the one release.yml built from.
    updateCheck: { repository: repositoryOfApp(app.getAppPath()), fetch: (url, init) => net.fetch(url, init) },
    // A function: Electron's system locale is readable only after ready, and boot runs then.
    timeFormat: () => systemTimeFormat({ platform: process.platform, env: process.env, app, systemPreferences }),
    log,
    platformNotifiers: ({ silent }) => [
      ...(toaster ? [nodeNotifierAdapter(toaster.backend, { appId: APP_ID, supported: toaster.supported, silent, iconPath: path.join(app.getAppPath(), 'assets', 'icons', '256x256.png') })] : []),
    ],
    openStores: async () => {
      const openBackend = await loadElectronStoreBackend();
      return openDiskStores({ cwd: app.getPath('userData'), openBackend, log: logger.warn });
    },
  },
);

handle?.ready.catch((error: unknown) => {
  dialog.showErrorBox('Limber could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});

// The Electron e2e suite drives the tray through this; it exists only when asked for.
if (handle && process.env['LIMBER_E2E'] === '1') (globalThis as { __limber?: typeof handle }).__limber = handle;
