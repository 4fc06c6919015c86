/**
 * Which display the reminder card goes on, per the `cardDisplay` preference
 * (docs/decisions/0065-card-display.md). The choice is core's (placement.ts `chooseCardDisplay`);
 * this owns the one thing it must remember: where the focused window last was.
 *
 * Where the focused window is comes from a spawn (X11) and so is asynchronous, while a window
 * must be created with its position. So the bounds are read just before a due reminder's busy
 * check (the card follows that answer) and again after a card opens, which moves the card
 * only if the focus has since gone to another display.
 */
import type { DetectorAvailability } from '../../common/busy';
import type { CardDisplay, Corner } from '../../common/preferences';
import { chooseCardDisplay, devicePixelsToDip, placeInCorner, type DisplayArea, type Rect } from '../core/placement';
import type { BrowserWindowPort, ScreenPort } from '../platform/electronPorts';
import type { FocusedWindowSource } from '../platform/focusedWindow';

export class CardPlacement {
  #focused: Rect | null = null;
  #availability: DetectorAvailability | null = null;

  constructor(
    private readonly screen: ScreenPort,
    private readonly source: FocusedWindowSource,
    /** False on Wayland, where no app is told where the pointer is (the primary display then). */
    private readonly cursorKnown: () => boolean,
    private readonly choice: () => CardDisplay,
    private readonly onAvailability: () => void = () => undefined,
  ) {
    void source.availability().then(
      (found) => {
        this.#availability = found;
        onAvailability();
      },
      () => undefined,
    );
  }

  /** Whether the focused window can be followed here (for the preference's note); null until known. */
  get availability(): DetectorAvailability | null {
    return this.#availability;
  }

  display(): DisplayArea {
    const primary = this.screen.getPrimaryDisplay();
    const chosen = chooseCardDisplay(
      {
        displays: this.screen.getAllDisplays(),
        primaryId: primary.id,
        cursor: this.cursorKnown() ? this.screen.getCursorScreenPoint() : null,
        // X11 gives device pixels; Linux has one scale factor for every display.
        focusedWindow: this.#focused && devicePixelsToDip(this.#focused, primary.scaleFactor),
      },
      this.choice(),
    );
    return chosen?.display ?? primary;
  }

  /** Reads where the focused window is now, if the preference needs it. Never rejects. */
  async refresh(): Promise<void> {
    if (this.choice() !== 'focusedWindow') return;
    try {
      this.#focused = await this.source.bounds();
    } catch {
      this.#focused = null;
    }
  }

  /** After a card opened: if the focus is now on another display, the card goes there, same corner and size. */
  async follow(window: BrowserWindowPort, corner: () => Corner): Promise<void> {
    if (this.choice() !== 'focusedWindow') return;
    await this.refresh();
    if (window.isDestroyed()) return;
    const current = window.getBounds();
    const { workArea } = this.display();
    const centre = { x: current.x + current.width / 2, y: current.y + current.height / 2 };
    const inside = centre.x >= workArea.x && centre.x < workArea.x + workArea.width && centre.y >= workArea.y && centre.y < workArea.y + workArea.height;
    if (inside) return;
    window.setBounds(placeInCorner(workArea, { width: current.width, height: current.height }, corner()));
  }
}
