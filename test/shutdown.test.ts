import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const TOKEN = 'shutdown-test-token-0123456789';

test('SIGTERM during requests: requests in flight complete, exit 0, the store reloads intact', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-shutdown-'));
  const port = 4500 + Math.floor(Math.random() * 400);
  const child = spawn(process.execPath, [new URL('../bin/shabaka.js', import.meta.url).pathname, 'serve', '--seed'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), API_TOKEN: TOKEN, NEO4J_URI: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // Listen for the exit from the start: it may come while the test awaits something else.
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      if (output.includes('serving GraphQL')) resolve();
    });
    void exited.then((code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const ask = (query: string, variables?: unknown) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query, variables }) });
  const text = 'وصل وزير الخارجية التركي هاكان فيدان إلى طهران أمس الأحد في زيارة رسمية.';
  const inflight = [
    ...Array.from({ length: 20 }, () => ask('{ visitors(country: "KP") { subject { name } sources { evidence } } }')),
    ...Array.from({ length: 5 }, (_, i) => ask('mutation($t: String!, $u: String) { ingestArticle(text: $t, metadata: { published: "2025-03-03", url: $u }) { result } }', { t: text, u: `https://example.org/${i}` })),
  ];
  await new Promise((r) => setTimeout(r, 5));
  child.kill('SIGTERM');
  const responses = await Promise.allSettled(inflight);
  const exitCode = await exited;
  assert.equal(exitCode, 0, output);
  // Every request sent before SIGTERM is answered: the server keeps accepting for a moment, then drains.
  const statuses = responses.map((r) => (r.status === 'fulfilled' ? r.value.status : String(r.reason?.cause?.code ?? r.reason)));
  assert.deepEqual(statuses, statuses.map(() => 200));
  const store = new SqliteStore({ dataDir });
  await store.init();
  const stats = await store.stats();
  assert.ok(stats.articles >= 5, `articles: ${stats.articles}`);
  const ingested = (await store.listArticles({ limit: 100 })).filter((a) => a.url?.startsWith('https://example.org/')).length;
  assert.equal(stats.articles, 5 + ingested);
  await store.close();
});
