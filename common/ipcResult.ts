/** What crosses the IPC boundary for every call: a value, or an error the renderer can show. */
export type IpcErrorCode = 'invalid-payload' | 'forbidden-sender' | 'failed';

export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: IpcErrorCode; readonly message: string } };
