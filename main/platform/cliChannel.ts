/**
 * The answer channel of the command line (docs/decisions/0068-command-line-hand-over.md).
 * Electron's single-instance hand-over carries a second launch's command to the running Limber
 * (`second-instance` with `additionalData`) but nothing back, so the running Limber also listens
 * on a local socket: a unix socket in userData, a named pipe on Windows. The second instance
 * sends the random token it put in its hand-over and is sent the answer to that command.
 *
 * The socket carries answers only, never commands: commands arrive only through Electron's own
 * hand-over, so another local process that finds the socket can run nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Disposable } from '../../common/disposable';
import type { CliReply } from '../core/commandLine';

/** How long a second instance waits for its answer, and a running Limber keeps one unclaimed. */
export const CLI_REPLY_TIMEOUT_MS = 10_000;
const MAX_REQUEST_BYTES = 1024;

export function cliSocketPath(userData: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') {
    // Named pipes live in one namespace per machine: one per user data folder.
    return `\\\\.\\pipe\\limber-cli-${createHash('sha256').update(userData.toLowerCase()).digest('hex').slice(0, 16)}`;
  }
  return path.join(userData, 'cli.sock');
}

export interface CliReplyServer extends Disposable {
  /** The answer for the second instance that sent `token` (now, or when it connects). */
  settle(token: string, reply: CliReply): void;
}

const isToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(value);

/**
 * Listens on `socketPath`. Call only while holding the single-instance lock: a socket file left
 * there is then a crashed Limber's, and is replaced.
 */
export function serveCliReplies(socketPath: string, options: { log(message: string): void; timeoutMs?: number }): CliReplyServer {
  const timeoutMs = options.timeoutMs ?? CLI_REPLY_TIMEOUT_MS;
  const ready = new Map<string, { reply: CliReply; expiry: ReturnType<typeof setTimeout> }>();
  const waiting = new Map<string, (reply: CliReply) => void>();
  const isPipe = socketPath.startsWith('\\\\');
  if (!isPipe) {
    // A data folder that cannot be created must not stop Limber starting: the command line then
    // gets no answer (the second launch says so), and the listen error below is logged.
    try {
      mkdirSync(path.dirname(socketPath), { recursive: true });
      rmSync(socketPath, { force: true });
    } catch (error) {
      options.log(`Command-line answers are unavailable (${socketPath}): ${(error as Error).message}`);
    }
  }
  const server = net.createServer((socket) => {
    let received = '';
    const give = (reply: CliReply) => {
      socket.end(`${JSON.stringify(reply)}\n`);
    };
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    const giveUp = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('close', () => clearTimeout(giveUp));
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.length > MAX_REQUEST_BYTES) return void socket.destroy();
      const newline = received.indexOf('\n');
      if (newline < 0) return;
      let token: unknown = null;
      try {
        token = (JSON.parse(received.slice(0, newline)) as { token?: unknown }).token;
      } catch {
        // not ours: answered below as an unknown request
      }
      if (!isToken(token)) return give({ ok: false, text: 'Not a Limber command-line request.' });
      const settled = ready.get(token);
      if (settled) {
        clearTimeout(settled.expiry);
        ready.delete(token);
        return give(settled.reply);
      }
      waiting.set(token, (reply) => {
        waiting.delete(token);
        give(reply);
      });
      socket.on('close', () => waiting.delete(token));
    });
  });
  server.on('error', (error) => options.log(`Command-line answers are unavailable (${socketPath}): ${error.message}`));
  server.listen(socketPath);
  // A tray app's only reason to keep running is Electron; this socket never keeps a test alive.
  server.unref();
  return {
    settle(token, reply) {
      const waiter = waiting.get(token);
      if (waiter) return waiter(reply);
      const expiry = setTimeout(() => ready.delete(token), timeoutMs);
      expiry.unref();
      ready.set(token, { reply, expiry });
    },
    dispose() {
      for (const { expiry } of ready.values()) clearTimeout(expiry);
      ready.clear();
      server.close();
      if (!isPipe) {
        try {
          rmSync(socketPath, { force: true });
        } catch {
          // nothing was created there
        }
      }
    },
  };
}

/**
 * The second instance's side: asks the running Limber for the answer to its command. Retries
 * while the socket is not there yet (the running Limber may itself be starting).
 */
export function askRunningLimber(socketPath: string, token: string, timeoutMs = CLI_REPLY_TIMEOUT_MS): Promise<CliReply> {
  const deadline = Date.now() + timeoutMs;
  const noAnswer: CliReply = { ok: false, text: `Limber is running but did not answer within ${Math.round(timeoutMs / 1000)} s.` };
  return new Promise((resolve) => {
    const attempt = () => {
      let received = '';
      let done = false;
      const socket = net.createConnection(socketPath);
      socket.setEncoding('utf8');
      const finish = (reply: CliReply | null) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        socket.destroy();
        if (reply) return resolve(reply);
        if (Date.now() + 100 >= deadline) return resolve(noAnswer);
        setTimeout(attempt, 100);
      };
      const timer = setTimeout(() => finish(noAnswer), Math.max(0, deadline - Date.now()));
      socket.on('connect', () => socket.write(`${JSON.stringify({ token })}\n`));
      socket.on('data', (chunk: string) => {
        received += chunk;
        const newline = received.indexOf('\n');
        if (newline < 0) return;
        finish(parseReply(received.slice(0, newline)) ?? { ok: false, text: 'Limber sent an answer this version cannot read.' });
      });
      // Not listening yet (ENOENT, ECONNREFUSED), or it closed without an answer: try again.
      socket.on('error', () => finish(null));
      socket.on('close', () => finish(null));
    };
    attempt();
  });
}

function parseReply(line: string): CliReply | null {
  try {
    const value = JSON.parse(line) as Partial<CliReply>;
    return typeof value.ok === 'boolean' && typeof value.text === 'string' ? { ok: value.ok, text: value.text } : null;
  } catch {
    return null;
  }
}
