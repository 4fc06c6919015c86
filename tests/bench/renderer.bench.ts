/**
 * Renderer cost of the reminder card: gzipped JS needed for its first paint, first contentful
 * paint over 10 cold loads of the built page in headless Chromium, and `cardReadyMs`: a cold
 * load of the card with a due reminder until its Start button is painted (React's card, not the
 * static splash), timed by the Element Timing API, with `cardReadyRatio` against a blank page
 * loaded the same way in the same browser, alternating, in the same run.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { serveRenderer } from '../../scripts/serveRenderer.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { defaultSnapshot, installFakeBridge } from '../support/fakeBridge';
import { deskPlan, reminderSnapshot } from '../support/reminderFixtures';

const root = process.cwd();
const built = path.join(root, 'out', 'renderer');
export const CARD_PAGE = 'reminder.html';

/** JS the page loads before first paint: its entry script and the chunks it preloads. */
export function firstPaintScripts(page: string): string[] {
  const html = readFileSync(path.join(built, page), 'utf8');
  const refs = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]!);
  return refs.map((ref) => path.join(built, ref.replace(/^\.\//, '')));
}

export function gzipKB(files: string[]): number {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

export async function firstPaintMs(page: string, loads = 10): Promise<number> {
  const server = await serveRenderer(built, 0);
  const port = (server.address() as AddressInfo).port;
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      // A fresh context per load: no cache, no warmed-up page.
      const context = await browser.newContext({ viewport: { width: 380, height: 520 } });
      const tab = await context.newPage();
      // tsx (esbuild, keepNames) wraps named functions in __name(); functions serialised into
      // the page need that helper to exist there too.
      await tab.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      await tab.addInitScript(installFakeBridge, { snapshot: defaultSnapshot({ firstRunComplete: true }) });
      await tab.goto(`http://127.0.0.1:${port}/${page}`, { waitUntil: 'load' });
      const fcp = await tab.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const read = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
            const now = read();
            if (now !== undefined) return resolve(now);
            new PerformanceObserver(() => {
              const t = read();
              if (t !== undefined) resolve(t);
            }).observe({ type: 'paint', buffered: true });
          }),
      );
      samples.push(fcp);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length / 2;
  const median = samples.length % 2 ? samples[Math.floor(mid)]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return Math.round(median * 10) / 10;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The blank baseline: one painted word, served from the same origin, marked the same way. */
const BLANK = '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body><p elementtiming="card-start">Start</p></body></html>';

/** Ms from navigation start until the element marked elementtiming="card-start" is painted. */
function startPaintedMs(): Promise<number> {
  return new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { identifier?: string; renderTime?: number })[]) {
        if (entry.identifier === 'card-start') resolve(entry.renderTime || entry.startTime);
      }
    }).observe({ type: 'element', buffered: true });
  });
}

export async function cardReady(loads = 10): Promise<{ cardReadyMs: number; cardReadyRatio: number }> {
  const server = await serveRenderer(built, 0);
  const port = (server.address() as AddressInfo).port;
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const card: number[] = [];
  const blank: number[] = [];
  const snapshot = reminderSnapshot(deskPlan(1));
  try {
    // Alternate, so that a slow stretch of the machine hits both alike. The first pair only
    // warms the browser up and is not counted: a just-launched Chromium spends its first
    // seconds on its own start-up work (its toolbar's WebUI, preloads), which an Electron app
    // has long finished by its first reminder. Every counted load still has a fresh context.
    const WARM_UP = 2;
    for (let i = 0; i < WARM_UP + loads * 2; i++) {
      const isCard = i % 2 === 0;
      const context = await browser.newContext({ viewport: { width: 380, height: 520 } });
      const tab = await context.newPage();
      await tab.addInitScript({ content: 'globalThis.__name = (f) => f;' });
      if (isCard) await tab.addInitScript(installFakeBridge, { snapshot });
      else await tab.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: BLANK }));
      await tab.goto(`http://127.0.0.1:${port}/${isCard ? CARD_PAGE : 'blank.html'}`, { waitUntil: 'commit' });
      const ms = await tab.evaluate(startPaintedMs);
      if (i >= WARM_UP) (isCard ? card : blank).push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const cardMs = median(card);
  return { cardReadyMs: Math.round(cardMs * 10) / 10, cardReadyRatio: Math.round((cardMs / median(blank)) * 100) / 100 };
}

export async function measure(): Promise<{ rendererGzipKB: number | null; firstPaintMs: number | null; cardReadyMs: number | null; cardReadyRatio: number | null }> {
  if (!existsSync(path.join(built, CARD_PAGE))) return { rendererGzipKB: null, firstPaintMs: null, cardReadyMs: null, cardReadyRatio: null };
  return { rendererGzipKB: gzipKB(firstPaintScripts(CARD_PAGE)), firstPaintMs: await firstPaintMs(CARD_PAGE), ...(await cardReady()) };
}
