/**
 * First start without Electron's binary: `npm start` (scripts/start.mjs) runs the electron
 * package's real install.js, whose real @electron/get download fails here (a mirror on a closed
 * loopback port, an empty download cache), and must say so with the underlying error, where it
 * downloaded from, and that `npm start` again will finish the job. The scripts and the electron
 * package's install files are copied to a temp project whose node_modules/electron has no
 * binary, so the check is the same on a machine that has Electron installed (CI).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeDownloadFailure } from '../../scripts/electronBinary.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const project = mkdtempSync(path.join(tmpdir(), 'limber-start-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

function layOutProject(): void {
  mkdirSync(path.join(project, 'scripts'));
  for (const file of ['start.mjs', 'electronBinary.mjs', 'fetchErrorCause.mjs']) copyFileSync(path.join(root, 'scripts', file), path.join(project, 'scripts', file));
  const electron = path.join(project, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json']) copyFileSync(path.join(root, 'node_modules/electron', file), path.join(electron, file));
  // install.js requires @electron/get: the project's own, unchanged.
  symlinkSync(path.join(root, 'node_modules/@electron'), path.join(project, 'node_modules/@electron'), process.platform === 'win32' ? 'junction' : 'dir');
}

/** A loopback port with nothing listening: bound once, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm start where Electron cannot be downloaded', () => {
  it('says to run npm start again once online, with the underlying error and the mirror it used', async () => {
    layOutProject();
    const mirror = `http://127.0.0.1:${await closedPort()}/`;
    const env: Record<string, string | undefined> = { ...process.env, ELECTRON_MIRROR: mirror, electron_config_cache: path.join(project, 'empty-cache') };
    delete env['ELECTRON_OVERRIDE_DIST_PATH'];
    delete env['ELECTRON_GET_USE_PROXY'];
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(project, 'scripts/start.mjs')], { cwd: project, env, timeout: 90_000 }, (error, _stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
      );
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain("Limber cannot start yet: Electron's binary is not installed, and downloading it failed.");
    // The real reason, from Node's fetch via @electron/get, not a bare "fetch failed".
    expect(result.stderr).toMatch(new RegExp(`Error: fetch failed for ${mirror.replaceAll('.', '\\.')}v[\\d.]+/electron-v[\\d.]+-\\w+-\\w+\\.zip: .*ECONNREFUSED`));
    expect(result.stderr).toContain(`From:  ${mirror} (ELECTRON_MIRROR)`);
    expect(result.stderr).toContain('Run `npm start` again once this machine is online.');
    for (const remedy of ['HTTPS_PROXY', 'ELECTRON_GET_USE_PROXY=true', 'NODE_EXTRA_CA_CERTS', 'ELECTRON_MIRROR=', 'ELECTRON_OVERRIDE_DIST_PATH=']) expect(result.stderr).toContain(remedy);
    // No stack trace reaches the user.
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('names a certificate error, a timeout and a silent failure plainly', () => {
    const tls = describeDownloadFailure(
      { status: 1, stderr: 'Error: fetch failed for https://github.com/x.zip: self-signed certificate in certificate chain (SELF_SIGNED_CERT_IN_CHAIN)\n    at fetchWithCause (file:///x.mjs:9:11)\n' },
      {},
    );
    expect(tls).toContain('Error: fetch failed for https://github.com/x.zip: self-signed certificate in certificate chain (SELF_SIGNED_CERT_IN_CHAIN)');
    expect(tls).toContain('From:  https://github.com/electron/electron/releases/download/');
    expect(describeDownloadFailure({ signal: 'SIGTERM', status: null, stderr: '' }, {})).toContain('Error: the download did not finish within 5 minutes');
    expect(describeDownloadFailure({ status: 3, stderr: '', stdout: '' }, {})).toContain('Error: install.js exited with code 3 and said nothing');
  });
});
