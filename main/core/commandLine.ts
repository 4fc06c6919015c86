/**
 * Limber's command line (PRODUCT.md §6): `limber --start | --snooze | --pause 30m|1h|2h|tomorrow |
 * --resume | --status | --help`. A pure parser: the second instance runs it before it hands
 * anything over, so a bad command is refused in the terminal that typed it, and the running
 * Limber runs it again on what it receives, so nothing malformed ever reaches the dispatcher.
 * What each request does lives in the dispatcher (main/app/commands.ts): these are the tray's
 * own actions.
 */
import type { PauseLength } from '../../common/ipc';
import type { TrayAction } from './trayMenu';

/** The tray actions the command line can ask for. */
export type CliAction = Extract<TrayAction, { kind: 'startNow' | 'snooze' | 'pause' | 'resume' }>;

export type CliRequest =
  | { readonly kind: 'help' }
  | { readonly kind: 'status' }
  | { readonly kind: 'action'; readonly action: CliAction };

export type CliParse =
  /** `request` is null for a plain launch (no Limber flag): open Preferences, as before. */
  | { readonly ok: true; readonly request: CliRequest | null }
  | { readonly ok: false; readonly error: string };

/** `tomorrow` is the tray's "until the next work day": no reminder comes on a day off anyway. */
const PAUSE_WORDS: Readonly<Record<string, PauseLength>> = { '30m': '30m', '1h': '1h', '2h': '2h', tomorrow: 'nextWorkDay' };

const FLAGS = ['--start', '--snooze', '--pause', '--resume', '--status', '--help'] as const;
type Flag = (typeof FLAGS)[number];

/**
 * Switches that Chromium or the OS put on a launch, or that a user adds for the desktop (Wayland
 * users start Electron apps with --ozone-platform-hint=auto): they are not Limber's to refuse.
 */
const PASSED_THROUGH = [
  /^-psn_\d/, // macOS Finder's process serial number (old systems)
  /^--(no-sandbox|disable-gpu|disable-gpu-sandbox|in-process-gpu|enable-logging|original-process-start-time)(=.*)?$/,
  /^--(ozone-platform|ozone-platform-hint|enable-features|disable-features|enable-wayland-ime|use-gl|use-angle|force-device-scale-factor|lang|v|vmodule)=.+$/,
  // Another profile (Electron takes userData from it) and debugging, as test drivers launch it.
  /^--(user-data-dir|inspect|inspect-brk|remote-debugging-port)=.+$/,
];

export const CLI_USAGE = [
  'Usage: limber [command]',
  '',
  'With no command, Limber starts in the tray (or, if it is running, opens Preferences).',
  '',
  'Commands (each works on the running Limber, and starts it first when it is not running):',
  '  --start                       start a routine now',
  '  --snooze                      snooze the reminder that is up',
  '  --pause 30m|1h|2h|tomorrow    pause reminders (tomorrow: until the next work day)',
  '  --resume                      resume reminders',
  '  --status                      print what Limber is doing, e.g. "Next break in 23 min"',
  '  --help                        print this help',
].join('\n');

const isFlag = (arg: string): arg is Flag => (FLAGS as readonly string[]).includes(arg);

/**
 * The arguments the user typed, from a process's argv: without the executable, and without the
 * app path when Electron runs from a folder (`electron . --status`, `process.defaultApp`).
 */
export function userArguments(argv: readonly string[], defaultApp: boolean): readonly string[] {
  return argv.slice(defaultApp ? 2 : 1);
}

export function parseCommandLine(args: readonly string[]): CliParse {
  let found: { flag: Flag; request: CliRequest } | null = null;
  const fail = (error: string): CliParse => ({ ok: false, error: `${error}\nRun "limber --help" for the commands.` });
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (PASSED_THROUGH.some((pattern) => pattern.test(arg))) continue;
    const [name, inlineValue] = splitInline(arg);
    if (!isFlag(name)) {
      // Any other switch is Chromium's or the desktop's (launchers and wrappers add
      // --enable-wayland-ime, --password-store=basic, --gtk-version=4…): refusing it would stop
      // Limber starting at all. Only a near-miss of a Limber command is a typing mistake.
      if (arg.startsWith('--') && nearestFlag(name) === null) continue;
      const near = nearestFlag(name);
      return fail(arg.startsWith('-') ? `Unknown option "${arg}".${near ? ` Did you mean ${near}?` : ''}` : `Unexpected argument "${arg}".`);
    }
    let request: CliRequest;
    if (name === '--pause') {
      const value = inlineValue ?? (args[i + 1]?.startsWith('-') === false ? args[++i] : undefined);
      if (value === undefined) return fail('--pause needs a length: 30m, 1h, 2h or tomorrow.');
      const length = PAUSE_WORDS[value];
      if (!length) return fail(`--pause takes 30m, 1h, 2h or tomorrow, not "${value}".`);
      request = { kind: 'action', action: { kind: 'pause', length } };
    } else {
      if (inlineValue !== undefined) return fail(`${name} takes no value (got "${arg}").`);
      request = requestFor(name);
    }
    if (found && found.flag !== name) return fail(`Give one command at a time (got ${found.flag} and ${name}).`);
    if (found && JSON.stringify(found.request) !== JSON.stringify(request)) return fail(`${name} was given twice with different values.`);
    found = { flag: name, request };
  }
  return { ok: true, request: found?.request ?? null };
}

/** The Limber command within two typing mistakes of `name` (a deletion, insertion or swap of letters), if any. */
function nearestFlag(name: string): Flag | null {
  const word = name.replace(/^-+/, '');
  let best: { flag: Flag; distance: number } | null = null;
  for (const flag of FLAGS) {
    const distance = editDistance(word, flag.slice(2));
    if (distance <= 2 && (!best || distance < best.distance)) best = { flag, distance };
  }
  return best?.flag ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 2 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function requestFor(flag: Exclude<Flag, '--pause'>): CliRequest {
  switch (flag) {
    case '--start':
      return { kind: 'action', action: { kind: 'startNow' } };
    case '--snooze':
      return { kind: 'action', action: { kind: 'snooze' } };
    case '--resume':
      return { kind: 'action', action: { kind: 'resume' } };
    case '--status':
      return { kind: 'status' };
    case '--help':
      return { kind: 'help' };
  }
}

/** What the scheduler said before and after a request (its published status). */
export interface CliStatus {
  readonly text: string;
  readonly reminderUp: boolean;
  readonly canSnooze: boolean;
  readonly paused: boolean;
  readonly routineRunning: boolean;
}

/** What the invoking terminal is told; `ok: false` exits non-zero. */
export interface CliReply {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * The answer to a request, from the status before it ran (to say why nothing happened) and after
 * (what Limber does now). Refusals are the tray's own: it offers Snooze only while a reminder is
 * up and may be snoozed, and Start only while no routine runs.
 */
export function cliReply(request: Exclude<CliRequest, { kind: 'help' }>, before: CliStatus | null, after: CliStatus | null, plan: readonly string[] = []): CliReply {
  const now = after?.text ?? 'Limber is starting.';
  if (request.kind === 'status') {
    const rest = plan.length > 0 ? `\nReminders left today: ${plan.join(', ')}` : '';
    return { ok: true, text: `${now}${rest}` };
  }
  const action = request.action;
  if (before === null) return { ok: false, text: 'Limber is still starting; try again in a moment.' };
  switch (action.kind) {
    case 'startNow':
      if (before.routineRunning) return { ok: false, text: `A routine is already running. ${now}` };
      return { ok: true, text: 'Starting a routine now.' };
    case 'snooze':
      if (!before.reminderUp) return { ok: false, text: `No reminder is up, so there is nothing to snooze. ${now}` };
      if (!before.canSnooze) return { ok: false, text: `This reminder cannot be snoozed again. ${now}` };
      return { ok: true, text: now };
    case 'pause':
      return { ok: true, text: now };
    case 'resume':
      if (!before.paused) return { ok: true, text: `Reminders were not paused. ${now}` };
      return { ok: true, text: `Resumed. ${now}` };
  }
}
