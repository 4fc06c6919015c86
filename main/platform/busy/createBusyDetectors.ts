/**
 * One detector per busy signal for this OS (docs/busy-detectors.md). A signal the OS does not
 * let Limber read without a native module is an unavailableDetector that says why.
 */
import type { BusyDetector } from '../../core/busy/busyPort';
import type { BusyDeps } from './busyDeps';
import { linuxCallDetector } from './linuxCall';
import { linuxFocusModeDetector } from './linuxFocusMode';
import { linuxListedAppsDetector } from './linuxListedApps';
import { macFocusModeDetector } from './macFocusMode';
import { macListedAppsDetector } from './macListedApps';
import { unavailableDetector } from './unavailableDetector';
import { windowsCallDetector } from './windowsCall';
import { windowsFocusAssistDetector } from './windowsFocusAssist';
import { windowsListedAppsDetector } from './windowsListedApps';
import { x11FullScreenDetector } from './x11FullScreen';

export const WINDOWS_FULL_SCREEN_REASON =
  'Windows tells only native code (SHQueryUserNotificationState) whether a full-screen app or a presentation is running; Limber ships no native module, so turn on Focus Assist’s automatic rules instead.';
export const MAC_FULL_SCREEN_REASON =
  'macOS shows other apps’ full-screen windows only to apps given Accessibility access; Limber does not ask for it. Use a Focus mode instead.';
export const MAC_CALL_REASON =
  'macOS tells only native code (Core Audio, Core Media) whether the microphone or camera is in use; list your call apps (Zoom, Teams…) instead.';

export function createBusyDetectors(platform: NodeJS.Platform, deps: BusyDeps): BusyDetector[] {
  switch (platform) {
    case 'linux':
      return [linuxFocusModeDetector(deps), x11FullScreenDetector(deps), linuxCallDetector(deps), linuxListedAppsDetector(deps)];
    case 'win32':
      return [windowsFocusAssistDetector(deps), unavailableDetector('fullScreen', WINDOWS_FULL_SCREEN_REASON), windowsCallDetector(deps), windowsListedAppsDetector(deps)];
    case 'darwin':
      return [macFocusModeDetector(deps), unavailableDetector('fullScreen', MAC_FULL_SCREEN_REASON), unavailableDetector('call', MAC_CALL_REASON), macListedAppsDetector(deps)];
    default: {
      const reason = `Limber cannot read this on ${platform}.`;
      return (['focusMode', 'fullScreen', 'call', 'listedApp'] as const).map((s) => unavailableDetector(s, reason));
    }
  }
}
