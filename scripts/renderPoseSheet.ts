/**
 * Draws every exercise's key poses on one contact sheet so a person can check the figures:
 * artifacts/poses.svg, and artifacts/poses-N.png pages when Chromium is available.
 *
 *   npx tsx scripts/renderPoseSheet.ts [--mirror] [--only=id,id] [--no-png]
 *
 * A review aid only: the app's own figure lives in the renderer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BONES, FLOOR_Y, HEAD_RADIUS, mirrorPose, type BandEnd, type Exercise, type Pose, type Prop } from '../common/routine';
import { CATALOG } from '../main/core/routines/catalog';

const CELL = 200;
const LABEL = 34;
const PER_PAGE = Number(process.env.PER_PAGE ?? 12);

const args = process.argv.slice(2);
const mirror = args.includes('--mirror');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const png = !args.includes('--no-png');

function propSvg(prop: Prop, pose: Pose): string {
  const end = (e: BandEnd) => ('joint' in e ? pose.joints[e.joint] : e);
  switch (prop.kind) {
    case 'chair': {
      const left = prop.x - 11;
      const right = prop.x + 11;
      const backX = prop.back === 'left' ? left : prop.back === 'right' ? right : null;
      const back =
        backX === null
          ? `<rect x="${left + 2}" y="${prop.y - prop.backHeight}" width="18" height="${prop.backHeight}" fill="none" stroke="#b9a58a" stroke-width="1"/>`
          : `<line x1="${backX}" y1="${prop.y}" x2="${backX}" y2="${prop.y - prop.backHeight}" stroke="#8a6d4a" stroke-width="1.6"/>`;
      return `${back}<line x1="${left}" y1="${prop.y}" x2="${right}" y2="${prop.y}" stroke="#8a6d4a" stroke-width="1.8"/>
        <line x1="${left + 1}" y1="${prop.y}" x2="${left + 1}" y2="${FLOOR_Y}" stroke="#8a6d4a" stroke-width="1.2"/>
        <line x1="${right - 1}" y1="${prop.y}" x2="${right - 1}" y2="${FLOOR_Y}" stroke="#8a6d4a" stroke-width="1.2"/>`;
    }
    case 'desk': {
      const far = prop.extends === 'right' ? 100 : 0;
      const leg = prop.extends === 'right' ? prop.x + 3 : prop.x - 3;
      return `<line x1="${prop.x}" y1="${prop.y}" x2="${far}" y2="${prop.y}" stroke="#6d7f8a" stroke-width="2"/>
        <line x1="${leg}" y1="${prop.y}" x2="${leg}" y2="${FLOOR_Y}" stroke="#6d7f8a" stroke-width="1.2"/>`;
    }
    case 'wall':
      return `<line x1="${prop.x}" y1="0" x2="${prop.x}" y2="${FLOOR_Y}" stroke="#999" stroke-width="2"/>`;
    case 'roller':
      if (prop.length !== undefined)
        return `<rect x="${prop.x - prop.length / 2}" y="${prop.y - prop.r}" width="${prop.length}" height="${2 * prop.r}" rx="${prop.r}" fill="#9ecae1" stroke="#3182bd" stroke-width="0.8"/>`;
      return `<circle cx="${prop.x}" cy="${prop.y}" r="${prop.r}" fill="#9ecae1" stroke="#3182bd" stroke-width="0.8"/>`;
    case 'ball':
      return `<circle cx="${prop.x}" cy="${prop.y}" r="${prop.r}" fill="#fdae6b" stroke="#e6550d" stroke-width="0.8"/>`;
    case 'band': {
      const a = end(prop.from);
      const b = end(prop.to);
      return `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#31a354" stroke-width="1.2" stroke-dasharray="2 1"/>`;
    }
  }
}

function figureSvg(pose: Pose): string {
  // Far limbs (left in a side view) lighter and first, so the near ones read on top.
  const isFar = (name: string) => pose.view === 'side' && name.startsWith('left');
  const bones = [...BONES].sort((a, b) => Number(isFar(b[1])) - Number(isFar(a[1])));
  const lines = bones
    .map(([a, b]) => {
      const p = pose.joints[a];
      const q = pose.joints[b];
      const colour = isFar(b) ? '#9aa5b1' : pose.view === 'front' && b.startsWith('left') ? '#4a6fa5' : '#1f2933';
      return `<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}" stroke="${colour}" stroke-width="2.2" stroke-linecap="round"/>`;
    })
    .join('');
  const h = pose.joints.head;
  return `${lines}<circle cx="${h.x}" cy="${h.y}" r="${HEAD_RADIUS}" fill="#fff" stroke="#1f2933" stroke-width="2"/>`;
}

function poseCell(pose: Pose, x: number, y: number): string {
  return `<g transform="translate(${x},${y})">
    <rect width="${CELL}" height="${CELL}" fill="#fbfaf7" stroke="#ddd"/>
    <g transform="scale(2)">
      <line x1="0" y1="${FLOOR_Y}" x2="100" y2="${FLOOR_Y}" stroke="#ccc" stroke-width="1"/>
      ${pose.props.map((p) => propSvg(p, pose)).join('')}
      ${figureSvg(pose)}
    </g>
    <text x="4" y="${CELL - 4}" font-size="11" fill="#555">${pose.label} (${pose.view})</text>
  </g>`;
}

function page(exercises: readonly Exercise[]): string {
  const width = 4 * CELL + 220;
  const rowH = CELL + LABEL;
  const rows = exercises
    .map((ex, i) => {
      const y = i * rowH;
      const poses = mirror ? ex.poses.map(mirrorPose) : ex.poses;
      return `<text x="4" y="${y + 22}" font-size="14" font-weight="bold">${ex.id}</text>
        <text x="4" y="${y + 40}" font-size="11">${ex.phase} · ${ex.positions.join('/')} · ${ex.equipment.join(', ') || 'no equipment'}</text>
        ${poses.map((p, j) => poseCell(p, 220 + j * CELL, y)).join('')}`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${exercises.length * rowH}" font-family="sans-serif">
    <rect width="100%" height="100%" fill="#fff"/>${rows}</svg>`;
}

const outDir = path.resolve(import.meta.dirname, '..', 'artifacts');
mkdirSync(outDir, { recursive: true });
const selected = only ? CATALOG.filter((e) => only.includes(e.id)) : CATALOG;
writeFileSync(path.join(outDir, 'poses.svg'), page(selected));
console.log(`wrote ${path.join(outDir, 'poses.svg')} (${selected.length} exercises)`);

if (png && existsSync('/usr/bin/chromium')) {
  for (let i = 0; i * PER_PAGE < selected.length; i++) {
    const chunk = selected.slice(i * PER_PAGE, (i + 1) * PER_PAGE);
    const svgFile = path.join(outDir, `poses-${i + 1}.svg`);
    const pngFile = path.join(outDir, `poses-${i + 1}.png`);
    writeFileSync(svgFile, page(chunk));
    execFileSync(
      '/usr/bin/chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--hide-scrollbars',
        `--screenshot=${pngFile}`,
        `--window-size=${4 * CELL + 220},${chunk.length * (CELL + LABEL)}`,
        `file://${svgFile}`,
      ],
      { stdio: 'ignore' },
    );
    console.log(`wrote ${pngFile}`);
  }
}
