import { describe, expect, it } from 'vitest';
import { CLI_USAGE, cliReply, parseCommandLine, userArguments, type CliStatus } from '../../main/core/commandLine';
import { readLaunch } from '../../main/app/commandLine';

const ok = (args: string[]) => {
  const parsed = parseCommandLine(args);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.request;
};
const error = (args: string[]) => {
  const parsed = parseCommandLine(args);
  if (parsed.ok) throw new Error(`accepted ${args.join(' ')}`);
  return parsed.error.split('\n')[0];
};

describe('command line parser', () => {
  it('reads each command as the tray action it stands for', () => {
    expect(ok(['--start'])).toEqual({ kind: 'action', action: { kind: 'startNow' } });
    expect(ok(['--snooze'])).toEqual({ kind: 'action', action: { kind: 'snooze' } });
    expect(ok(['--resume'])).toEqual({ kind: 'action', action: { kind: 'resume' } });
    expect(ok(['--status'])).toEqual({ kind: 'status' });
    expect(ok(['--help'])).toEqual({ kind: 'help' });
    for (const [word, length] of [['30m', '30m'], ['1h', '1h'], ['2h', '2h'], ['tomorrow', 'nextWorkDay']] as const) {
      expect(ok(['--pause', word])).toEqual({ kind: 'action', action: { kind: 'pause', length } });
      expect(ok([`--pause=${word}`])).toEqual({ kind: 'action', action: { kind: 'pause', length } });
    }
  });

  it('a plain launch, and the switches Chromium or a Wayland user adds, are no command', () => {
    expect(ok([])).toBeNull();
    expect(ok(['--ozone-platform-hint=auto', '--enable-features=WaylandWindowDecorations', '-psn_0_12345'])).toBeNull();
    expect(ok(['--ozone-platform=wayland', '--status', '--no-sandbox'])).toEqual({ kind: 'status' });
    // What the Electron end-to-end suite launches with (Playwright's loader leaves these).
    expect(ok(['--user-data-dir=/tmp/limber-e2e', '--no-sandbox'])).toBeNull();
    // Switches launchers and wrappers add, with or without a value: Limber still starts.
    expect(ok(['--enable-wayland-ime', '--password-store=basic', '--gtk-version=4', '--disable-dev-shm-usage', '--ozone-platform'])).toBeNull();
    expect(ok(['--enable-wayland-ime', '--start'])).toEqual({ kind: 'action', action: { kind: 'startNow' } });
  });

  it('refuses bad input with a message that says what is wrong', () => {
    expect(error(['--pause', '3x'])).toBe('--pause takes 30m, 1h, 2h or tomorrow, not "3x".');
    expect(error(['--pause=45m'])).toBe('--pause takes 30m, 1h, 2h or tomorrow, not "45m".');
    expect(error(['--pause'])).toBe('--pause needs a length: 30m, 1h, 2h or tomorrow.');
    expect(error(['--pause', '--status'])).toBe('--pause needs a length: 30m, 1h, 2h or tomorrow.');
    expect(error(['--snoze'])).toBe('Unknown option "--snoze". Did you mean --snooze?');
    expect(error(['--statis'])).toBe('Unknown option "--statis". Did you mean --status?');
    expect(error(['snooze'])).toBe('Unexpected argument "snooze".');
    expect(error(['--start', '--snooze'])).toBe('Give one command at a time (got --start and --snooze).');
    expect(error(['--pause', '1h', '--pause', '2h'])).toBe('--pause was given twice with different values.');
    expect(error(['--status=yes'])).toBe('--status takes no value (got "--status=yes").');
    expect(parseCommandLine(['--resum'])).toMatchObject({ error: expect.stringContaining('limber --help') });
  });

  it('finds the user arguments whether Electron runs packaged or from a folder', () => {
    expect(userArguments(['/opt/Limber/limber', '--status'], false)).toEqual(['--status']);
    expect(userArguments(['/node_modules/electron/dist/electron', '.', '--status'], true)).toEqual(['--status']);
  });

  it('help and bad commands end the launch with 0 and 2; a good one goes on', () => {
    const printed: [string, boolean][] = [];
    const terminal = { print: (text: string, isOk: boolean) => void printed.push([text, isOk]) };
    const exit = (code: number): never => {
      throw new Error(`exit ${code}`);
    };
    expect(() => readLaunch(['--help'], terminal, exit)).toThrow('exit 0');
    expect(printed.pop()).toEqual([CLI_USAGE, true]);
    expect(() => readLaunch(['--pause', '3x'], terminal, exit)).toThrow('exit 2');
    expect(printed.pop()?.[0]).toMatch(/^limber: --pause takes 30m, 1h, 2h or tomorrow, not "3x"\./);
    expect(readLaunch(['--snooze'], terminal, exit)).toEqual({ args: ['--snooze'], request: { kind: 'action', action: { kind: 'snooze' } } });
    expect(printed).toEqual([]);
    for (const flag of ['--start', '--snooze', '--pause', '--resume', '--status', '--help']) expect(CLI_USAGE).toContain(flag);
  });
});

describe('command line answers', () => {
  const free: CliStatus = { text: 'Next break in 23 min', reminderUp: false, canSnooze: false, paused: false, routineRunning: false };
  const up: CliStatus = { ...free, text: 'Time to move', reminderUp: true, canSnooze: true };

  it('says why nothing happened, with what Limber does now', () => {
    expect(cliReply({ kind: 'action', action: { kind: 'snooze' } }, free, free)).toEqual({ ok: false, text: 'No reminder is up, so there is nothing to snooze. Next break in 23 min' });
    expect(cliReply({ kind: 'action', action: { kind: 'snooze' } }, { ...up, canSnooze: false }, up).ok).toBe(false);
    expect(cliReply({ kind: 'action', action: { kind: 'snooze' } }, up, { ...free, text: 'Next break in 10 min' })).toEqual({ ok: true, text: 'Next break in 10 min' });
    expect(cliReply({ kind: 'action', action: { kind: 'startNow' } }, { ...free, routineRunning: true }, free).ok).toBe(false);
    expect(cliReply({ kind: 'action', action: { kind: 'resume' } }, free, free)).toEqual({ ok: true, text: 'Reminders were not paused. Next break in 23 min' });
    expect(cliReply({ kind: 'action', action: { kind: 'startNow' } }, null, null).ok).toBe(false);
  });

  it('status prints the status and the rest of today', () => {
    expect(cliReply({ kind: 'status' }, free, free, ['10:00', '10:45'])).toEqual({ ok: true, text: 'Next break in 23 min\nReminders left today: 10:00, 10:45' });
    expect(cliReply({ kind: 'status' }, free, free)).toEqual({ ok: true, text: 'Next break in 23 min' });
  });
});
