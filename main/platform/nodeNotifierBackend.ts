/**
 * Picks node-notifier's backend for this platform and points it at its helper binary outside
 * the asar archive (electron-builder.yml unpacks node-notifier/vendor): notify-send on Linux,
 * SnoreToast on Windows, terminal-notifier on macOS.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { unpackedVendorPath, type NodeNotifierLike } from './notifiers';

type Ctor = new (options: Record<string, unknown>) => NodeNotifierLike;

export function vendorBinary(platform: NodeJS.Platform, arch: string, packageDir: string): string | null {
  if (platform === 'win32') return path.join(packageDir, 'vendor', 'snoreToast', `snoretoast-${arch === 'ia32' ? 'x86' : 'x64'}.exe`);
  if (platform === 'darwin') return path.join(packageDir, 'vendor', 'mac.noindex', 'terminal-notifier.app', 'Contents', 'MacOS', 'terminal-notifier');
  return null; // Linux uses the system's notify-send.
}

export function createNodeNotifierBackend(platform: NodeJS.Platform, arch: string): { backend: NodeNotifierLike; supported: () => boolean } {
  const require = createRequire(__filename);
  const notifier = require('node-notifier') as { NotifySend: Ctor; WindowsToaster: Ctor; NotificationCenter: Ctor };
  const packageDir = path.dirname(require.resolve('node-notifier/package.json'));
  const binary = vendorBinary(platform, arch, packageDir);
  const customPath = binary === null ? undefined : unpackedVendorPath(binary);
  const options = { withFallback: false, ...(customPath ? { customPath } : {}) };
  const backend =
    platform === 'win32' ? new notifier.WindowsToaster(options) : platform === 'darwin' ? new notifier.NotificationCenter(options) : new notifier.NotifySend(options);
  return {
    backend,
    // On Linux, notify-send must be installed (libnotify-bin); elsewhere the unpacked binary.
    supported: () => (customPath ? existsSync(customPath) : ['/usr/bin/notify-send', '/bin/notify-send', '/usr/local/bin/notify-send'].some((f) => existsSync(f))),
  };
}
