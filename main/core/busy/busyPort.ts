/**
 * The port behind which every busy detector sits (ARCHITECTURE.md, "Busy detectors").
 *
 * The core decides when to ask (only when a reminder is due or held) and what a busy answer
 * means; an adapter only answers. An adapter never polls on its own, and the caller bounds each
 * check in time: a detector that throws, hangs or returns garbage counts as "not busy".
 */
import type { BusySignal, DetectorAvailability } from '../../../common/busy';

export type { BusySignal, DetectorAvailability } from '../../../common/busy';

/** What the caller tells a detector about the moment it asks. */
export interface BusyContext {
  /** The display the card would appear on, in DIP (full-screen check). */
  readonly display: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    /** Electron's Display.scaleFactor (device pixels per DIP); X11 reports windows in device pixels. Default 1. */
    readonly scaleFactor?: number;
  };
  /** Lower-cased process/app names the user listed ("zoom", "obs"); empty: nothing listed. */
  readonly listedApps: readonly string[];
}

export type BusyAnswer =
  | { readonly busy: false }
  /** `detail` is for people: "in a call (microphone in use)", "Zoom is running". */
  | { readonly busy: true; readonly detail: string };

/** The part of AbortSignal a detector needs (core has no DOM or Node types). */
export interface CancelSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
}

export interface BusyDetector {
  readonly signal: BusySignal;
  /** Cheap and side-effect free; may be asked once at start and when preferences change. */
  availability(): Promise<DetectorAvailability>;
  /** One check, now. May reject; the caller time-limits it (about 1 s). */
  check(context: BusyContext, cancel: CancelSignal): Promise<BusyAnswer>;
}

/** The combined answer for one check, as the scheduler receives it. */
export interface BusyReading {
  /** The signals that said busy, in BUSY_SIGNALS order; empty: not busy. */
  readonly busy: readonly { readonly signal: BusySignal; readonly detail: string }[];
  /** Detectors that failed this time (threw, timed out, garbage), counted as not busy. */
  readonly failed: readonly { readonly signal: BusySignal; readonly error: string }[];
}
