/**
 * Proves the layer rules of ARCHITECTURE.md fire: each fixture in tests/fixtures/layers is
 * linted as if it lived in a given layer, and the DOM rule is also checked with the compiler
 * options of tsconfig.main.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(path.join(root, 'tests/fixtures/layers', name), 'utf8');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(fixtureName: string, pretendPath: string): Promise<string[]> {
  const [result] = await eslint.lintText(fixture(fixtureName), { filePath: path.join(root, pretendPath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const WALL = 'limber/layer-imports';

describe('layer rules (lint)', () => {
  // Each wall is an allow-list (eslint-rules/layerImports.mjs); each row is a way through it.
  it.each([
    ['electronImport.ts', 'main/core/x.ts', WALL],
    ['electronImport.ts', 'common/x.ts', WALL],
    ['electronImport.ts', 'renderer/src/x.ts', WALL],
    ['nodeImport.ts', 'main/core/x.ts', WALL],
    ['nodeImport.ts', 'common/x.ts', WALL],
    ['nodeImport.ts', 'preload/x.ts', WALL],
    ['bareNodeImport.ts', 'main/core/scheduler/x.ts', WALL],
    ['bareNodeImport.ts', 'common/x.ts', WALL],
    ['bareNodeImport.ts', 'preload/x.ts', WALL],
    ['fsRequire.ts', 'preload/x.ts', WALL],
    ['zodImport.ts', 'preload/x.ts', WALL],
    // The holes: packages with I/O, and the composition root, from the core.
    ['packageImport.ts', 'main/core/x.ts', WALL],
    ['notifierImport.ts', 'main/core/x.ts', WALL],
    ['indexImport.ts', 'main/core/x.ts', WALL],
    ['compositionRootImport.ts', 'main/core/x.ts', WALL],
    // Platform: no renderer, preload or composition root.
    ['rendererImport.ts', 'main/platform/x.ts', WALL],
    ['preloadImport.ts', 'main/platform/x.ts', WALL],
    ['compositionRootImport.ts', 'main/platform/x.ts', WALL],
    ['indexImport.ts', 'main/platform/x.ts', WALL],
    // The composition root's parts do not import the root either.
    ['compositionRootImport.ts', 'main/app/x.ts', WALL],
    ['mainImport.ts', 'renderer/src/x.ts', WALL],
    ['mainImport.ts', 'preload/x.ts', WALL],
    ['mainImport.ts', 'main/core/x.ts', WALL],
    ['dateNow.ts', 'main/core/x.ts', 'no-restricted-properties'],
    ['timer.ts', 'main/core/x.ts', 'no-restricted-globals'],
    ['domGlobal.ts', 'main/platform/x.ts', 'no-restricted-globals'],
    ['domGlobal.ts', 'main/core/x.ts', 'no-restricted-globals'],
  ])('%s in %s is refused by %s', async (name, where, rule) => {
    expect(await ruleIdsFor(name, where)).toContain(rule);
  });

  it.each([
    ['commonImport.ts', 'renderer/src/x.ts'],
    ['commonImport.ts', 'main/core/x.ts'],
    ['commonImport.ts', 'preload/sub/x.ts'],
    ['zodImport.ts', 'main/core/x.ts'],
    ['zodImport.ts', 'common/x.ts'],
    ['electronImport.ts', 'main/platform/x.ts'],
    ['electronImport.ts', 'preload/x.ts'],
    ['nodeImport.ts', 'main/platform/x.ts'],
    ['packageImport.ts', 'main/platform/x.ts'],
    ['mainImport.ts', 'main/app/x.ts'],
    ['domGlobal.ts', 'renderer/src/x.ts'],
  ])('%s in %s is allowed', async (name, where) => {
    expect(await ruleIdsFor(name, where)).toEqual([]);
  });
});

describe('import cycles (lint)', () => {
  // tests/fixtures is ignored by the lint run; linted here on purpose, where the files are.
  const unignored = new ESLint({ cwd: root, ignore: false });
  const cycleRule = async (file: string) => {
    const [result] = await unignored.lintFiles([path.join(root, 'tests/fixtures/layers/cycle', file)]);
    return (result?.messages ?? []).filter((m) => m.ruleId === 'limber/no-import-cycle').map((m) => m.message);
  };

  it('refuses both ends of a cycle, even of type-only imports', async () => {
    expect(await cycleRule('a.ts')).toEqual([expect.stringMatching(/cycle\/a\.ts → .*cycle\/b\.ts → .*cycle\/a\.ts/)]);
    expect(await cycleRule('b.ts')).toHaveLength(1);
  });

  it('leaves a module that only imports into the cycle alone', async () => {
    expect(await cycleRule('c.ts')).toEqual([]);
  });
});

describe('layer rules (compiler)', () => {
  /** allFiles: diagnostics of every file in the program (a clash is reported where Node declares it, or in the guard). */
  function diagnosticsUnder(configFile: string, virtualFile: string, source: string, { allFiles = false } = {}): string[] {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, configFile), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    })!;
    const fileName = path.join(root, virtualFile);
    const host = ts.createCompilerHost(config.options);
    const original = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) =>
      name === fileName ? ts.createSourceFile(name, source, lang) : original(name, lang, ...rest);
    host.fileExists = ((exists) => (name: string) => name === fileName || exists(name))(host.fileExists.bind(host));
    // The fixture plus the config's global declarations (types/), not the whole layer: fast.
    const globals = config.fileNames.filter((f) => f.startsWith(path.join(root, 'types') + path.sep));
    const program = ts.createProgram([fileName, ...globals], config.options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => allFiles || d.file?.fileName === fileName)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('DOM types do not exist in main/', () => {
    const messages = diagnosticsUnder('tsconfig.main.json', 'main/platform/__fixture__.ts', fixture('domGlobal.ts'));
    expect(messages.join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('Node globals are refused in main/core and common/', () => {
    const messages = diagnosticsUnder('tsconfig.core.json', 'main/core/__fixture__.ts', 'export const p = process.pid;\nsetTimeout(() => p, 5);\n');
    expect(messages.join('\n')).toMatch(/Property 'pid' does not exist on type 'never'/);
    expect(messages.join('\n')).toMatch(/not callable/);
  });

  // Mutation caught: dropping types/pureCore.ts from tsconfig.core.json's include (the import
  // below pulls @types/node in through @types/node-notifier, and then both pass).
  it('…even when an import drags Node types in', () => {
    const source = "import type notifier from 'node-notifier';\nexport type N = typeof notifier;\nexport const p = process.pid;\nsetTimeout(() => p, 5);\n";
    const messages = diagnosticsUnder('tsconfig.core.json', 'main/core/__fixture__.ts', source, { allFiles: true });
    expect(messages.join('\n')).toMatch(/Cannot redeclare block-scoped variable 'process'/);
    expect(messages.join('\n')).toMatch(/Cannot redeclare block-scoped variable 'setTimeout'/);
  });

  it('the same code is fine where it belongs', () => {
    expect(diagnosticsUnder('tsconfig.renderer.json', 'renderer/src/__fixture__.ts', fixture('domGlobal.ts'))).toEqual([]);
  });
});
