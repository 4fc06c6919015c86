// The layer walls of ARCHITECTURE.md as allow-lists: a file may import only from the folders
// and packages its layer names. Anything else (a new package, a path into another layer, the
// composition root) is refused, so a wall cannot be got round by an import nobody thought of.
// Static imports, re-exports, `import type`, dynamic import() and require() are all checked.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The package a bare specifier names: 'react-dom/client' → 'react-dom', '@scope/x/y' → '@scope/x'. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isInside = (file, dir) => {
  const rel = path.relative(path.join(root, dir), file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** @type {import('eslint').Rule.RuleModule} */
export const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow only the imports a layer names (folders of ours, packages).' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          folders: { type: 'array', items: { type: 'string' } },
          packages: { anyOf: [{ type: 'array', items: { type: 'string' } }, { enum: ['any'] }] },
          /** Files of ours never allowed, even inside an allowed folder (e.g. the composition root). */
          forbiddenFiles: { type: 'array', items: { type: 'string' } },
        },
        required: ['layer', 'folders', 'packages'],
        additionalProperties: false,
      },
    ],
    messages: {
      folder: '{{layer}} may import only from {{folders}}; "{{specifier}}" is outside them.',
      file: '{{layer}} may not import "{{specifier}}" (the composition root wires the layers; nothing imports it).',
      package: '{{layer}} may import only these packages: {{packages}}; "{{specifier}}" is not one.',
    },
  },
  create(context) {
    const { layer, folders, packages, forbiddenFiles = [] } = context.options[0];
    const here = path.dirname(context.filename);
    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        const target = path.resolve(here, specifier);
        if (forbiddenFiles.some((f) => target.replace(/\.(ts|tsx|js|mjs)$/, '') === path.join(root, f))) {
          context.report({ node, messageId: 'file', data: { layer, specifier } });
        } else if (!folders.some((dir) => isInside(target, dir))) {
          context.report({ node, messageId: 'folder', data: { layer, specifier, folders: folders.map((f) => `${f}/`).join(', ') } });
        }
        return;
      }
      if (packages === 'any') return;
      const name = specifier.startsWith('node:') ? specifier : packageOf(specifier);
      if (!packages.includes(name)) {
        context.report({ node, messageId: 'package', data: { layer, specifier, packages: packages.join(', ') || 'none' } });
      }
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportType: (node) => {
        const arg = node.argument?.literal ?? node.argument;
        if (arg?.type === 'Literal') check(arg, arg.value);
      },
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
      },
    };
  },
};
