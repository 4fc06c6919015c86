export type ElectronBinary = { readonly available: true; readonly path: string } | { readonly available: false; readonly reason: string };
/** Where the Electron binary is, without loading the `electron` package. */
export function findElectronBinary(root?: string): ElectronBinary;
export declare const DEFAULT_ELECTRON_SOURCE: string;
/** The message `npm start` prints when Electron's download failed, with the underlying error. */
export function describeDownloadFailure(
  install: { stdout?: string | null; stderr?: string | null; error?: Error; signal?: string | null; status?: number | null },
  env: Record<string, string | undefined>,
): string;
/** The Electron binary, downloading it first when missing; or the message saying why it could not be had. */
export function ensureElectronBinary(root: string): { path: string; failure?: undefined } | { path?: undefined; failure: string };
