/**
 * The app's store backend: electron-store, given the same options the tests give to `conf`.
 *
 * Loaded with a dynamic import because electron-store is ESM-only and its constructor needs
 * Electron's `app`; nothing that tests import may load it (see tests/support/noElectron.ts).
 */
import type { Options as ConfOptions } from 'conf';
import type { Options as ElectronStoreOptions } from 'electron-store';
import type { OpenBackend, StoreBackend } from './guardedStore';

/**
 * conf's options as electron-store takes them: electron-store names the file `name` (and
 * overwrites `configName` with it), and finds the folder and version itself unless told; we
 * always tell it (cwd, projectVersion), so the file is exactly where the pre-flight looked.
 */
export function toElectronStoreOptions<T extends Record<string, unknown>>(options: ConfOptions<T>): ElectronStoreOptions<T> {
  const { configName, projectName: _projectName, projectSuffix: _projectSuffix, ...rest } = options;
  return { ...rest, ...(configName === undefined ? {} : { name: configName }) };
}

export async function loadElectronStoreBackend(): Promise<OpenBackend> {
  const { default: ElectronStore } = await import('electron-store');
  return <T extends Record<string, unknown>>(options: ConfOptions<T>): StoreBackend<T> => new ElectronStore<T>(toElectronStoreOptions(options));
}
