/**
 * Every window's built page carries the CSP of common/csp.ts, before anything it would govern,
 * and Chromium enforces it: an injected inline script, eval, a network request, a remote image
 * and an inline <style> are all refused, each with a securitypolicyviolation. The pages are
 * served without any CSP header (scripts/serveRenderer.mjs), so what is enforced here is the
 * meta tag alone, the part that travels with the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { RENDERER_CSP } from '../../common/csp';
import { defaultSnapshot, useFakeBridge } from '../support/fakeBridge';

const root = process.cwd();
/** Every window has a renderer/<name>.html (electron.vite.config.ts builds each one). */
const pages = readdirSync(path.join(root, 'renderer')).filter((f) => f.endsWith('.html'));

test('there are pages to check', () => {
  expect(pages).toContain('welcome.html');
  expect(pages).toContain('reminder.html');
});

for (const page of pages) {
  test(`${page}: the built file carries RENDERER_CSP first in <head>`, () => {
    const html = readFileSync(path.join(root, 'out/renderer', page), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
    expect(metas).toHaveLength(1);
    expect(metas[0]![1]!.replaceAll('&#39;', "'").replaceAll('&apos;', "'")).toBe(RENDERER_CSP);
    // A CSP meta only governs what comes after it: nothing loadable may precede it.
    const before = html.slice(0, metas[0]!.index);
    expect(before).not.toMatch(/<(?:script|link|style|img|base)\b/i);
    // No inline script survived the build (the CSP would refuse it anyway, breaking the page).
    expect([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1]!) || m[2]!.trim() !== '')).toEqual([]);
  });

  test(`${page}: Chromium refuses inline script, eval, network, remote images and inline styles`, async ({ page: tab, baseURL }) => {
    await useFakeBridge(tab, { snapshot: defaultSnapshot() });
    // Collected from the page's first moment, before its own scripts run.
    await tab.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    await tab.goto(`/${page}`);
    await tab.waitForLoadState('load');
    // Loading the page broke no rule: the build complies with its own policy (zod is told not
    // to probe for eval: renderer/src/shared/zodJitless.ts).
    const atLoad = await tab.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(atLoad).toEqual([]);
    await tab.evaluate(() => ((window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0));

    const outcome = await tab.evaluate(async (origin) => {
      const w = window as unknown as { __cspViolations: string[]; __inlineRan?: boolean; __evalRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      // A string timer is compiled in the page's own context (code run through Playwright's
      // evaluate is exempt from the eval rule, so eval() itself cannot be tried from here).
      setTimeout('window.__evalRan = true', 0);
      let fetchBlocked = false;
      try {
        await fetch(`${origin}/welcome.html`); // same origin, but connect-src is 'none'
      } catch {
        fetchBlocked = true;
      }
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 9px solid red }';
      document.head.append(style);
      await new Promise((r) => setTimeout(r, 200)); // violation events are dispatched async
      return {
        inlineRan: w.__inlineRan === true,
        evalRan: w.__evalRan === true,
        fetchBlocked,
        inlineStyleApplied: getComputedStyle(document.body).outlineWidth === '9px',
        violations: w.__cspViolations,
      };
    }, baseURL!);

    expect(outcome.inlineRan).toBe(false);
    expect(outcome.evalRan).toBe(false);
    expect(outcome.fetchBlocked).toBe(true);
    expect(outcome.inlineStyleApplied).toBe(false);
    expect(outcome.violations).toEqual(
      expect.arrayContaining(['script-src-elem inline', 'script-src eval', expect.stringMatching(/^connect-src http:\/\/127\.0\.0\.1/), 'img-src https://example.invalid/pixel.png', 'style-src-elem inline']),
    );
  });
}
