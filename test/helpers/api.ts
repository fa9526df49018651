import { createApp } from '../../src/api/server.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { clearNeo4j, lockNeo4j, neo4jTestConfig } from './neo4j-test.ts';
import { seedGraphs } from './seed-graphs.ts';

export const TOKEN = 'test-token-0123456789abcdef';

export type StoreKind = 'embedded' | 'neo4j';

/** The API over a store holding the seeds (embedded, or the test run's Neo4j), asked in process through yoga.fetch. */
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
  const neo = kind === 'neo4j' ? neo4jTestConfig : null;
  if (neo) {
    await lockNeo4j();
    const store = Neo4jStore.connect(neo);
    await store.init();
    await clearNeo4j();
    return store;
  }
  const store = new SqliteStore({ dataDir: null });
  await store.init();
  return store;
}
