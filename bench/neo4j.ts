// Neo4j beside the embedded (SQLite) store, in one run: ingest (facts/s at 10k and 100k facts, one transaction
// per article, rows per UNWIND = NEO4J_BATCH_SIZE) into a local Neo4j 5 community server started with
// neo4j-local, then the API's 1-hop, depth-2 and 4-hop questions on 10k articles served from it and
// from the embedded store. Targets: >= 5,000 facts/s ingest, 1-hop p99 < 25 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jStore } from '../dist/store/neo4j/neo4j-store.js';
import { startLocalNeo4j } from '../scripts/neo4j-local/launcher.ts';
import { benchApi, type ApiBench } from './api.ts';
import { benchStore, syntheticGraph } from './store.ts';

const PASSWORD = 'bench-password';
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const line = (store: string, r: ApiBench) => console.log(`api ${store}, ${r.articles} articles, ${r.question}: p50 ${r.p50} ms, p99 ${r.p99} ms, ${fmt(r.rps)} requests/s, ${r.errors} errors`);

/** Articles per transaction: 1 as the API's ingestArticle writes, 100 as `shabaka ingest` does. */
async function ingest(store: Neo4jStore, articles: number, first: number, perTransaction: number): Promise<{ facts: number; seconds: number }> {
  let facts = 0;
  let nanos = 0n;
  for (let start = first; start < first + articles; start += 1000) {
    const made = Array.from({ length: Math.min(1000, first + articles - start) }, (_, i) => syntheticGraph(start + i));
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < made.length; i += perTransaction) {
      const docs = made.slice(i, i + perTransaction);
      for (const d of docs) facts += d.facts.length;
      if (perTransaction === 1) await store.putArticle(docs[0]!);
      else await store.putArticles(docs);
    }
    nanos += process.hrtime.bigint() - t0;
  }
  return { facts, seconds: Number(nanos) / 1e9 };
}

export async function benchNeo4j(): Promise<void> {
  const sizes = (process.env.BENCH_NEO4J_SIZES ?? '10000,100000').split(',').filter(Boolean).map(Number);
  const apiArticles = Number(process.env.BENCH_NEO4J_API_ARTICLES ?? 10000);
  const batchSize = Number(process.env.NEO4J_BATCH_SIZE ?? 500);
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-bench-neo4j-'));
  const server = await startLocalNeo4j({ dir, port: 0, password: PASSWORD, heap: process.env.NEO4J_LOCAL_HEAP ?? '2g', pagecache: process.env.NEO4J_LOCAL_PAGECACHE ?? '1g', stopWithParent: true, log: 'ignore' });
  const config = { uri: server.uri, user: 'neo4j', password: PASSWORD, database: 'neo4j', batchSize };
  try {
    let next = 0;
    for (const n of sizes) {
      const store = Neo4jStore.connect(config);
      await store.init();
      // A short warm-up outside the clock: the JVM compiles the write path, the driver opens its pool.
      await ingest(store, 200, next, 100);
      next += 200;
      // One article per transaction (as the API's ingestArticle writes) only at the smaller size: it is slow.
      for (const perTransaction of n <= 10_000 ? [100, 1] : [100]) {
        const articles = Math.ceil(n / 20);
        const r = await ingest(store, articles, next, perTransaction);
        next += articles;
        console.log(`store neo4j: ${r.facts} facts in ${fmt(r.seconds)} s -> ${fmt(r.facts / r.seconds)} facts/s (${perTransaction} article${perTransaction > 1 ? 's' : ''} per transaction, up to ${batchSize} rows per UNWIND, ${next} articles stored after)`);
      }
      await store.close();
      const mem = await benchStore(n);
      console.log(`store embedded (SQLite), same run: ${mem.facts} facts -> ${fmt(mem.bulkFactsPerSecond)} facts/s`);
    }
    // The API on Neo4j at apiArticles: top up the store to exactly that many articles.
    const store = Neo4jStore.connect(config);
    await store.init();
    if (next < apiArticles) await ingest(store, apiArticles - next, next, 100);
    await store.close();
    const env = { NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: PASSWORD, NEO4J_DATABASE: 'neo4j' };
    const seconds = Number(process.env.BENCH_SECONDS ?? 10);
    // Both stores hold the same synthetic articles 0 .. total-1.
    const total = Math.max(apiArticles, next);
    for (const r of await benchApi(total, 1, seconds, 4398, env)) line('neo4j', r);
    for (const r of await benchApi(total, 1, seconds, 4399)) line('embedded', r);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
