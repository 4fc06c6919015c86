/**
 * Runs Electronegativity over the shipped sources and built pages (scripts/securityScan.mjs):
 * every finding must be justified, one by one, in electronegativity.json.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

interface Report {
  findings: { check: string; file: string }[];
  unjustified: { check: string; file: string; line: number; description: string }[];
  stale: { check: string; file: string }[];
  errors: unknown[];
  checks: number;
}

function runScan(...args: string[]): Report {
  const out = execFileSync(process.execPath, ['scripts/securityScan.mjs', '--json', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Report;
}

describe('Electronegativity', () => {
  it('finds nothing that is not justified in electronegativity.json, and no stale justification', () => {
    const report = runScan();
    expect(report.checks).toBeGreaterThan(30);
    expect(report.errors).toEqual([]);
    expect(report.unjustified).toEqual([]);
    expect(report.stale).toEqual([]);
  });

  it('fires on an insecure window (so a clean result means something)', () => {
    const report = runScan('--include', 'tests/fixtures/security');
    const flagged = report.unjustified.filter((f) => f.file.startsWith('tests/fixtures/security/')).map((f) => f.check);
    expect(flagged).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK']));
  });
});
