/**
 * Which tray glyph to draw (docs/decisions/0060-tray-icon-colour.md). The OS's light or dark
 * mode is not the tray's colour everywhere: GNOME's top bar is dark in both styles, Windows has
 * a taskbar mode apart from the apps' mode, and macOS recolours a template image by itself. So
 * "automatic" means, per OS:
 *  - macOS: the template image (the menu bar tints it, wallpaper-tinted menu bars included);
 *  - Windows: the taskbar's own mode ("Choose your default Windows mode"), not the apps' mode;
 *  - Linux: KDE Plasma's panel follows the colour scheme; every other desktop Limber knows
 *    (GNOME, Ubuntu, Cinnamon, Budgie, XFCE, MATE defaults) has a dark panel whatever the theme.
 * "light" and "dark" name the glyph's colour: a light glyph for a dark panel and vice versa.
 */
import type { TrayIconColour } from '../../common/preferences';

export type TrayGlyph = 'template' | 'light' | 'dark';

export interface PanelTheme {
  /** The apps' dark mode (Electron's nativeTheme.shouldUseDarkColors). */
  readonly appsDark: boolean;
  /** Windows' taskbar and Start mode (nativeTheme.shouldUseDarkColorsForSystemIntegratedUI). */
  readonly systemDark: boolean;
}

/** XDG_CURRENT_DESKTOP is a colon-separated list ("ubuntu:GNOME", "KDE"). */
const isKde = (desktop: string): boolean => desktop.split(':').some((d) => d.trim().toLowerCase() === 'kde');

export function trayGlyph(choice: TrayIconColour, platform: string, desktop: string, theme: PanelTheme): TrayGlyph {
  if (choice !== 'automatic') return choice;
  if (platform === 'darwin') return 'template';
  const darkPanel = platform === 'win32' ? theme.systemDark : platform === 'linux' && !isKde(desktop) ? true : theme.appsDark;
  return darkPanel ? 'light' : 'dark';
}
