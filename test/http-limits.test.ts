import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, describe, test } from 'node:test';
import { createApp, listen, type ApiServer } from '../src/api/server.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

// Hostile sockets on loopback against a real server with small limits. The assertions are about what
// the server does (closes, refuses, answers); the time bounds are generous safety nets, many times the limits.
const servers: ApiServer[] = [];
after(() => Promise.all(servers.map((s) => s.drain(500, 0))));

async function serve(http: Parameters<typeof listen>[3]) {
  const server = await listen(createApp(new SqliteStore({ dataDir: null }), { apiToken: null }), 0, '127.0.0.1', http);
  servers.push(server);
  return { server, port: (server.address() as { port: number }).port };
}

const open = (port: number) => new Promise<Socket>((resolve, reject) => {
  const s = connect(port, '127.0.0.1', () => resolve(s));
  s.resume(); // a paused socket never sees the server's FIN
  s.once('error', reject);
});
/** Resolves with true when the server closes the socket, false when it is still open after `ms`. */
const closedWithin = (s: Socket, ms: number) => new Promise<boolean>((resolve) => {
  if (s.destroyed || s.readableEnded) return resolve(true);
  const t = setTimeout(() => resolve(false), ms);
  s.once('close', () => (clearTimeout(t), resolve(true)));
});

describe('HTTP server limits', () => {
  test('a socket that sends nothing is closed after the idle timeout', async () => {
    const { port } = await serve({ headersTimeoutMs: 200, requestTimeoutMs: 300, idleTimeoutMs: 300 });
    const silent = await Promise.all(Array.from({ length: 20 }, () => open(port)));
    const closed = await Promise.all(silent.map((s) => closedWithin(s, 5_000)));
    assert.deepEqual(closed, silent.map(() => true));
  });

  test('a client trickling its headers is cut at the headers timeout, not Node\'s 30 s check', async () => {
    const { port } = await serve({ headersTimeoutMs: 200, requestTimeoutMs: 400, idleTimeoutMs: 5_000 });
    const s = await open(port);
    let answer = '';
    s.on('data', (d) => (answer += d));
    s.write('GET /health HTTP/1.1\r\nHost: x\r\n');
    const trickle = setInterval(() => s.writable && s.write('X-Slow: 1\r\n'), 50);
    const closed = await closedWithin(s, 5_000);
    clearInterval(trickle);
    assert.ok(closed, 'still open after 5 s');
    assert.match(answer, /^HTTP\/1\.1 408/);
  });

  test('at the connection limit, silent sockets make room for a real request', async () => {
    const { server, port } = await serve({ maxConnections: 20, idleTimeoutMs: 60_000, requestTimeoutMs: 60_000, headersTimeoutMs: 60_000 });
    const silent: Socket[] = [];
    for (let i = 0; i < 30; i++) silent.push(await open(port).catch(() => connect(1)));
    await new Promise((r) => setTimeout(r, 300));
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    assert.equal(res.status, 200);
    const count = await new Promise<number>((r) => server.getConnections((_, n) => r(n)));
    assert.ok(count <= 20, `${count} connections open`);
    const stillOpen = silent.filter((s) => !s.destroyed && !s.readableEnded).length;
    assert.ok(stillOpen < 20, `${stillOpen} silent sockets still open`);
    for (const s of silent) s.destroy();
  });

  test('at the limit with every connection busy, a new one is refused rather than queued', async () => {
    const { port } = await serve({ maxConnections: 4, idleTimeoutMs: 60_000, requestTimeoutMs: 60_000, headersTimeoutMs: 60_000 });
    // A request whose body never comes keeps its connection busy.
    const busy = await Promise.all(Array.from({ length: 4 }, () => open(port)));
    for (const s of busy) s.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{');
    await new Promise((r) => setTimeout(r, 300));
    const extra = await open(port);
    assert.ok(await closedWithin(extra, 5_000), 'the fifth connection was kept');
    for (const s of busy) s.destroy();
  });
});
