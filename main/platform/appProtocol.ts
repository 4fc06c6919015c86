/**
 * Windows load their pages from `app://limber/…`, served from the built renderer folder, rather
 * than from file:// URLs: a standard, secure scheme gives the pages a real origin for the CSP
 * and the IPC sender check, and keeps file:// without extra privileges (see the fuses).
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { RENDERER_CSP } from '../../common/csp';
import type { ElectronPorts } from './electronPorts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'limber';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: ElectronPorts['protocol']): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false } },
  ]);
}

/**
 * Maps an app:// URL to a file inside `rendererRoot`, or null when the URL points anywhere
 * else (another host, `..` escapes, encoded separators).
 */
export function resolveAppUrl(url: string, rendererRoot: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, '.' + path.posix.normalize(pathname));
  return file.startsWith(root + path.sep) ? file : null;
}

export function handleAppProtocol(protocol: ElectronPorts['protocol'], rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppUrl(request.url, rendererRoot);
    if (file === null) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      const type = MIME[path.extname(file)] ?? 'application/octet-stream';
      return new Response(body, {
        headers: { 'content-type': type, 'content-security-policy': RENDERER_CSP, 'x-content-type-options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
