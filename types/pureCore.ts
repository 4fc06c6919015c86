/**
 * Only in tsconfig.core.json: the globals a pure core must not touch, declared as `never`.
 * Without Node's types, using one fails ("not callable", "does not exist on type 'never'"); and
 * if an import drags Node's types in (a package whose typings reference them), these clash with
 * Node's own declarations ("Cannot redeclare block-scoped variable"), so the core's typecheck
 * fails either way instead of quietly accepting a timer or `process`.
 */
export {};

declare global {
  const process: never;
  const setTimeout: never;
  const setInterval: never;
  const setImmediate: never;
  const clearTimeout: never;
  const clearInterval: never;
  const queueMicrotask: never;
  const require: never;
  const Buffer: never;
  const __dirname: never;
}
