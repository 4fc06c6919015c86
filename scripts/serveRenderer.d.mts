import type { Server } from 'node:http';
/** Serves a folder of built pages on 127.0.0.1 (port 0 = any free port). */
export function serveRenderer(root: string, port?: number): Promise<Server>;
