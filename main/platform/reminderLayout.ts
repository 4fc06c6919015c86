/**
 * The reminder window changes shape: a routine grows the card into the player (its size a
 * preference), in the same corner of the work area of the display the card is on. The
 * arithmetic is core's (placement.ts); this applies it to the window that asked.
 */
import type { ReminderLayout } from '../../common/ipc';
import type { Preferences } from '../../common/preferences';
import { reminderBounds } from '../core/placement';
import type { ScreenPort } from './electronPorts';
import type { WindowManager } from './windowManager';

export function layoutReminder(
  windows: Pick<WindowManager, 'byWebContentsId'>,
  screen: ScreenPort,
  webContentsId: number,
  layout: ReminderLayout,
  preferences: Pick<Preferences, 'playerSize' | 'reminderCorner'>,
): void {
  const found = windows.byWebContentsId(webContentsId);
  if (!found || found.kind !== 'reminder') throw new Error('Only the reminder window has a layout.');
  const current = found.window.getBounds();
  // The display the card is on now (the user may have moved the pointer to another since).
  const centre = { x: Math.round(current.x + current.width / 2), y: Math.round(current.y + current.height / 2) };
  const { workArea } = screen.getDisplayNearestPoint(centre);
  const next = reminderBounds(workArea, layout, preferences.playerSize, preferences.reminderCorner);
  if (next.x === current.x && next.y === current.y && next.width === current.width && next.height === current.height) return;
  found.window.setBounds(next);
}
