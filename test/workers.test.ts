import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.ts';

const TOKEN = 'workers-test-token-0123456789';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** The processes a process has started; ps exits non-zero when there are none. */
function pidsOf(parent: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' }).split('\n').map((s) => Number(s.trim())).filter(Boolean);
  } catch {
    return [];
  }
}

test('WORKERS=2: a writer and a replica share the port; a write through either is seen by both; SIGTERM stops all', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-workers-'));
  const port = await freePort();
  const primary = spawn(process.execPath, [new URL('../bin/shabaka.js', import.meta.url).pathname, 'serve', '--seed'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), API_TOKEN: TOKEN, NEO4J_URI: '', WORKERS: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
  let output = '';
  primary.stderr.on('data', (d: Buffer) => (output += d));
  await new Promise<void>((resolve, reject) => {
    primary.stdout.on('data', (d: Buffer) => {
      output += d;
      if (output.includes('worker processes')) resolve();
    });
    void exited.then((code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
  // The writer is the worker holding DATA_DIR's lock.
  const writer = Number(readFileSync(join(dataDir, 'writer.lock'), 'utf8'));
  const workers = pidsOf(primary.pid!);
  assert.equal(workers.length, 2);
  assert.ok(workers.includes(writer), output);
  const replica = workers.find((p) => p !== writer)!;
  // Workers start with the server's V8 flags (no memory reducer), whatever the primary was given.
  for (const pid of workers) assert.ok(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--no-memory-reducer'), `worker ${pid} flags`);
  // A new connection per request (no agent, no pool): cluster hands connections to the workers in turn.
  const ask = (query: string, variables?: unknown, timeoutMs = 10_000) =>
    new Promise<{ data: any }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, timeout: timeoutMs,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(JSON.parse(body)));
      });
      req.on('timeout', () => req.destroy(new Error('no answer')));
      req.on('error', reject);
      req.end(JSON.stringify({ query, variables }));
    });
  const ingest = 'mutation($t: String!, $u: String) { ingestArticle(text: $t, metadata: { published: "2025-08-04", url: $u }) { result } }';
  const text = 'وصل وزير الخارجية التركي هاكان فيدان إلى طهران أمس الأحد في زيارة رسمية.';
  for (let i = 0; i < 4; i++) assert.equal((await ask(ingest, { t: text, u: `https://example.org/w${i}` })).data.ingestArticle.result, 'created', output);
  // With the writer stopped, the connections handed to it go unanswered and those handed to the
  // replica are answered: it holds every write, its own included.
  process.kill(writer, 'SIGSTOP');
  let answered: any[];
  try {
    const asked = Array.from({ length: 4 }, () => ask('{ stats { articles } visitors(country: "IR") { subject { name } sourceCount } }', undefined, 2000));
    answered = (await Promise.allSettled(asked)).flatMap((r) => (r.status === 'fulfilled' ? [r.value.data] : []));
  } finally {
    process.kill(writer, 'SIGCONT');
  }
  assert.ok(answered.length >= 1 && answered.length < 4, `${answered.length} of 4 answered`);
  for (const d of answered) {
    assert.equal(d.stats.articles, 9);
    assert.deepEqual(d.visitors.map((v: any) => [v.subject.name, v.sourceCount]), [['Hakan Fidan', 4]]);
  }
  // A replica that dies is replaced; the server goes on answering.
  process.kill(replica, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  for (let i = 0; i < 4; i++) assert.equal((await ask('{ stats { articles } }')).data.stats.articles, 9);
  assert.match(output, /a replica died \(SIGKILL\): starting another/);
  primary.kill('SIGTERM');
  assert.equal(await exited, 0, output);
  assert.deepEqual(pidsOf(primary.pid!), []);
  const store = new EmbeddedStore({ dataDir });
  await store.init();
  assert.equal((await store.stats()).articles, 9);
  await store.close();
});
