/**
 * Every import of React the windows make, answered by Preact's compat layer (decision 0022).
 * Shared by the windows' build (electron.vite.config.ts) and the unit tests (vitest.config.ts),
 * so a test of a renderer module runs the library that ships.
 */
export const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react(-dom)?$/, replacement: 'preact/compat' },
];
