export type ElectronBinary = { readonly available: true; readonly path: string } | { readonly available: false; readonly reason: string };
/** Where the Electron binary is, without loading the `electron` package. */
export function findElectronBinary(root?: string): ElectronBinary;
