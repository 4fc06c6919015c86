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

describe('layer rules (lint)', () => {
  it.each([
    ['electronImport.ts', 'main/core/x.ts', 'no-restricted-imports'],
    ['electronImport.ts', 'common/x.ts', 'no-restricted-imports'],
    ['electronImport.ts', 'renderer/src/x.ts', 'no-restricted-imports'],
    ['nodeImport.ts', 'main/core/x.ts', 'no-restricted-imports'],
    ['nodeImport.ts', 'common/x.ts', 'no-restricted-imports'],
    ['bareNodeImport.ts', 'main/core/scheduler/x.ts', 'no-restricted-imports'],
    ['bareNodeImport.ts', 'common/x.ts', 'no-restricted-imports'],
    ['mainImport.ts', 'renderer/src/x.ts', 'no-restricted-imports'],
    ['mainImport.ts', 'preload/x.ts', 'no-restricted-imports'],
    ['mainImport.ts', 'main/core/x.ts', 'no-restricted-imports'],
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
    ['electronImport.ts', 'main/platform/x.ts'],
    ['electronImport.ts', 'preload/x.ts'],
    ['nodeImport.ts', 'main/platform/x.ts'],
    ['domGlobal.ts', 'renderer/src/x.ts'],
  ])('%s in %s is allowed', async (name, where) => {
    expect(await ruleIdsFor(name, where)).toEqual([]);
  });
});

describe('layer rules (compiler)', () => {
  function diagnosticsUnder(configFile: string, virtualFile: string, source: string): string[] {
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
    const program = ts.createProgram([fileName], config.options, host);
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === fileName)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('DOM types do not exist in main/', () => {
    const messages = diagnosticsUnder('tsconfig.main.json', 'main/platform/__fixture__.ts', fixture('domGlobal.ts'));
    expect(messages.join('\n')).toMatch(/Cannot find name 'document'/);
  });

  it('Node types do not exist in main/core and common/', () => {
    const messages = diagnosticsUnder('tsconfig.core.json', 'main/core/__fixture__.ts', 'export const p = process.pid;\n');
    expect(messages.join('\n')).toMatch(/Cannot find name 'process'/);
  });

  it('the same code is fine where it belongs', () => {
    expect(diagnosticsUnder('tsconfig.renderer.json', 'renderer/src/__fixture__.ts', fixture('domGlobal.ts'))).toEqual([]);
  });
});
