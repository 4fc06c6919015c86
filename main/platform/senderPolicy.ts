/**
 * Which renderer frames may call Limber's IPC: the main frame of a page of our own origin
 * (app://limber in the app, the dev server's origin under `npm run dev`). Anything else —
 * a sub-frame, a navigated-away page, a foreign origin — is refused.
 */
import { APP_HOST, APP_SCHEME } from './appProtocol';

export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined, devServerOrigin: string | null): boolean {
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  return devServerOrigin !== null && url.origin === devServerOrigin;
}
