// Sets up what the tests need beyond node_modules, on any machine:
//  - a Chromium for Playwright: one already there (LIMBER_CHROMIUM, Playwright's own, or the
//    system's); else Playwright's own download; else, as root on Debian, Debian's `chromium`;
//  - on Debian or Ubuntu, as root or through passwordless sudo (CI runners): the system packages
//    the desktop tests use (Xvfb, a notification daemon and D-Bus; for the busy detectors a sound
//    server, a window manager, gsettings/dconf and xfconf; makensis), when they are missing.
// On macOS and Windows there is no apt: Playwright's own Chromium download is used, and the
// tests that need Linux desktop tools skip themselves.
// Prints one line per decision; exits non-zero with a clear sentence if no browser can be had.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line) => console.log(`[setup] ${line}`);
const isRoot = process.getuid?.() === 0;
const isDebian = process.platform === 'linux' && existsSync('/etc/debian_version');
// GitHub's ubuntu runners are not root but have passwordless sudo.
const hasSudo = isDebian && !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const isDebianRoot = isDebian && (isRoot || hasSudo);
const asRoot = (command, args) => (isRoot ? [command, args] : ['sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', command, ...args]]);
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightChromium() {
  const { chromium } = await import('playwright-core');
  try {
    const file = chromium.executablePath();
    return file && existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function missingDebianPackages(names) {
  return names.filter((name) => spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed') !== true);
}

let aptUpdated = false;
function aptInstall(names) {
  if (!aptUpdated) {
    say('apt-get update');
    execFileSync(...asRoot('apt-get', ['update', '-qq']), { stdio: 'inherit' });
    aptUpdated = true;
  }
  say(`apt-get install ${names.join(' ')}`);
  execFileSync(...asRoot('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names]), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

async function ensureChromium() {
  if (process.env.LIMBER_CHROMIUM && existsSync(process.env.LIMBER_CHROMIUM)) return say(`Chromium: ${process.env.LIMBER_CHROMIUM} (LIMBER_CHROMIUM)`);
  const own = await playwrightChromium();
  if (own) return say(`Chromium: Playwright's own (${own})`);
  const system = SYSTEM_CHROMIUMS.find((f) => existsSync(f));
  if (system) return say(`Chromium: the system's (${system})`);
  say("Chromium: none found; trying Playwright's own download");
  const playwright = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'playwright.cmd' : 'playwright');
  const download = spawnSync(playwright, ['install', 'chromium'], { stdio: 'ignore', timeout: 600_000, shell: process.platform === 'win32' });
  if (download.status === 0 && (await playwrightChromium())) return say("Chromium: Playwright's own, downloaded");
  if (isDebianRoot) {
    say("Chromium: Playwright's download is not reachable; installing Debian's chromium");
    aptInstall(['chromium']);
    if (SYSTEM_CHROMIUMS.some((f) => existsSync(f))) return say('Chromium: the system\'s (/usr/bin/chromium)');
  }
  console.error(
    '[setup] No Chromium for the browser tests: Playwright could not download its own and none is installed; install Chromium (Debian: `apt-get install chromium`) or set LIMBER_CHROMIUM to a Chromium binary.',
  );
  process.exit(1);
}

function ensureDesktopPackages() {
  if (process.platform !== 'linux') return;
  const wanted = [
    'xvfb', 'xauth', 'dunst', 'libnotify-bin', 'dbus',
    // Busy detectors (tests/integration/busy): a sound server with a null source, X11 tools and a
    // window manager for a real full-screen window, GNOME's gsettings over dconf, XFCE's xfconf.
    'pulseaudio', 'pulseaudio-utils', 'x11-utils', 'openbox', 'wmctrl', 'xterm',
    'dconf-cli', 'dconf-gsettings-backend', 'gsettings-desktop-schemas', 'libglib2.0-bin', 'xfconf', 'libxfconf-0-3',
    // makensis, to compile the Windows uninstaller's start-at-login clean-up (build/installer.nsh).
    'nsis',
    // A StatusNotifierWatcher stand-in on a private bus, for the tray-less (GNOME) detection test.
    'python3-dbus',
    // A real voice for the voice-guidance test (tests/e2e/voice.spec.ts): Chromium on Linux
    // speaks through speech-dispatcher, here with the espeak-ng synthesiser, into the test's
    // private PulseAudio null sink (pulseaudio above), recorded with parec (pulseaudio-utils).
    'speech-dispatcher', 'speech-dispatcher-espeak-ng', 'espeak-ng',
  ];
  if (!isDebianRoot) return say('Desktop test packages: not root (nor passwordless sudo) on Debian/Ubuntu, using what is installed');
  const missing = missingDebianPackages(wanted);
  if (missing.length === 0) return say(`Desktop test packages: present (${wanted.join(', ')})`);
  aptInstall(missing);
}

await ensureChromium();
try {
  ensureDesktopPackages();
} catch (error) {
  say(`Desktop test packages could not be installed (${error.message}); the tests that need them will say so`);
}
