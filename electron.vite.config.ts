import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { RENDERER_CSP } from './common/csp';

const root = import.meta.dirname;
const rendererRoot = resolve(root, 'renderer');

/** Every `renderer/*.html` is a window's page; adding a window needs no change here. */
const pages = Object.fromEntries(
  readdirSync(rendererRoot)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.replace(/\.html$/, ''), resolve(rendererRoot, name)]),
);

/** Writes the CSP of common/csp.ts into every built page (dev keeps Vite's HMR working). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'limber:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: RENDERER_CSP }, injectTo: 'head-prepend' },
      ],
    },
  };
}

/**
 * Main loads node-notifier from node_modules in app.asar (it finds its helper binaries beside its
 * own files), but bundles zod and electron-store. zod: required from the asar it was 2.9 MB of
 * ESM, CommonJS and v3 files for the few KB main uses. electron-store: resolving conf, ajv and
 * their hundred-odd files one by one was a third of the cold start (decision 0076); bundled, it
 * is one chunk main loads when it opens the stores. Both are devDependencies for the same reason
 * react is: bundled, never shipped (electron-builder packs `dependencies` only). The packaging
 * smoke test checks both halves.
 */
const BUNDLED_DEPENDENCIES = ['zod', 'electron-store'];

export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: BUNDLED_DEPENDENCIES },
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: { exclude: BUNDLED_DEPENDENCIES },
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: { input: { index: resolve(root, 'preload/index.ts') } },
    },
  },
  renderer: {
    root: rendererRoot,
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: { input: pages },
    },
  },
});
