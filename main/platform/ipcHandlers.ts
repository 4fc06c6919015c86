/**
 * Registers one ipcMain handler per contract method. Each checks the sender, then the payload
 * against the contract's schema, and only then calls the implementation; whatever happens, the
 * renderer gets an IpcResult with a clear message, never a crashed handler.
 */
import type { z } from 'zod';
import { ipcPayloadSchemas, type LimberApi, type MethodPayload, type MethodResult } from '../../common/ipc';
import { IPC_METHODS, methodChannel, type IpcMethod } from '../../common/ipcChannels';
import type { IpcResult } from '../../common/ipcResult';
import type { ElectronPorts } from './electronPorts';
import type { SenderFrameLike } from './senderPolicy';

/** Who made a call: lets a method act on its own window (e.g. closeWindow). */
export interface IpcCaller {
  readonly webContentsId: number;
}

/** The implementation side: one function per method, taking the already-validated payload. */
export type IpcImplementation = {
  [M in keyof LimberApi]: (payload: MethodPayload<M>, caller: IpcCaller) => Promise<MethodResult<M>> | MethodResult<M>;
};

export interface IpcLogger {
  warn(message: string): void;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : 'payload';
      if (issue.code === 'unrecognized_keys') return `${where}: unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** Validates and dispatches one call; exported so tests and the fuzzer can drive it directly. */
export async function dispatchIpcCall(
  method: IpcMethod,
  frame: SenderFrameLike | null | undefined,
  caller: IpcCaller,
  payload: unknown,
  implementation: IpcImplementation,
  isTrusted: (frame: SenderFrameLike | null | undefined) => boolean,
  logger: IpcLogger,
): Promise<IpcResult<unknown>> {
  if (!isTrusted(frame)) {
    logger.warn(`IPC ${method} refused: sender ${frame?.url ?? 'unknown'} is not a Limber window.`);
    return { ok: false, error: { code: 'forbidden-sender', message: `${method}: this page may not call Limber.` } };
  }
  const parsed = ipcPayloadSchemas[method].safeParse(payload);
  if (!parsed.success) {
    const message = `${method}: invalid payload — ${describeIssues(parsed.error)}`;
    logger.warn(`IPC ${message}`);
    return { ok: false, error: { code: 'invalid-payload', message } };
  }
  try {
    const run = implementation[method] as (p: unknown, c: IpcCaller) => unknown;
    return { ok: true, value: await run(parsed.data, caller) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.warn(`IPC ${method} failed: ${reason}`);
    return { ok: false, error: { code: 'failed', message: `${method} failed: ${reason}` } };
  }
}

export function registerIpcHandlers(
  ipcMain: ElectronPorts['ipcMain'],
  implementation: IpcImplementation,
  isTrusted: (frame: SenderFrameLike | null | undefined) => boolean,
  logger: IpcLogger,
): () => void {
  for (const method of IPC_METHODS) {
    ipcMain.handle(methodChannel(method), (event, payload: unknown) =>
      dispatchIpcCall(method, event.senderFrame, { webContentsId: event.sender.id }, payload, implementation, isTrusted, logger),
    );
  }
  return () => {
    for (const method of IPC_METHODS) ipcMain.removeHandler(methodChannel(method));
  };
}
