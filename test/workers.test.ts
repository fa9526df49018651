import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seedCopies } from './helpers/corpus.ts';
import { INGEST, startServer } from './helpers/server.ts';

/** The processes a process has started; ps exits non-zero when there are none. */
function pidsOf(parent: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(parent)], { encoding: 'utf8' }).split('\n').map((s) => Number(s.trim())).filter(Boolean);
  } catch {
    return [];
  }
}

const CLI = new URL('../bin/shabaka.js', import.meta.url).pathname;
const text = 'وصل وزير الخارجية التركي هاكان فيدان إلى طهران أمس الأحد في زيارة رسمية.';

test('WORKERS=2: each worker opens the store; a write through either, or by `shabaka ingest` meanwhile, is seen by both; a dead worker is replaced; SIGTERM stops all', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-workers-'));
  const server = await startServer(dataDir, { workers: 2 });
  const workers = pidsOf(server.child.pid!);
  assert.equal(workers.length, 2);
  // Workers start with the server's V8 flags (no memory reducer), whatever the primary was given.
  for (const pid of workers) assert.ok(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('--no-memory-reducer'), `worker ${pid} flags`);
  for (let i = 0; i < 4; i++) assert.equal((await server.ask(INGEST, { t: text, u: `https://example.org/w${i}` })).body.data.ingestArticle.result, 'created', server.output());
  // Every request below goes to the workers in turn: each sees all four writes, whichever worker made them.
  for (let i = 0; i < 4; i++) {
    const { body } = await server.ask('{ stats { articles } visitors(country: "IR") { subject { name } sourceCount } }');
    assert.equal(body.data.stats.articles, 9);
    assert.deepEqual(body.data.visitors.map((v: any) => [v.subject.name, v.sourceCount]), [['Hakan Fidan', 4]]);
  }
  // The CLI writes while both workers answer queries: no query fails, and the new articles are seen without a restart.
  const corpus = seedCopies(60);
  let querying = true;
  const errors: string[] = [];
  let answered = 0;
  const load = (async () => {
    while (querying) {
      const r = await server.ask('{ visitors(country: "KP") { subject { name } sourceCount } stats { articles } }');
      if (r.status !== 200 || r.body.errors) errors.push(JSON.stringify(r.body.errors ?? r.status));
      answered++;
    }
  })();
  const out = await new Promise<string>((resolve, reject) => execFile(process.execPath, [CLI, 'ingest', '--json', corpus], { env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '' } }, (e, stdout) => (e ? reject(e) : resolve(stdout))));
  querying = false;
  await load;
  assert.equal(JSON.parse(out).articles.created, 60);
  assert.deepEqual(errors, []);
  assert.ok(answered > 3, `${answered} queries answered during the ingest`);
  for (let i = 0; i < 2; i++) assert.equal((await server.ask('{ stats { articles } }')).body.data.stats.articles, 69);
  // A worker that dies is replaced; the server goes on answering.
  process.kill(workers[0]!, 'SIGKILL');
  // Wait for the primary to see the death (on a loaded machine that takes more than a few hundred ms),
  // then every request is answered.
  for (let waited = 0; !/a worker died \(SIGKILL\): starting another/.test(server.output()) && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  assert.match(server.output(), /a worker died \(SIGKILL\): starting another/);
  for (let i = 0; i < 4; i++) assert.equal((await server.ask('{ stats { articles } }')).body.data?.stats.articles, 69);
  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0, server.output());
  assert.deepEqual(pidsOf(server.child.pid!), []);
  const store = new SqliteStore({ dataDir });
  assert.equal((await store.stats()).articles, 69);
  await store.close();
});
