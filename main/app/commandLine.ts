/**
 * The command line on both sides of the single-instance hand-over
 * (docs/decisions/0068-command-line-hand-over.md):
 *
 * - a second launch puts its arguments and a random token in Electron's `additionalData`, then
 *   asks the running Limber's answer socket (platform/cliChannel.ts) for the answer;
 * - the running Limber parses those arguments again (it trusts nothing it is handed), runs the
 *   request through the one dispatcher as the tray's own command, and answers the token;
 * - a first launch with a command runs it once started and prints the answer itself.
 *
 * A refused or failing request is an answer with `ok: false`; it never throws into Electron.
 */
import { CLI_USAGE, cliReply, parseCommandLine, type CliReply, type CliRequest, type CliStatus } from '../core/commandLine';
import type { Command } from './commands';

/** What a launch hands over in `additionalData`. */
export interface HandOver {
  readonly limberCli: 1;
  readonly args: readonly string[];
  /** Present when the launch waits for an answer. */
  readonly token: string | null;
}

export function handOverData(args: readonly string[], token: string | null): HandOver {
  return { limberCli: 1, args: [...args], token };
}

/** The hand-over of another launch, or null for a launch that sent none (an older Limber). */
export function readHandOver(data: unknown): HandOver | null {
  if (typeof data !== 'object' || data === null) return null;
  const { limberCli, args, token } = data as Record<string, unknown>;
  if (limberCli !== 1 || !Array.isArray(args) || !args.every((a) => typeof a === 'string')) return null;
  return { limberCli: 1, args: args as string[], token: typeof token === 'string' ? token : null };
}

export interface CommandLinePorts {
  run(command: Command): void;
  /** The scheduler's published status, or null before it has published. */
  status(): CliStatus | null;
  todaysPlan(): readonly string[];
  openPreferences(): void;
  warn(message: string): void;
}

/** Runs one parsed request and says what happened. */
export function answerRequest(request: Exclude<CliRequest, { kind: 'help' }>, ports: CommandLinePorts): CliReply {
  const before = ports.status();
  if (request.kind === 'action') {
    try {
      ports.run(request.action);
    } catch (error) {
      return { ok: false, text: error instanceof Error ? error.message : String(error) };
    }
  }
  return cliReply(request, before, ports.status(), request.kind === 'status' ? ports.todaysPlan() : []);
}

/**
 * A second launch, as the running Limber sees it. Returns the answer owed to its token, if any:
 * a plain launch opens Preferences, as it always has.
 */
export function answerSecondLaunch(data: unknown, ports: CommandLinePorts): { readonly token: string; readonly reply: CliReply } | null {
  const handOver = readHandOver(data);
  const parsed = handOver ? parseCommandLine(handOver.args) : { ok: true as const, request: null };
  const owed = (reply: CliReply) => (handOver?.token ? { token: handOver.token, reply } : null);
  if (!parsed.ok) {
    ports.warn(`A second launch's command line was refused: ${parsed.error.split('\n')[0]}`);
    return owed({ ok: false, text: parsed.error });
  }
  if (parsed.request === null || parsed.request.kind === 'help') {
    ports.openPreferences();
    return owed({ ok: true, text: 'Limber is running; Preferences are open.' });
  }
  return owed(answerRequest(parsed.request, ports));
}

/**
 * This launch's own command line, read before anything else starts: `--help` and a bad command
 * are answered in the terminal and end the process (`exit` does not return), so a mistyped
 * command never reaches a running Limber nor starts one.
 */
export function readLaunch(
  args: readonly string[],
  terminal: { print(text: string, ok: boolean): void },
  exit: (code: number) => never,
): { readonly args: readonly string[]; readonly request: CliRequest | null } {
  const parsed = parseCommandLine(args);
  if (!parsed.ok) {
    terminal.print(`limber: ${parsed.error}`, false);
    return exit(2);
  }
  if (parsed.request?.kind === 'help') {
    terminal.print(CLI_USAGE, true);
    return exit(0);
  }
  return { args, request: parsed.request };
}
