/**
 * Session-wide guards: Limber needs no permission (camera, notifications from pages,
 * geolocation…), so every request and check is refused, and no page may load remote content.
 */
import type { SessionPort } from './electronPorts';

export function lockDownSession(session: SessionPort): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
