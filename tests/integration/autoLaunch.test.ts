/**
 * Start at login through the typed Electron fake and a real temporary config folder: only an
 * installed (packaged) Limber writes or removes the login entry, and on Windows it writes the
 * very value the NSIS uninstaller (build/installer.nsh) deletes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setStartAtLogin, UNPACKAGED_REASON, WINDOWS_LOGIN_ITEM_NAME } from '../../main/platform/autoLaunch';
import { FakeApp } from '../support/electronFake';

const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(isPackaged: boolean) {
  const home = mkdtempSync(path.join(tmpdir(), 'limber-autolaunch-'));
  dirs.push(home);
  const app = new FakeApp(path.join(home, 'userData'));
  app.isPackaged = isPackaged;
  const env = (platform: NodeJS.Platform) => ({ platform, app, execPath: '/opt/Limber/limber', env: { HOME: home, XDG_CONFIG_HOME: path.join(home, 'cfg') } });
  return { app, env, autostart: path.join(home, 'cfg', 'autostart', 'limber.desktop') };
}

describe('start at login', () => {
  it('a development run (not packaged) registers nothing and removes nothing, on every OS, and says why', async () => {
    const { app, env, autostart } = setup(false);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(await setStartAtLogin(true, env(platform))).toEqual({ applied: false, reason: UNPACKAGED_REASON });
    }
    expect(app.loginItem).toBeNull();
    expect(existsSync(autostart)).toBe(false);
    // Nor does "off" delete the entry an installed Limber made (same file, same Run value name).
    const installed = setup(true);
    await setStartAtLogin(true, installed.env('linux'));
    expect(await setStartAtLogin(false, { ...installed.env('linux'), app })).toMatchObject({ applied: false });
    expect(existsSync(installed.autostart)).toBe(true);
  });

  it('an installed Limber writes and removes the XDG autostart entry on Linux', async () => {
    const { env, autostart } = setup(true);
    expect(await setStartAtLogin(true, env('linux'))).toEqual({ applied: true });
    expect(readFileSync(autostart, 'utf8')).toContain('Exec=/opt/Limber/limber\n');
    await setStartAtLogin(false, env('linux'));
    expect(existsSync(autostart)).toBe(false);
  });

  it('an installed Limber on Windows writes the Run value the uninstaller deletes', async () => {
    const { app, env } = setup(true);
    await setStartAtLogin(true, env('win32'));
    expect(app.loginItem).toEqual({ openAtLogin: true, name: WINDOWS_LOGIN_ITEM_NAME });
    // build/installer.nsh deletes "${APP_ID}", electron-builder's define of appId.
    const builderAppId = /^appId:\s*(\S+)$/m.exec(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'))?.[1];
    expect(builderAppId).toBe(WINDOWS_LOGIN_ITEM_NAME);
    const script = readFileSync(path.join(root, 'build/installer.nsh'), 'utf8');
    expect(script).toContain('DeleteRegValue HKCU "Software\\Microsoft\\Windows\\CurrentVersion\\Run" "${APP_ID}"');
    await setStartAtLogin(false, env('win32'));
    expect(app.loginItem).toEqual({ openAtLogin: false, name: WINDOWS_LOGIN_ITEM_NAME });
    await setStartAtLogin(true, env('darwin'));
    expect(app.loginItem).toEqual({ openAtLogin: true });
  });
});
