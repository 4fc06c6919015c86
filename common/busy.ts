/**
 * The busy signals: when one says "busy", a due reminder is held (PRODUCT.md §2, "Busy").
 *
 * Runtime-free and shared: main (detectors, scheduler), the preferences form and the tray all
 * name the signals by these ids.
 */
export const BUSY_SIGNALS = ['focusMode', 'fullScreen', 'call', 'listedApp'] as const;
export type BusySignal = (typeof BUSY_SIGNALS)[number];

/** Whether a detector can work on this OS / session, and in words why not. */
export type DetectorAvailability =
  | { readonly kind: 'available' }
  | { readonly kind: 'unavailable'; readonly reason: string };
