/**
 * The tray glyph per OS, desktop and preference (docs/decisions/0060-tray-icon-colour.md), and
 * the tray's click on each OS.
 */
import { describe, expect, it } from 'vitest';
import { trayGlyph } from '../../main/core/trayIcon';
import { TrayController } from '../../main/platform/trayController';
import { FakeMenu, FakeNativeTheme, FakeTray } from '../support/electronFake';

const lightEverything = { appsDark: false, systemDark: false };
const darkApps = { appsDark: true, systemDark: false };
const darkTaskbar = { appsDark: false, systemDark: true };

describe('tray glyph', () => {
  it('automatic: macOS always gets the template image, whatever the theme', () => {
    expect(trayGlyph('automatic', 'darwin', '', lightEverything)).toBe('template');
    expect(trayGlyph('automatic', 'darwin', '', darkApps)).toBe('template');
  });

  it("automatic on Windows follows the taskbar's mode, not the apps' mode", () => {
    expect(trayGlyph('automatic', 'win32', '', lightEverything)).toBe('dark');
    expect(trayGlyph('automatic', 'win32', '', darkApps)).toBe('dark');
    expect(trayGlyph('automatic', 'win32', '', darkTaskbar)).toBe('light');
  });

  it("automatic on Linux: GNOME's and the others' panels are dark in any theme; KDE's follows the colour scheme", () => {
    for (const desktop of ['GNOME', 'ubuntu:GNOME', 'X-Cinnamon', 'XFCE', '']) {
      expect(trayGlyph('automatic', 'linux', desktop, lightEverything)).toBe('light');
    }
    expect(trayGlyph('automatic', 'linux', 'KDE', lightEverything)).toBe('dark');
    expect(trayGlyph('automatic', 'linux', 'KDE', darkApps)).toBe('light');
  });

  it('light and dark are the glyph itself, on every OS, macOS included', () => {
    for (const os of ['darwin', 'win32', 'linux']) {
      expect(trayGlyph('light', os, 'KDE', lightEverything)).toBe('light');
      expect(trayGlyph('dark', os, 'GNOME', darkApps)).toBe('dark');
    }
  });
});

const controller = (platform: NodeJS.Platform, theme = new FakeNativeTheme()) => {
  FakeTray.all.length = 0;
  const tray = new TrayController({ Tray: FakeTray, Menu: { buildFromTemplate: (t) => new FakeMenu(t) }, theme, platform, desktop: 'GNOME', iconColour: 'automatic', assetsDir: '/a', onAction: () => {} });
  return { tray, fake: FakeTray.all[0]! };
};

describe('tray icon and click', () => {
  it('a changed preference swaps the image at once, and only when the file changes', () => {
    const { tray, fake } = controller('linux');
    expect(fake.image).toBe('/a/tray/tray-dark.png');
    let sets = 0;
    const setImage = fake.setImage.bind(fake);
    fake.setImage = (image) => {
      sets++;
      setImage(image);
    };
    tray.setIconColour('dark');
    expect(fake.image).toBe('/a/tray/tray-light.png');
    tray.setIconColour('dark');
    expect(sets).toBe(1);
    tray.setIconColour('automatic');
    expect(fake.image).toBe('/a/tray/tray-dark.png');
  });

  it('macOS with a chosen colour draws that glyph instead of the template', () => {
    const { tray, fake } = controller('darwin');
    expect(fake.image).toBe('/a/tray/trayTemplate.png');
    tray.setIconColour('light');
    expect(fake.image).toBe('/a/tray/tray-dark.png');
  });

  it('Windows: a left click pops the menu up; macOS and Linux leave the click to the OS (which opens the menu)', () => {
    const win = controller('win32').fake;
    win.emit('click');
    expect(win.popUps).toBe(1);
    for (const os of ['darwin', 'linux'] as const) {
      const other = controller(os).fake;
      other.emit('click');
      expect(other.popUps).toBe(0);
      expect(other.listenerCount('click')).toBe(0);
    }
  });
});
