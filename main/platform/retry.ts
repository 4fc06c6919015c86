/**
 * Retrying a save that failed: doubling delays, and a timer that exists only while something is
 * waiting to be saved (no wake-up at all when everything is on disk).
 */

/** Retry delays after a failed save: doubling from the first to the last. */
export const RETRY_FIRST_MS = 1000;
export const RETRY_MAX_MS = 5 * 60_000;

/** Runs `run` once after `delayMs`; returns a cancel. Must not keep the process alive. */
export type RetryTimer = (delayMs: number, run: () => void) => () => void;

export const unrefTimer: RetryTimer = (delayMs, run) => {
  const handle = setTimeout(run, delayMs);
  handle.unref?.();
  return () => clearTimeout(handle);
};

/** The delay before the next try after `failures` failed ones in a row (1, 2, …). */
export function retryDelay(failures: number): number {
  return Math.min(RETRY_FIRST_MS * 2 ** Math.min(Math.max(failures, 1) - 1, 20), RETRY_MAX_MS);
}
