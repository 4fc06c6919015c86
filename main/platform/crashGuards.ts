/**
 * The main process survives what a bug throws outside any handler: an uncaught exception or an
 * unhandled rejection is logged (with its stack, bounded) and the app carries on. Electron's
 * default for an uncaught exception in main is a modal error box and, for a tray app, a process
 * the user can no longer reach; carrying on keeps the reminders coming, and the log says why.
 */
import { clip } from '../core/history';

export interface ProcessEvents {
  on(event: 'uncaughtException', listener: (error: Error, origin: string) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'uncaughtException', listener: (error: Error, origin: string) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

const describe = (value: unknown): string => {
  try {
    if (value instanceof Error) return clip(value.stack ?? `${value.name}: ${value.message}`, 4000);
    return clip(String(value), 4000);
  } catch {
    return 'an unprintable value';
  }
};

/** Installs the guards; returns their removal. */
export function guardProcess(proc: ProcessEvents, log: { error(message: string): void }): () => void {
  const onException = (error: Error, origin: string) => log.error(`Uncaught exception (${origin}), Limber carries on: ${describe(error)}`);
  const onRejection = (reason: unknown) => log.error(`Unhandled promise rejection, Limber carries on: ${describe(reason)}`);
  proc.on('uncaughtException', onException);
  proc.on('unhandledRejection', onRejection);
  return () => {
    proc.off('uncaughtException', onException);
    proc.off('unhandledRejection', onRejection);
  };
}
