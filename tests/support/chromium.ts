/**
 * Which Chromium the browser tests drive: LIMBER_CHROMIUM if set, else Playwright's own build
 * where it was downloaded, else the system's (/usr/bin/chromium, as scripts/setup-tests.mjs
 * installs on Debian). The flags keep Chromium off the network, which the test machines lack.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['LIMBER_CHROMIUM'];
  if (fromEnv) return fromEnv;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own build by itself.
  } catch {
    // No Playwright browser registry entry: fall through to the system's.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
