/**
 * Start could not get the routine player: its chunk failed to load (a file missing from a
 * damaged install, a transient read error). Says so calmly and offers to try again; Close ends
 * the routine as closing the player does. Enter tries again, Esc closes.
 *
 * Try again loads the chunk again in this window, which works in engines that do not keep a
 * failed module fetch (whatwg/html#6768; Chromium's change was still in review when Electron
 * 45's Chromium 140 shipped, and that one may replay the failure). A new window always fetches
 * afresh, hence the tray.
 */
import { useFocusOnMount } from './focus';
import { Mark } from './icons';
import { useShortcuts } from './keyboard';

export interface PlayerUnavailableProps {
  readonly onRetry: () => void;
  readonly onClose: () => void;
}

export function PlayerUnavailable({ onRetry, onClose }: PlayerUnavailableProps) {
  useShortcuts((key) => {
    if (key === 'enter') onRetry();
    else if (key === 'escape') onClose();
    else return false;
  });
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <main className="screen idle" aria-labelledby="player-unavailable-title">
      <Mark className="idle__mark" />
      <h1 id="player-unavailable-title" ref={heading} tabIndex={-1}>
        The routine didn’t open
      </h1>
      <p className="muted" role="alert">
        Limber couldn’t load its routine player. Try again, or close this and start from Limber’s tray menu; if it keeps happening, reinstalling Limber should fix it.
      </p>
      <div className="idle__actions">
        <button type="button" className="primary" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </main>
  );
}
