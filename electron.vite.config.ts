import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { build, type InlineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { RENDERER_CSP } from './common/csp';
import { PREACT_FOR_REACT } from './preactForReact';

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
 * preact is: bundled, never shipped (electron-builder packs `dependencies` only). The packaging
 * smoke test checks both halves.
 */
const BUNDLED_DEPENDENCIES = ['zod', 'electron-store'];

const rendererOut = resolve(root, 'out/renderer');

/**
 * The reminder card is built on its own (decision 0022): in one build with the other windows,
 * what it shares with them (Preact, the bridge, the mark, the figure) is split into shared
 * chunks, and its first paint waited on six requests, each a round trip through main's app://
 * handler. Alone, everything the card paints with is its one entry chunk, beside its CSS; the
 * player stays a chunk of its own, fetched after the card paints (decision 0021).
 */
const { reminder: card, ...others } = pages;
if (!card) throw new Error('renderer/reminder.html is missing');

/** A renderer build of the given pages: the windows' shared settings. */
function rendererConfig(input: Record<string, string>): InlineConfig {
  return {
    root: rendererRoot,
    base: './', // pages load from app://, their assets beside them
    // The windows are written against React's API and typed by @types/react, and run on
    // Preact's compat layer: React DOM alone was two thirds of the card's first-paint JS and
    // kept its Start button at 3.5× a blank page's load (decision 0022). Vite's own JSX
    // transform: no React Fast Refresh, so in dev an edit reloads the window.
    resolve: { alias: PREACT_FOR_REACT },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { outDir: rendererOut, minify: true, reportCompressedSize: false, rolldownOptions: { input } },
  };
}

/**
 * After the other windows' build, the card's own, into the same folder, with what electron-vite
 * resolved for theirs (Electron's Chromium as the target, no module-preload polyfill, the mode,
 * source maps and minifying asked for on the command line).
 */
function cardBuiltAlone(): Plugin {
  let outer: ResolvedConfig | null = null;
  return {
    name: 'limber:card-built-alone',
    apply: 'build',
    configResolved(config) {
      outer = config;
    },
    async closeBundle() {
      if (!outer) throw new Error('limber:card-built-alone: the windows\' build was never resolved');
      const config = rendererConfig({ reminder: card! });
      const { outDir, target, modulePreload, sourcemap, minify } = outer.build;
      await build({
        ...config,
        configFile: false,
        mode: outer.mode,
        logLevel: 'warn',
        plugins: [contentSecurityPolicy()],
        build: { ...config.build, outDir, target, modulePreload, sourcemap, minify, emptyOutDir: false },
      });
    },
  };
}

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
    ...rendererConfig(others),
    // In dev every page is served from source: let Vite's dependency scan see the card's too.
    optimizeDeps: { entries: Object.values(pages) },
    plugins: [contentSecurityPolicy(), cardBuiltAlone()],
  },
});
