/**
 * Start at login: Electron's login items on macOS and Windows; on Linux, where Electron has
 * none, an XDG autostart entry (~/.config/autostart/limber.desktop) that starts the AppImage
 * file itself when Limber runs from one (process.execPath then points inside a temporary mount
 * that is gone after a reboot).
 *
 * Only an installed (packaged) Limber touches the login entry. A development run (`npm start`,
 * the Electron e2e suite on CI) would otherwise register the bare Electron binary — on Windows
 * under the same value name as the installed app, replacing its entry — and its "off" would
 * delete the installed app's entry.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as Electron from 'electron';
import { APP_ID } from './appIdentity';

export interface AutoLaunchEnv {
  readonly platform: NodeJS.Platform;
  readonly app: Pick<Electron.App, 'setLoginItemSettings' | 'isPackaged'>;
  readonly execPath: string;
  /** The environment: APPIMAGE, XDG_CONFIG_HOME and HOME matter on Linux. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly fs?: {
    writeFile(file: string, data: string): Promise<void>;
    rm(file: string, options: { force: boolean }): Promise<void>;
    mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  };
}

/** Quotes one argument of an Exec= line as the Desktop Entry Specification asks. */
export function quoteExecArg(arg: string): string {
  if (!/[\s"'\\`$;&|<>()*?#~=%]/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1').replace(/%/g, '%%')}"`;
}

export function linuxCommand(env: AutoLaunchEnv): string[] {
  const appImage = env.env['APPIMAGE'];
  return appImage ? [appImage] : [env.execPath];
}

export function desktopEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Limber',
    'Comment=Short movement breaks for your hips and upper back',
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Icon=limber',
    'Terminal=false',
    'Hidden=false',
    'NoDisplay=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartFile(env: AutoLaunchEnv): string {
  const configHome = env.env['XDG_CONFIG_HOME'] || path.join(env.env['HOME'] ?? '', '.config');
  return path.join(configHome, 'autostart', 'limber.desktop');
}

/** What setStartAtLogin did: the login entry was written or removed, or left alone and why. */
export type StartAtLoginResult = { readonly applied: true } | { readonly applied: false; readonly reason: string };

export const UNPACKAGED_REASON = 'a development run (Electron not packaged) leaves the login entry alone; only an installed Limber registers itself';

/**
 * The value name of the Windows Run entry. Electron's default is the AppUserModelID, which main
 * sets to the same id; it is passed explicitly because the uninstaller (build/installer.nsh)
 * deletes exactly this value.
 */
export const WINDOWS_LOGIN_ITEM_NAME = APP_ID;

export async function setStartAtLogin(enabled: boolean, env: AutoLaunchEnv): Promise<StartAtLoginResult> {
  if (!env.app.isPackaged) return { applied: false, reason: UNPACKAGED_REASON };
  if (env.platform === 'darwin' || env.platform === 'win32') {
    // Limber opens no window at start (only the tray), so no "open hidden" flag is needed.
    env.app.setLoginItemSettings(env.platform === 'win32' ? { openAtLogin: enabled, name: WINDOWS_LOGIN_ITEM_NAME } : { openAtLogin: enabled });
    return { applied: true };
  }
  const fs = env.fs ?? { writeFile: (f: string, d: string) => writeFile(f, d, 'utf8'), rm, mkdir };
  const file = autostartFile(env);
  if (enabled) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, desktopEntry(linuxCommand(env)));
  } else {
    await fs.rm(file, { force: true });
  }
  return { applied: true };
}
