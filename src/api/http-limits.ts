import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Limits set on the HTTP server itself, before a request reaches GraphQL. */
export interface HttpLimits {
  /** the request line and headers must arrive within this */
  headersTimeoutMs: number;
  /** the whole request (headers and body) must arrive within this */
  requestTimeoutMs: number;
  /** a kept-alive connection with no new request is closed after this */
  keepAliveTimeoutMs: number;
  /** a connection that sends and receives nothing (a silent socket, a stalled answer) is closed after this */
  idleTimeoutMs: number;
  /** open connections at most; near the limit the longest-idle ones are closed to make room */
  maxConnections: number;
}

/** The soft limit on open files, where the system says it (Linux); sockets count against it. */
function openFileLimit(): number | null {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** 1,024, or fewer when the process may open fewer files (64 are left for the store, logs and the listener). */
export function defaultMaxConnections(): number {
  const files = openFileLimit();
  return files === null ? 1024 : Math.max(16, Math.min(1024, files - 64));
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxConnections: defaultMaxConnections(),
};

/**
 * Options for http.createServer. Node checks headers and request timeouts on a timer
 * (connectionsCheckingInterval, 30 s by default), so a client trickling its headers was cut 30 s late;
 * the timer runs at a quarter of the headers timeout here (at most once a second).
 */
export function serverOptions(l: HttpLimits) {
  return {
    headersTimeout: l.headersTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(l.headersTimeoutMs / 4))),
  };
}

/** A connection this young is not shed before the hard limit: its request may be on its way. */
const SHED_MIN_AGE_MS = 200;

/**
 * Idle timeout and connection limit. A plain limit (Node's maxConnections) would let silent sockets
 * keep every real client out until they time out: instead, near the limit the connections with no
 * request in flight, idle longest, are closed, and at the limit a new connection takes the place of
 * the longest-idle one; it is refused only when every connection is busy.
 */
export function applyHttpLimits(server: Server, l: HttpLimits): void {
  const reserve = Math.max(1, Math.floor(l.maxConnections / 10));
  const open = new Map<Socket, { busy: number; lastActive: number }>();
  const close = (socket: Socket) => {
    open.delete(socket);
    socket.destroy();
  };
  const idleSince = (before: number, except: Socket) =>
    [...open].filter(([s, st]) => s !== except && st.busy === 0 && st.lastActive < before).sort((a, b) => a[1].lastActive - b[1].lastActive);
  // A socket that never sent a byte was never closed: Node's headers timeout starts with the first
  // byte, and socket timers (server.timeout) are pushed back by Node's own connection checks. A sweep
  // closes connections with no request in flight and no answer for idleTimeoutMs.
  const sweep = setInterval(() => {
    const before = Date.now() - l.idleTimeoutMs;
    for (const [socket, state] of open) if (state.busy === 0 && state.lastActive < before) close(socket);
  }, Math.max(50, Math.min(1000, Math.floor(l.idleTimeoutMs / 4))));
  sweep.unref();
  server.once('close', () => clearInterval(sweep));
  server.on('connection', (socket: Socket) => {
    const now = Date.now();
    open.set(socket, { busy: 0, lastActive: now });
    socket.once('close', () => open.delete(socket));
    if (open.size > l.maxConnections) {
      const oldest = idleSince(now + 1, socket)[0];
      close(oldest ? oldest[0] : socket);
    } else if (open.size >= l.maxConnections - reserve) {
      for (const [s] of idleSince(now - SHED_MIN_AGE_MS, socket).slice(0, reserve)) close(s);
    }
  });
  server.on('request', (req, res) => {
    const state = open.get(req.socket);
    if (!state) return;
    state.busy++;
    res.once('close', () => {
      state.busy--;
      state.lastActive = Date.now();
    });
  });
}
