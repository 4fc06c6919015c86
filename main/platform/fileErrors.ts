/**
 * File-system errors in words a person can act on, and bounded in size: a notice or a log line
 * never grows with what was on the disk (a path, a file's content quoted by JSON.parse).
 */
import { clip } from '../core/history';

/** Longest error text put into a notice or a log line. */
export const MAX_ERROR_CHARS = 240;

export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The error's message (or its string form), cut to MAX_ERROR_CHARS. */
export function errorMessage(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    text = 'unknown error';
  }
  return clip(text, MAX_ERROR_CHARS);
}

/** What went wrong, for "Limber can't save to <folder>: <reason>." */
export function whyCannotWrite(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'Limber is not allowed to write there';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the folder does not exist and cannot be created';
    case 'EISDIR':
      return 'a folder is in the way of the file';
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    default:
      return `the write failed (${errorMessage(error)})`;
  }
}
