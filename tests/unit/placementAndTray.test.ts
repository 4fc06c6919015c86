import { describe, expect, it } from 'vitest';
import { placeInCorner } from '../../main/core/placement';
import { trayMenuModel, type TrayState } from '../../main/core/trayMenu';
import { autostartFile, desktopEntry, linuxCommand, quoteExecArg, setStartAtLogin } from '../../main/platform/autoLaunch';
import { TrayController, trayIconPath } from '../../main/platform/trayController';
import { FakeMenu, FakeNativeTheme, FakeTray } from '../support/electronFake';

const card = { width: 380, height: 520 };

describe('reminder card placement', () => {
  it('puts the card in each corner of the work area, inside it', () => {
    const work = { x: 0, y: 0, width: 1920, height: 1040 };
    expect(placeInCorner(work, card, 'bottomRight')).toEqual({ x: 1524, y: 504, width: 380, height: 520 });
    expect(placeInCorner(work, card, 'bottomLeft')).toEqual({ x: 16, y: 504, width: 380, height: 520 });
    expect(placeInCorner(work, card, 'topRight')).toEqual({ x: 1524, y: 16, width: 380, height: 520 });
    expect(placeInCorner(work, card, 'topLeft')).toEqual({ x: 16, y: 16, width: 380, height: 520 });
  });

  it('handles a secondary display left of and above the primary (negative coordinates)', () => {
    const left = { x: -2560, y: -200, width: 2560, height: 1400 };
    expect(placeInCorner(left, card, 'bottomRight')).toEqual({ x: -396, y: 664, width: 380, height: 520 });
  });

  it('a scaled display reports its work area in DIPs: the same arithmetic keeps the card inside', () => {
    // A 2880×1800 panel at 200 % is 1440×900 DIPs, with a 25-DIP menu bar.
    const work = { x: 0, y: 25, width: 1440, height: 875 };
    const rect = placeInCorner(work, card, 'topRight');
    expect(rect).toEqual({ x: 1044, y: 41, width: 380, height: 520 });
  });

  it('shrinks to fit a work area smaller than the card', () => {
    const tiny = { x: 0, y: 0, width: 360, height: 500 };
    const rect = placeInCorner(tiny, card, 'bottomRight');
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.y).toBeGreaterThanOrEqual(0);
    expect(rect.x + rect.width).toBeLessThanOrEqual(360);
    expect(rect.y + rect.height).toBeLessThanOrEqual(500);
  });
});

const base: TrayState = { text: 'Next break in 23 min', reminderUp: false, canSnooze: false, paused: false, routineRunning: false, snoozeMinutes: 10 };

describe('tray', () => {
  it('menu content per state', () => {
    const labels = (s: TrayState) => trayMenuModel(s).map((i) => ('label' in i ? i.label : '—'));
    expect(labels(base)).toEqual(['Next break in 23 min', '—', 'Start a routine now', 'Pause reminders', '—', 'Preferences…', 'Stats…', '—', 'Quit Limber']);
    expect(labels({ ...base, reminderUp: true, canSnooze: true })).toContain('Snooze 10 min');
    expect(labels({ ...base, reminderUp: true, canSnooze: false })).not.toContain('Snooze 10 min');
    expect(labels({ ...base, paused: true, text: 'Paused until 14:00' })).toEqual(
      expect.arrayContaining(['Paused until 14:00', 'Resume reminders']),
    );
    expect(labels({ ...base, paused: true })).not.toContain('Pause reminders');
    const running = trayMenuModel({ ...base, routineRunning: true }).find((i) => 'label' in i && i.label === 'Start a routine now');
    expect(running).toMatchObject({ enabled: false });
  });

  it('rebuilds the native menu only when its content changes; macOS gets a title and a template image', () => {
    FakeTray.all.length = 0;
    const theme = new FakeNativeTheme();
    const tray = new TrayController({ Tray: FakeTray, Menu: { buildFromTemplate: (t) => new FakeMenu(t) }, theme, platform: 'darwin', desktop: '', iconColour: 'automatic', assetsDir: '/a', onAction: () => {} });
    tray.update(base);
    tray.update(base);
    expect(tray.menuBuilds).toBe(1);
    tray.update({ ...base, text: 'Next break in 22 min' });
    expect(tray.menuBuilds).toBe(2);
    const fake = FakeTray.all[0]!;
    expect(fake.title).toBe('Next break in 22 min');
    expect(fake.toolTip).toBe('Limber — Next break in 22 min');
    expect(fake.image).toBe('/a/tray/trayTemplate.png');
  });

  it("Windows follows the taskbar's mode (not the apps'), and switches when it changes", () => {
    FakeTray.all.length = 0;
    const theme = new FakeNativeTheme();
    new TrayController({ Tray: FakeTray, Menu: { buildFromTemplate: (t) => new FakeMenu(t) }, theme, platform: 'win32', desktop: '', iconColour: 'automatic', assetsDir: '/a', onAction: () => {} });
    expect(FakeTray.all[0]!.image).toBe('/a/tray/tray-light.png');
    theme.shouldUseDarkColors = true;
    theme.emit('updated');
    expect(FakeTray.all[0]!.image).toBe('/a/tray/tray-light.png');
    theme.shouldUseDarkColorsForSystemIntegratedUI = true;
    theme.emit('updated');
    expect(FakeTray.all[0]!.image).toBe('/a/tray/tray-dark.png');
    expect(FakeTray.all[0]!.title).toBe('');
    expect(trayIconPath('/a', 'light')).toBe('/a/tray/tray-dark.png');
  });
});

describe('start at login', () => {
  const app = (isPackaged: boolean) => {
    const calls: unknown[] = [];
    return { calls, app: { isPackaged, setLoginItemSettings: (s: unknown) => void calls.push(s) } };
  };

  it('uses login items on macOS and Windows', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const a = app(true);
      await setStartAtLogin(true, { platform, app: a.app, execPath: '/x', env: {} });
      await setStartAtLogin(false, { platform, app: a.app, execPath: '/x', env: {} });
      const name = platform === 'win32' ? { name: 'app.limber.desktop' } : {};
      expect(a.calls).toEqual([{ openAtLogin: true, ...name }, { openAtLogin: false, ...name }]);
    }
  });

  it('writes and removes an XDG autostart entry on Linux, starting the AppImage when there is one', async () => {
    const files = new Map<string, string>();
    const fs = {
      writeFile: async (f: string, d: string) => void files.set(f, d),
      rm: async (f: string) => void files.delete(f),
      mkdir: async () => undefined,
    };
    const env = { platform: 'linux' as const, app: app(true).app, execPath: '/tmp/.mount_LimberX/limber', env: { HOME: '/home/ana', APPIMAGE: '/home/ana/Apps/Limber 1.0.AppImage' }, fs };
    await setStartAtLogin(true, env);
    const entry = files.get('/home/ana/.config/autostart/limber.desktop');
    expect(entry).toContain('Exec="/home/ana/Apps/Limber 1.0.AppImage"');
    expect(entry).toContain('X-GNOME-Autostart-enabled=true');
    await setStartAtLogin(false, env);
    expect(files.size).toBe(0);
    expect(autostartFile({ ...env, env: { XDG_CONFIG_HOME: '/cfg', HOME: '/home/ana' } })).toBe('/cfg/autostart/limber.desktop');
    expect(linuxCommand({ ...env, env: {} })).toEqual(['/tmp/.mount_LimberX/limber']);
    expect(desktopEntry(['/opt/Limber/limber'])).toContain('Exec=/opt/Limber/limber\n');
    expect(quoteExecArg('/a "b" $c')).toBe('"/a \\"b\\" \\$c"');
  });
});
