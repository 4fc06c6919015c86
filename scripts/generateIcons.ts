/**
 * Renders Limber's icons from the two SVG sources in assets/source/ with headless Chromium and
 * writes them, checked in, to assets/:
 *  - icon.png (1024) and icons/NxN.png: the app icon (electron-builder makes .ico/.icns from it);
 *  - tray/trayTemplate.png (+@2x): macOS menu-bar template (black + alpha; macOS recolours it);
 *  - tray/tray-dark.png / tray-light.png (+@1.25x, @1.5x, @2x, @3x): glyphs for dark and light
 *    panels (Windows, Linux), chosen at run time from the system theme. Windows draws the
 *    notification-area icon at 16 px × the display scale (20 px at 125 %, 24 px at 150 %);
 *    Electron picks the file whose @Nx suffix matches, so those scales are drawn from the
 *    vector source instead of being resampled from @2x.
 * Platform needs (electron-builder 26): macOS makes the .icns from icon.png (needs ≥ 512,
 * 1024 for Retina), Windows the .ico from icon.png (needs ≥ 256), Linux takes icons/ as is
 * (hicolor sizes 16…512); tests/integration/packagingConfig.test.ts checks every size.
 * Run: npx tsx scripts/generateIcons.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../tests/support/chromium';

const root = process.cwd();
const assets = path.join(root, 'assets');
const appSvg = readFileSync(path.join(assets, 'source', 'icon.svg'), 'utf8');
const traySvg = readFileSync(path.join(assets, 'source', 'tray.svg'), 'utf8');
const recolour = (svg: string, colour: string) => svg.replaceAll('#000', colour);

const APP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const TRAY_BASE = 16; // Tray icons are 16 pt; @2x and @3x for high-density displays.
/** Scales drawn for each tray variant: the macOS template only ever needs integer scales. */
const TRAY_SCALES: Record<string, readonly number[]> = {
  trayTemplate: [1, 2, 3],
  'tray-light': [1, 1.25, 1.5, 2, 3],
  'tray-dark': [1, 1.25, 1.5, 2, 3],
};

async function main() {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  async function render(svg: string, size: number, file: string) {
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, png);
  }
  for (const size of APP_SIZES) await render(appSvg, size, path.join(assets, 'icons', `${size}x${size}.png`));
  await render(appSvg, 1024, path.join(assets, 'icon.png'));
  const variants: [string, string][] = [
    ['trayTemplate', '#000000'],
    ['tray-light', '#1d2420'], // dark glyph for light panels
    ['tray-dark', '#f2f5f3'], // light glyph for dark panels
  ];
  for (const [name, colour] of variants) {
    const svg = recolour(traySvg, colour);
    for (const scale of TRAY_SCALES[name] ?? [1]) {
      await render(svg, Math.round(TRAY_BASE * scale), path.join(assets, 'tray', scale === 1 ? `${name}.png` : `${name}@${scale}x.png`));
    }
  }
  await browser.close();
  console.log('Icons written to assets/.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
