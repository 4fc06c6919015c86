/** A retry timer (main/platform/retry.ts) that a test fires by hand; it records every delay asked for. */
import type { RetryTimer } from '../../main/platform/retry';

export interface ManualRetries {
  readonly timer: RetryTimer;
  /** Every delay asked for, in order. */
  delays(): number[];
  /** The retries armed and neither fired nor cancelled. */
  live(): { readonly delay: number }[];
  /** Fires the one live retry (throws if there is none). */
  fire(): void;
}

export function manualRetries(): ManualRetries {
  const armed: { delay: number; run: () => void; cancelled: boolean }[] = [];
  const live = () => armed.filter((a) => !a.cancelled);
  return {
    timer: (delay, run) => {
      const entry = { delay, run, cancelled: false };
      armed.push(entry);
      return () => void (entry.cancelled = true);
    },
    delays: () => armed.map((a) => a.delay),
    live,
    fire() {
      const [next] = live();
      if (!next) throw new Error('no retry armed');
      next.cancelled = true;
      next.run();
    },
  };
}
