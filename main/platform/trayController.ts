/**
 * The tray icon: tooltip (and menu-bar title on macOS) from the scheduler's status, and the menu
 * of main/core/trayMenu.ts as a native menu, rebuilt only when its content changes (rebuilding
 * a native menu while it is open closes it on some desktops).
 */
import path from 'node:path';
import type * as Electron from 'electron';
import type { Disposable } from '../../common/disposable';
import { trayMenuModel, type TrayAction, type TrayMenuItem, type TrayState } from '../core/trayMenu';

export interface TrayPort {
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: object | null): void;
  setImage(image: string): void;
  destroy(): void;
  on(event: 'click', listener: () => void): unknown;
}

export type TrayConstructor = new (image: string) => TrayPort;

export interface MenuBuilderPort {
  buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): object;
}

export interface ThemePort {
  readonly shouldUseDarkColors: boolean;
  on(event: 'updated', listener: () => void): unknown;
  off(event: 'updated', listener: () => void): unknown;
}

/** Which tray image fits the platform and the panel's colour. */
export function trayIconPath(assetsDir: string, platform: NodeJS.Platform, darkPanel: boolean): string {
  const name = platform === 'darwin' ? 'trayTemplate.png' : darkPanel ? 'tray-dark.png' : 'tray-light.png';
  return path.join(assetsDir, 'tray', name);
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
  readonly assetsDir: string;
  readonly onAction: (action: TrayAction) => void;
}

export class TrayController implements Disposable {
  readonly #tray: TrayPort;
  readonly #options: TrayControllerOptions;
  #menuKey = '';
  #text = '';
  /** Native menus built so far: tests and the bench read it to prove rebuilds are rare. */
  menuBuilds = 0;

  constructor(options: TrayControllerOptions) {
    this.#options = options;
    this.#tray = new options.Tray(this.#iconPath());
    options.theme.on('updated', this.#onThemeUpdated);
  }

  readonly #onThemeUpdated = (): void => this.#tray.setImage(this.#iconPath());

  #iconPath(): string {
    return trayIconPath(this.#options.assetsDir, this.#options.platform, this.#options.theme.shouldUseDarkColors);
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
