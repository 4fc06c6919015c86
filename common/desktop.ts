/**
 * The tray menu as data, and what the windows are told about this desktop. The menu's model is
 * built in main/core/trayMenu.ts; its types live here because the tray-less panel (GNOME without
 * an AppIndicator extension, docs/decisions/0061-no-tray-on-gnome.md) draws the same menu in a
 * window and sends its actions back over IPC, checked by `trayActionSchema`.
 */
import { z } from 'zod';

/** common/ipc.ts's PAUSE_LENGTHS, restated to keep this module free of it (its ContractChecks prove they agree). */
export const MENU_PAUSE_LENGTHS = ['30m', '1h', '2h', 'nextWorkDay', 'untilResumed'] as const;

export const trayActionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('startNow') }),
  z.strictObject({ kind: z.literal('snooze') }),
  z.strictObject({ kind: z.literal('pause'), length: z.enum(MENU_PAUSE_LENGTHS) }),
  z.strictObject({ kind: z.literal('resume') }),
  z.strictObject({ kind: z.literal('open'), window: z.enum(['preferences', 'stats']) }),
  z.strictObject({ kind: z.literal('quit') }),
  /** "Limber X.Y.Z is available…": opens that release's page (decision 0047). */
  z.strictObject({ kind: z.literal('openReleasePage') }),
]);

export type TrayAction = Readonly<z.infer<typeof trayActionSchema>>;

export type TrayMenuItem =
  | { readonly type: 'status'; readonly label: string }
  | { readonly type: 'separator' }
  | { readonly type: 'action'; readonly label: string; readonly action: TrayAction; readonly enabled: boolean }
  | { readonly type: 'submenu'; readonly label: string; readonly items: readonly TrayMenuItem[] };

/** What the windows are told about the desktop Limber runs on. */
export interface DesktopView {
  /** Plain sentences about what this desktop keeps Limber from doing (Wayland); empty when nothing. */
  readonly limits: readonly string[];
  /** Set when there is no tray to hold Limber's menu: the panel window draws it instead. */
  readonly panel: { readonly menu: readonly TrayMenuItem[]; readonly hint: string } | null;
}

export const NO_DESKTOP_LIMITS: DesktopView = { limits: [], panel: null };
