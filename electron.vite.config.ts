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

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { index: resolve(root, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
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
