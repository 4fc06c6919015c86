/**
 * The tray icon: tooltip (and menu-bar title on macOS) from the scheduler's status, and the menu
 * of main/core/trayMenu.ts as a native menu, rebuilt only when its content changes (rebuilding
 * a native menu while it is open closes it on some desktops).
 */
import path from 'node:path';
import type * as Electron from 'electron';
import type { Disposable } from '../../common/disposable';
import type { TrayIconColour } from '../../common/preferences';
import { trayGlyph, type TrayGlyph } from '../core/trayIcon';
import { trayMenuModel, type TrayAction, type TrayMenuItem, type TrayState } from '../core/trayMenu';

export interface TrayPort {
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: object | null): void;
  setImage(image: string): void;
  /** Windows and macOS: shows the context menu set with setContextMenu. */
  popUpContextMenu(): void;
  destroy(): void;
  on(event: 'click', listener: () => void): unknown;
}

export type TrayConstructor = new (image: string) => TrayPort;

export interface MenuBuilderPort {
  buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): object;
}

export interface ThemePort {
  readonly shouldUseDarkColors: boolean;
  /** Windows: the taskbar's mode, which may differ from the apps' (macOS: same as shouldUseDarkColors). */
  readonly shouldUseDarkColorsForSystemIntegratedUI: boolean;
  on(event: 'updated', listener: () => void): unknown;
  off(event: 'updated', listener: () => void): unknown;
}

/** The files are named for the panel they suit: tray-dark.png is the light glyph, for dark panels. */
const GLYPH_FILES: Readonly<Record<TrayGlyph, string>> = { template: 'trayTemplate.png', light: 'tray-dark.png', dark: 'tray-light.png' };

/** The tray image of a glyph (Electron picks the @2x… files beside it by itself). */
export function trayIconPath(assetsDir: string, glyph: TrayGlyph): string {
  return path.join(assetsDir, 'tray', GLYPH_FILES[glyph]);
}

export function toMenuTemplate(items: readonly TrayMenuItem[], onAction: (action: TrayAction) => void): Electron.MenuItemConstructorOptions[] {
  return items.map((item): Electron.MenuItemConstructorOptions => {
    switch (item.type) {
      case 'status':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => onAction(item.action) };
      case 'submenu':
        return { label: item.label, submenu: toMenuTemplate(item.items, onAction) };
    }
  });
}

export interface TrayControllerOptions {
  readonly Tray: TrayConstructor;
  readonly Menu: MenuBuilderPort;
  readonly theme: ThemePort;
  readonly platform: NodeJS.Platform;
  /** XDG_CURRENT_DESKTOP on Linux ("" elsewhere): whether the panel follows the theme. */
  readonly desktop: string;
  readonly iconColour: TrayIconColour;
  readonly assetsDir: string;
  readonly onAction: (action: TrayAction) => void;
}

export class TrayController implements Disposable {
  readonly #tray: TrayPort;
  readonly #options: TrayControllerOptions;
  #menuKey = '';
  #text = '';
  #iconColour: TrayIconColour;
  #image: string;
  /** Native menus built so far: tests and the bench read it to prove rebuilds are rare. */
  menuBuilds = 0;

  constructor(options: TrayControllerOptions) {
    this.#options = options;
    this.#iconColour = options.iconColour;
    this.#image = this.#iconPath();
    this.#tray = new options.Tray(this.#image);
    options.theme.on('updated', this.#onThemeUpdated);
    // Windows opens a tray icon's menu on a right click only; people expect the left click to
    // open it too (macOS and Linux panels already open the menu on any click).
    if (options.platform === 'win32') this.#tray.on('click', () => this.#tray.popUpContextMenu());
  }

  readonly #onThemeUpdated = (): void => this.#refreshImage();

  #iconPath(): string {
    const { theme, platform, desktop, assetsDir } = this.#options;
    const panel = { appsDark: theme.shouldUseDarkColors, systemDark: theme.shouldUseDarkColorsForSystemIntegratedUI };
    return trayIconPath(assetsDir, trayGlyph(this.#iconColour, platform, desktop, panel));
  }

  #refreshImage(): void {
    const next = this.#iconPath();
    if (next === this.#image) return;
    this.#image = next;
    this.#tray.setImage(next);
  }

  /** The "Tray icon" preference changed. */
  setIconColour(colour: TrayIconColour): void {
    this.#iconColour = colour;
    this.#refreshImage();
  }

  update(state: TrayState): void {
    if (state.text !== this.#text) {
      this.#text = state.text;
      this.#tray.setToolTip(`Limber — ${state.text}`);
      if (this.#options.platform === 'darwin') this.#tray.setTitle(state.text);
    }
    const model = trayMenuModel(state);
    const key = JSON.stringify(model);
    if (key === this.#menuKey) return;
    this.#menuKey = key;
    this.menuBuilds++;
    this.#tray.setContextMenu(this.#options.Menu.buildFromTemplate(toMenuTemplate(model, this.#options.onAction)));
  }

  /** Stops following the theme and removes the icon (at quit). */
  dispose(): void {
    this.#options.theme.off('updated', this.#onThemeUpdated);
    this.#tray.destroy();
  }
}
