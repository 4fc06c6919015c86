/**
 * The notice-only update check, wired (decision 0047, issue 16 item 8). Owns what is known of
 * the latest release: the version on offer (for the tray line), when GitHub last answered, and
 * which version the user was told of. Nothing is sent unless the preference is on.
 *
 * When it checks: once at start, then whenever a check is due (a day since the last answer, or
 * the clock went back) at one of the scheduler's own wake-ups — no timer of its own (the shell
 * wakes at least hourly, decision in docs/decisions/0066-update-check-wiring.md). A failed
 * check is tried again an hour on; failures are logged at most once a day, never shown.
 */
import { checkDue, CHECK_INTERVAL_MS, shouldAnnounce } from '../core/updates/releaseNotice';
import type { TimerPort } from '../platform/schedulerShell';
import type { UpdateCheckOutcome } from '../platform/updateCheck';

/**
 * The scheduler's one timer, with `onWake` run after each wake-up: the update check rides on
 * the wake-ups the scheduler arranges anyway (at least hourly), instead of a second timer.
 */
export function alsoOnWake<H>(timer: TimerPort<H>, onWake: () => void): TimerPort<H> {
  return {
    set: (ms, fn) =>
      timer.set(ms, () => {
        fn();
        onWake();
      }),
    clear: (handle) => timer.clear(handle),
  };
}

export const RETRY_AFTER_FAILURE_MS = 60 * 60 * 1000;

export interface ReleaseOnOffer {
  readonly version: string;
  /** Always on the repository's own release pages (releaseNotice checks it). */
  readonly url: string;
}

export interface UpdateNoticeDeps {
  /** The preference; false: no request is ever made. */
  enabled(): boolean;
  /** One GET, time-limited, never rejects (platform/updateCheck.ts). */
  check(): Promise<UpdateCheckOutcome>;
  wallMs(): number;
  /** From the app state: the last answer's time and the last version announced. */
  readonly saved: { readonly checkedMs: number | null; readonly announced: string | null };
  save(patch: { updateCheckedMs?: number; updateAnnounced?: string }): void;
  /** Tells the user once per version (a notification). */
  announce(release: ReleaseOnOffer): void;
  /** The tray line changed. */
  changed(): void;
  log(message: string): void;
}

export class UpdateNotice {
  #available: ReleaseOnOffer | null = null;
  #checkedMs: number | null;
  #announced: string | null;
  #attemptMs: number | null = null;
  #loggedMs: number | null = null;
  #inFlight: Promise<void> | null = null;
  #startedThisRun = false;

  constructor(private readonly deps: UpdateNoticeDeps) {
    this.#checkedMs = deps.saved.checkedMs;
    this.#announced = deps.saved.announced;
  }

  /** A newer release, for the tray line; null when none is known or the check is off. */
  get available(): ReleaseOnOffer | null {
    return this.deps.enabled() ? this.#available : null;
  }

  /** Checks if one is due; cheap when not (called at every scheduler wake-up). Returns the check in flight, if any. */
  maybeCheck(): Promise<void> | null {
    if (!this.deps.enabled() || this.#inFlight) return this.#inFlight;
    const now = this.deps.wallMs();
    // Once per run at start (the tray line is not persisted), then daily; after a failure, hourly.
    const due = !this.#startedThisRun || checkDue(this.#checkedMs, now, CHECK_INTERVAL_MS);
    if (!due || !checkDue(this.#attemptMs, now, RETRY_AFTER_FAILURE_MS)) return null;
    this.#startedThisRun = true;
    this.#attemptMs = now;
    this.#inFlight = this.deps
      .check()
      .then(
        (outcome) => this.#settle(outcome),
        (error: unknown) => this.#settle({ kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => (this.#inFlight = null));
    return this.#inFlight;
  }

  /** The preference was turned off: forget the offer (the tray line goes). */
  disabled(): void {
    if (this.#available === null) return;
    this.#available = null;
    this.deps.changed();
  }

  #settle(outcome: UpdateCheckOutcome): void {
    const now = this.deps.wallMs();
    if (outcome.kind === 'newer' || outcome.kind === 'upToDate') {
      this.#checkedMs = now;
      this.deps.save({ updateCheckedMs: now });
      const next = outcome.kind === 'newer' ? { version: outcome.version, url: outcome.url } : null;
      const changed = next?.version !== this.#available?.version || next?.url !== this.#available?.url;
      this.#available = next;
      if (shouldAnnounce(outcome, this.#announced)) {
        this.#announced = outcome.version;
        this.deps.save({ updateAnnounced: outcome.version });
        this.deps.announce({ version: outcome.version, url: outcome.url });
      }
      if (changed) this.deps.changed();
      return;
    }
    if (this.#loggedMs === null || !(now - this.#loggedMs < CHECK_INTERVAL_MS && now >= this.#loggedMs)) {
      this.#loggedMs = now;
      this.deps.log(`Update check: ${outcome.kind === 'unconfigured' ? 'not configured' : outcome.kind} (${outcome.reason}); tried again later.`);
    }
  }
}
