/**
 * The Linux detectors' answers that no Debian package here can produce for real: KDE Plasma's
 * Inhibited property (its notification server is not packaged without Plasma), a window manager
 * without EWMH, pactl garbage. Typed fakes of exactly the tool output documented in
 * docs/busy-detectors.md.
 */
import { describe, expect, it } from 'vitest';
import { checkBusy } from '../../../main/platform/busy/checkBusy';
import { linuxFocusModeDetector } from '../../../main/platform/busy/linuxFocusMode';
import { liveMicrophoneUsers } from '../../../main/platform/busy/linuxCall';
import { coversDisplay, parseActiveWindow, parseWindowState, x11FullScreenDetector } from '../../../main/platform/busy/x11FullScreen';
import { fakeBusyDeps, type FakeCommandResult } from './fakeBusyDeps';

const context = { display: { x: 0, y: 0, width: 1920, height: 1080 }, listedApps: [] };
const GDBUS =
  'gdbus call --session --dest org.freedesktop.Notifications --object-path /org/freedesktop/Notifications --method org.freedesktop.DBus.Properties.Get org.freedesktop.Notifications Inhibited';
const kde = (gdbus: FakeCommandResult) =>
  checkBusy(
    [linuxFocusModeDetector(fakeBusyDeps({ platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'KDE' }, commands: { [GDBUS]: gdbus }, notInstalled: ['dunstctl'] }))],
    ['focusMode'],
    context,
  );

describe('Linux focus mode on KDE Plasma (typed fake of gdbus)', () => {
  it('Inhibited true is busy, false is not, anything else is a reported fault', async () => {
    expect((await kde({ stdout: '(<true>,)\n' })).busy).toEqual([{ signal: 'focusMode', detail: 'KDE Plasma do-not-disturb is on' }]);
    expect(await kde({ stdout: '(<false>,)\n' })).toEqual({ busy: [], failed: [] });
    expect((await kde({ stdout: '(<uint32 1>,)\n' })).failed).toEqual([{ signal: 'focusMode', error: 'KDE Plasma: gdbus answered "(<uint32 1>,)" for Inhibited' }]);
  });

  it('says what is missing where nothing can be read', async () => {
    const none = linuxFocusModeDetector(fakeBusyDeps({ platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'KDE' }, notInstalled: ['gdbus', 'dunstctl'] }));
    expect(await none.availability()).toEqual({ kind: 'unavailable', reason: 'Cannot read do-not-disturb here: KDE Plasma needs gdbus, which is not installed.' });
    const other = linuxFocusModeDetector(fakeBusyDeps({ platform: 'linux', env: { XDG_CURRENT_DESKTOP: 'LXQt' }, notInstalled: ['dunstctl'] }));
    expect(await other.availability()).toEqual({ kind: 'unavailable', reason: expect.stringContaining('XDG_CURRENT_DESKTOP: LXQt') });
  });
});

describe('X11 full screen parsing', () => {
  it('reads the active window, tolerates an idle EWMH manager, refuses a non-EWMH one', () => {
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW: window id # 0x1a00003\n_NET_SUPPORTING_WM_CHECK: window id # 0x400001\n')).toBe('0x1a00003');
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW: window id # 0x0\n')).toBeNull();
    expect(parseActiveWindow('_NET_ACTIVE_WINDOW:  not found.\n_NET_SUPPORTING_WM_CHECK: window id # 0x400001\n')).toBeNull();
    expect(() => parseActiveWindow('_NET_ACTIVE_WINDOW:  not found.\n_NET_SUPPORTING_WM_CHECK:  not found.\n')).toThrow(/no EWMH window manager/);
  });

  it('reads the state and the class', () => {
    expect(parseWindowState('_NET_WM_STATE = _NET_WM_STATE_FOCUSED, _NET_WM_STATE_FULLSCREEN\nWM_CLASS = "libreoffice", "Soffice"\n')).toEqual({ fullScreen: true, name: 'Soffice' });
    expect(parseWindowState('_NET_WM_STATE = _NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_MAXIMIZED_HORZ\n')).toEqual({ fullScreen: false, name: null });
  });

  it('covers the display only when the window overlaps at least half of it', () => {
    const display = { x: 1920, y: 0, width: 1920, height: 1080 };
    expect(coversDisplay({ x: 1920, y: 0, width: 1920, height: 1080 }, display)).toBe(true);
    expect(coversDisplay({ x: 0, y: 0, width: 1920, height: 1080 }, display)).toBe(false);
    expect(coversDisplay({ x: 2880, y: 0, width: 1920, height: 1080 }, display)).toBe(true);
    expect(coversDisplay({ x: 2881, y: 0, width: 1920, height: 1080 }, display)).toBe(false);
  });

  it('a hanging xprop is cut off and reported', async () => {
    const deps = fakeBusyDeps({ platform: 'linux', env: { DISPLAY: ':0' }, commands: { 'xprop -root -notype _NET_ACTIVE_WINDOW _NET_SUPPORTING_WM_CHECK': { hang: true } } });
    expect(await checkBusy([x11FullScreenDetector(deps)], ['fullScreen'], context, { timeoutMs: 150 })).toEqual({ busy: [], failed: [{ signal: 'fullScreen', error: 'no answer within 150 ms' }] });
  });
});

describe('pactl output', () => {
  const outputs = 'pactl -f json list source-outputs';
  it('garbage and a source output without a source are faults', async () => {
    const deps = (stdout: string) => fakeBusyDeps({ platform: 'linux', commands: { [outputs]: { stdout } } });
    await expect(liveMicrophoneUsers(deps('Connection established\n'), 'pactl', new AbortController().signal)).rejects.toThrow(/not JSON/);
    await expect(liveMicrophoneUsers(deps('[{"index":1}]'), 'pactl', new AbortController().signal)).rejects.toThrow(/without a source/);
  });
  it('corked streams and Limber itself are not a call, and then sources are not even listed', async () => {
    const stdout = JSON.stringify([
      { index: 0, source: 1, corked: true, properties: { 'application.name': 'Firefox', 'application.process.id': '900' } },
      { index: 1, source: 1, corked: false, properties: { 'application.name': 'Limber', 'application.process.id': '4242' } },
    ]);
    const deps = fakeBusyDeps({ platform: 'linux', commands: { [outputs]: { stdout } } });
    expect(await liveMicrophoneUsers(deps, 'pactl', new AbortController().signal)).toEqual([]);
    expect(deps.calls).toEqual([outputs]);
  });
});
