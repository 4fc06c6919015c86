/**
 * The Content-Security-Policy of every Limber page: only our own scripts and styles, no
 * network, no plugins, no frames, no inline script. Sent as a header by the app:// handler and
 * written into each built HTML file as a meta tag (so it also holds where pages are served
 * another way, as in the browser tests).
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'none'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
