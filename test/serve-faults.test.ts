import assert from 'node:assert/strict';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { INGEST, startServer } from './helpers/server.ts';

// API ingests under faults: a file-size limit (as a full disk) and kill -9 during a burst. Every
// ingest the API acknowledged is in the store afterwards, whole, and the store opens.
const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const texts = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));

async function assertAcknowledgedWhole(dataDir: string, acknowledged: string[]) {
  const store = new SqliteStore({ dataDir });
  try {
    for (const id of acknowledged) {
      const a = await store.getArticle(id);
      assert.ok(a, `acknowledged ${id} is missing`);
      assert.ok((await store.facts({ articleId: id })).length > 0, `acknowledged ${id} has no facts`);
    }
    // Whatever is stored is whole: an article's facts are all there with it (each text with one publication date gives the same facts every time).
    const perText = new Map<string, number>();
    for await (const d of store.documents()) {
      const version = `${d.article.hash}|${d.article.published}`;
      const n = perText.get(version);
      if (n === undefined) perText.set(version, d.facts.length);
      else assert.equal(d.facts.length, n, `article ${d.article.id} is partial`);
    }
  } finally {
    await store.close();
  }
}

test('a file-size limit during API ingests: a GraphQL error with a code and HTTP 503, earlier ingests intact, the store opens', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-serve-full-'));
  const server = await startServer(dataDir, { fileLimitKb: 2048 });
  const acknowledged: string[] = [];
  let refused: Awaited<ReturnType<typeof server.ask>> | null = null;
  for (let i = 0; i < 600 && !refused; i++) {
    const r = await server.ask(INGEST, { t: texts[i % texts.length], u: `https://example.org/full/${i}` });
    if (r.body.errors) refused = r;
    else acknowledged.push(r.body.data.ingestArticle.article.id);
  }
  assert.ok(refused, 'the limit was never reached');
  assert.equal(refused.status, 503);
  assert.equal(refused.body.errors![0]!.extensions?.code, 'STORE_WRITE_FAILED');
  assert.match(refused.body.errors![0]!.message, /the store could not write \(SQLITE_[A-Z_]+: .*\); nothing of this request was stored/);
  assert.ok(acknowledged.length > 10, `${acknowledged.length} ingests before the limit`);
  // Queries still answer.
  assert.equal((await server.ask('{ stats { articles } }')).body.data.stats.articles, acknowledged.length + 5);
  server.child.kill('SIGTERM');
  await server.exited;
  await assertAcknowledgedWhole(dataDir, acknowledged);
});

test('kill -9 during a burst of API ingests: every acknowledged article is there, none is partial', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-serve-kill-'));
  const server = await startServer(dataDir);
  const acknowledged: string[] = [];
  const burst = Array.from({ length: 60 }, (_, i) =>
    server.ask(INGEST, { t: texts[i % texts.length], u: `https://example.org/kill/${i}` }).then((r) => {
      if (r.body.data?.ingestArticle) acknowledged.push(r.body.data.ingestArticle.article.id);
    }),
  );
  while (acknowledged.length < 5) await new Promise((r) => setTimeout(r, 5));
  server.child.kill('SIGKILL');
  await Promise.allSettled(burst);
  await server.exited;
  assert.ok(acknowledged.length < 60, 'the server answered every ingest before it was killed');
  await assertAcknowledgedWhole(dataDir, acknowledged);
});
