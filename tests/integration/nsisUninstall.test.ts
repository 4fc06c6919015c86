/**
 * The Windows uninstaller removes the start-at-login entry: build/installer.nsh (included by
 * electron-builder through nsis.include) is compiled by a real makensis (Debian's `nsis`,
 * installed by scripts/setupTests.mjs) into a small uninstaller, with APP_ID defined from
 * electron-builder.yml as electron-builder defines it, and makensis' own listing of what the
 * uninstaller does is read back. Warnings are errors (-WX): an undefined ${APP_ID} would compile
 * to a DeleteRegValue of the wrong name with only a warning. Running the uninstaller needs
 * Windows (the release checklist in docs/release.md covers that).
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { WINDOWS_LOGIN_ITEM_NAME } from '../../main/platform/autoLaunch';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const makensis = spawnSync('makensis', ['-VERSION'], { encoding: 'utf8' }).status === 0;
const work = mkdtempSync(path.join(tmpdir(), 'limber-nsis-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const config = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const appId = /^appId:\s*(\S+)$/m.exec(config)?.[1];

/** An uninstaller around customUnInstall; `isUpdated` as electron-builder's: started with --updated. */
function harness(): string {
  return [
    'Unicode true',
    '!include LogicLib.nsh',
    '!include FileFunc.nsh',
    `!define APP_ID "${appId}"`,
    '!macro _isUpdated _a _b _t _f',
    '  ${GetParameters} $R9',
    '  ClearErrors',
    '  ${GetOptions} $R9 "--updated" $R8',
    '  IfErrors `${_f}` `${_t}`',
    '!macroend',
    '!define isUpdated `"" isUpdated ""`',
    `!include "${path.join(root, 'build/installer.nsh')}"`,
    `OutFile "${path.join(work, 'probe.exe')}"`,
    'RequestExecutionLevel user',
    'Section',
    '  WriteUninstaller "$TEMP\\probe-uninstall.exe"',
    'SectionEnd',
    'Section "un.Uninstall"',
    '  !insertmacro customUnInstall',
    'SectionEnd',
    '',
  ].join('\n');
}

describe('NSIS uninstall (build/installer.nsh)', () => {
  it('is the script electron-builder.yml includes', () => {
    expect(config).toMatch(/^nsis:\n(?: {2}.*\n)*? {2}include: build\/installer\.nsh$/m);
  });

  it.skipIf(!makensis)('compiles, and deletes the Run value start at login writes (and its StartupApproved twin), unless updating', async () => {
    const script = path.join(work, 'probe.nsi');
    writeFileSync(script, harness());
    const { stdout } = await run('makensis', ['-WX', '-V4', script], { maxBuffer: 16 * 1024 * 1024 });
    const deleted = [...stdout.matchAll(/^DeleteRegValue: (.+)$/gm)].map((m) => m[1]);
    expect(deleted).toEqual([
      `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run\\${WINDOWS_LOGIN_ITEM_NAME}`,
      `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run\\${WINDOWS_LOGIN_ITEM_NAME}`,
    ]);
    // The deletion is guarded: an update runs the old uninstaller, and the user's choice stays.
    const macro = /!macro customUnInstall([\s\S]*?)!macroend/.exec(readFileSync(path.join(root, 'build/installer.nsh'), 'utf8'))?.[1] ?? '';
    expect(macro.trim()).toMatch(/^\$\{ifNot\} \$\{isUpdated\}[\s\S]*\$\{endIf\}$/);
  });
});

if (!makensis) console.warn('NSIS uninstall: makensis is not installed (Debian: apt-get install nsis); the compile check is skipped.');
