/**
 * Limber's application id: electron-builder's appId (electron-builder.yml) and, on Windows, the
 * AppUserModelID that notifications are attributed to. A test keeps the two equal.
 */
export const APP_ID = 'app.limber.desktop';
