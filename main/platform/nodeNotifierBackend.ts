/**
 * node-notifier's Windows toaster, pointed at its SnoreToast binary outside the asar archive
 * (electron-builder.yml unpacks node-notifier/vendor). Windows only: it is there for the toast
 * buttons (docs/decisions/0069-notification-actions.md); elsewhere Electron's Notification does
 * all that node-notifier's notify-send and terminal-notifier wrappers would.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { unpackedVendorPath, type NodeNotifierLike } from './notifiers';

type Ctor = new (options: Record<string, unknown>) => NodeNotifierLike;

export function vendorBinary(arch: string, packageDir: string): string {
  return path.join(packageDir, 'vendor', 'snoreToast', `snoretoast-${arch === 'ia32' ? 'x86' : 'x64'}.exe`);
}

export function createWindowsToaster(arch: string): { backend: NodeNotifierLike; supported: () => boolean } {
  const require = createRequire(__filename);
  const notifier = require('node-notifier') as { WindowsToaster: Ctor };
  const packageDir = path.dirname(require.resolve('node-notifier/package.json'));
  const customPath = unpackedVendorPath(vendorBinary(arch, packageDir));
  return { backend: new notifier.WindowsToaster({ withFallback: false, customPath }), supported: () => existsSync(customPath) };
}
