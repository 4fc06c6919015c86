// No import cycles among our own modules: a cycle means two modules are one module in two files
// (or a type lives in the wrong one), and it makes load order matter. Type-only imports count.
// The graph is read from disk (regex over import/export-from/import() specifiers, which is all
// this code base uses), cached per file by modification time; the file being linted is taken
// from its AST, so an edit in the editor is checked before it is saved.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const SPECIFIER = /(?:^|[;\s])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const cache = new Map();

function resolve(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next extension
    }
  }
  return null;
}

function importsOf(file) {
  let mtimeMs;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.deps;
  const source = readFileSync(file, 'utf8');
  const deps = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const target = resolve(file, match[1] ?? match[2]);
    if (target) deps.push(target);
  }
  cache.set(file, { mtimeMs, deps });
  return deps;
}

/** A path from `start` back to `goal`, or null. */
function pathBack(start, goal) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, trail] = stack.pop();
    if (file === goal) return trail;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of importsOf(file)) stack.push([next, [...trail, next]]);
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuse an import that leads back to the importing module.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{cycle}}. Move what both need into a module of its own.' },
  },
  create(context) {
    const self = path.resolve(context.filename);
    const root = context.cwd;
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolve(self, specifier);
      if (!target) return;
      const back = target === self ? [self] : pathBack(target, self);
      if (back) {
        const cycle = [self, ...back].map((f) => path.relative(root, f)).join(' → ');
        context.report({ node: node.source, messageId: 'cycle', data: { cycle } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
