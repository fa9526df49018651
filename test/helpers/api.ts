import { createApp } from '../../src/api/server.ts';
import { readConfig } from '../../src/config.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { seedGraphs } from './seed-graphs.ts';

export const TOKEN = 'test-token-0123456789abcdef';

export type StoreKind = 'embedded' | 'neo4j';

/** The API over a store holding the seeds (embedded, or the Neo4j of NEO4J_URI), asked in process through yoga.fetch. */
export async function seededApi(opts: { apiToken?: string | null; store?: StoreKind } = {}) {
  const store = await testStore(opts.store ?? 'embedded');
  for (const d of seedGraphs()) await store.putArticle(d);
  const app = createApp(store, { apiToken: opts.apiToken === undefined ? TOKEN : opts.apiToken });
  const ask = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  return { app, store, ask };
}

async function testStore(kind: StoreKind): Promise<GraphStore> {
  const neo = kind === 'neo4j' ? readConfig(process.env, false).neo4j : null;
  if (neo) {
    const store = Neo4jStore.connect(neo);
    await store.init();
    for (const a of await store.listArticles({ limit: 100 })) await store.retractArticle(a.id);
    return store;
  }
  const store = new SqliteStore({ dataDir: null });
  await store.init();
  return store;
}
