/**
 * One busy check: every enabled, available detector at once, each bounded in time. A detector
 * that throws, hangs, or answers something that is not a BusyAnswer counts as "not busy" this
 * time and is named in `failed`, so one broken tool can never hold reminders for good, nor
 * silence Limber (issue 12, item 4).
 */
import { BUSY_SIGNALS, type BusySignal } from '../../../common/busy';
import type { BusyAnswer, BusyContext, BusyDetector, BusyReading } from '../../core/busy/busyPort';

export interface CheckBusyOptions {
  /** Each detector's limit, availability included (about 1 s). */
  readonly timeoutMs?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 1000;
/** Error text is for a log line and the tray tooltip, never a stack trace. */
export const MAX_ERROR_LENGTH = 160;
const MAX_DETAIL_LENGTH = 120;

type Outcome =
  | { readonly kind: 'busy'; readonly signal: BusySignal; readonly detail: string }
  | { readonly kind: 'idle' }
  | { readonly kind: 'failed'; readonly signal: BusySignal; readonly error: string };

export async function checkBusy(
  detectors: readonly BusyDetector[],
  enabledSignals: ReadonlySet<BusySignal> | readonly BusySignal[],
  context: BusyContext,
  options: CheckBusyOptions = {},
): Promise<BusyReading> {
  const enabled = new Set(enabledSignals);
  const timeoutMs = options.timeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const outcomes = await Promise.all(detectors.filter((d) => enabled.has(d.signal)).map((d) => runOne(d, context, timeoutMs)));
  const order = (s: BusySignal) => BUSY_SIGNALS.indexOf(s);
  const busy = outcomes.flatMap((o) => (o.kind === 'busy' ? [{ signal: o.signal, detail: o.detail }] : [])).sort((a, b) => order(a.signal) - order(b.signal));
  const failed = outcomes.flatMap((o) => (o.kind === 'failed' ? [{ signal: o.signal, error: o.error }] : [])).sort((a, b) => order(a.signal) - order(b.signal));
  return { busy, failed };
}

async function runOne(detector: BusyDetector, context: BusyContext, timeoutMs: number): Promise<Outcome> {
  const signal = detector.signal;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const answer = await Promise.race([
      (async () => {
        const availability = await detector.availability();
        // An unavailable detector is neither busy nor a fault: the UI already says why it cannot work.
        if (availability?.kind === 'unavailable') return { busy: false } as const;
        return detector.check(context, controller.signal);
      })(),
      deadline,
    ]);
    const valid = asAnswer(answer);
    if (!valid) return { kind: 'failed', signal, error: bounded(`answered something that is not an answer: ${preview(answer)}`) };
    return valid.busy ? { kind: 'busy', signal, detail: valid.detail } : { kind: 'idle' };
  } catch (error) {
    return { kind: 'failed', signal, error: bounded(error instanceof Error ? error.message : `threw ${preview(error)}`) };
  } finally {
    clearTimeout(timer);
    if (!controller.signal.aborted) controller.abort();
  }
}

function asAnswer(value: unknown): BusyAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { busy, detail } = value as { busy?: unknown; detail?: unknown };
  if (busy === false) return { busy: false };
  if (busy === true && typeof detail === 'string' && detail.trim() !== '') return { busy: true, detail: detail.trim().slice(0, MAX_DETAIL_LENGTH) };
  return null;
}

function preview(value: unknown): string {
  try {
    return String(JSON.stringify(value) ?? String(value)).slice(0, 60);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function bounded(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim() || 'failed';
  return oneLine.length <= MAX_ERROR_LENGTH ? oneLine : `${oneLine.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
