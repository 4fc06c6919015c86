/**
 * Draws every exercise's key poses on contact sheets so a person can check the figures:
 * artifacts/poses-N.png (and .html), through the renderer's own geometry, frame and strokes
 * (poseShapes, sceneViewBox, styleOf), in headless Chromium.
 *
 *   npx tsx scripts/renderPoseSheet.ts [--mirror] [--dark] [--only=id,id] [--cell=288] [--aspect=1.6] [--out=artifacts/me]
 *
 * Each row: the key poses of one exercise, then all of them overlaid (the whole move in one
 * frame), then the last pose mirrored for the left side. A review aid only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { mirrorPose, type Exercise, type Pose } from '../common/routine';
import { CATALOG } from '../main/core/routines/catalog';
import { blendPoses, poseShapes, sceneViewBox, type Shape } from '../renderer/src/figure/geometry';
import { styleOf } from '../renderer/src/figure/look';

const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const mirror = args.includes('--mirror');
const dark = args.includes('--dark');
const only = opt('only')?.split(',');
const aspect = Number(opt('aspect') ?? 1.6);
const cellW = Number(opt('cell') ?? 288);
const cellH = Math.round(cellW / aspect);
const PER_PAGE = Number(opt('per-page') ?? 8);

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
function shapeSvg(shape: Shape, opacity = 1): string {
  const style = Object.entries(styleOf(shape))
    .map(([k, v]) => `${kebab(k)}="${v}"`)
    .join(' ');
  const o = opacity < 1 ? ` opacity="${opacity}"` : '';
  switch (shape.type) {
    case 'line':
      return `<line ${style}${o} x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}"/>`;
    case 'circle':
      return `<circle ${style}${o} cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}"/>`;
    case 'path':
      return `<path ${style}${o} d="${shape.d}"/>`;
  }
}

function cell(poses: readonly Pose[], shown: readonly Pose[], nearSide: 'left' | 'right', caption: string): string {
  const box = sceneViewBox(poses, aspect);
  const layers = shown.map((p, i) =>
    poseShapes(p, nearSide)
      .map((s) => shapeSvg(s, shown.length > 1 ? (i === shown.length - 1 ? 1 : 0.35) : 1))
      .join(''),
  );
  return `<figure><svg viewBox="${box.x} ${box.y} ${box.width} ${box.height}" width="${cellW}" height="${cellH}" fill="none" stroke-linecap="round" stroke-linejoin="round" overflow="hidden">${layers.join('')}</svg><figcaption>${caption}</figcaption></figure>`;
}

function row(ex: Exercise): string {
  const right = mirror ? ex.poses.map(mirrorPose) : [...ex.poses];
  const near = mirror ? 'left' : 'right';
  const mid = right.slice(1).map((p, i) => blendPoses(right[i]!, p, 0.5));
  const cells = right.map((p, i) => cell(right, [p], near, `${i + 1}. ${p.label} (${p.view})`));
  cells.push(cell(right, [...right, ...mid], near, 'whole move'));
  if (ex.sidedness === 'unilateral') {
    const left = ex.poses.map(mirrorPose);
    cells.push(cell(left, [left.at(-1)!], mirror ? 'right' : 'left', 'other side'));
  }
  return `<section><h2>${ex.id}</h2><p>${ex.positions.join('/')} · ${ex.equipment.join(', ') || 'no equipment'} · ${ex.cues[0] ?? ''}</p><div class="cells">${cells.join('')}</div></section>`;
}

const css = `
  :root { color-scheme: ${dark ? 'dark' : 'light'};
    --surface: light-dark(#ffffff, #1f2421); --surface-2: light-dark(#eef1ec, #283029);
    --text-muted: light-dark(#56605a, #a9b3ad); --border: light-dark(#cfd6cf, #3a443e);
    --accent: light-dark(#2f7d5b, #5cc08f); --warn-border: light-dark(#e2c27a, #6d5a26); --figure-band: light-dark(#b36f12, #e0a63a); }
  body { margin: 8px; font: 12px system-ui, sans-serif; background: var(--surface); color: light-dark(#222, #ddd); }
  section { margin: 0 0 10px; } h2 { font-size: 14px; margin: 0; } p { margin: 0 0 4px; color: var(--text-muted); }
  .cells { display: flex; gap: 6px; flex-wrap: wrap; }
  figure { margin: 0; background: var(--surface); border: 1px solid var(--border); border-radius: 6px; }
  figcaption { font-size: 11px; padding: 0 4px 2px; color: var(--text-muted); }`;

const outDir = path.resolve(import.meta.dirname, '..', opt('out') ?? 'artifacts');
mkdirSync(outDir, { recursive: true });
const selected = only ? CATALOG.filter((e) => only.includes(e.id)) : CATALOG;
async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 6 * (cellW + 8) + 20, height: 600 },
    });
    const suffix = `${mirror ? '-mirror' : ''}${dark ? '-dark' : ''}`;
    for (let i = 0; i * PER_PAGE < selected.length; i++) {
      const html = `<!doctype html><meta charset="utf-8"><style>${css}</style>${selected
        .slice(i * PER_PAGE, (i + 1) * PER_PAGE)
        .map(row)
        .join('')}`;
      const file = path.join(outDir, `poses${suffix}-${i + 1}`);
      writeFileSync(`${file}.html`, html);
      await page.setContent(html);
      await page.screenshot({ path: `${file}.png`, fullPage: true });
      console.log(`wrote ${file}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
