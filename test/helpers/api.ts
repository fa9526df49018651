import { createApp } from '../../src/api/server.ts';
import { readConfig } from '../../src/config.ts';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../src/store/graph-store.ts';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store.ts';
import { seedGraphs } from './seed-graphs.ts';

export const TOKEN = 'test-token-0123456789abcdef';

/**
 * The API over a store holding the seeds, asked in process through yoga.fetch: the embedded store,
 * or Neo4j when SHABAKA_TEST_NEO4J=1 and NEO4J_URI are set (the API suite is then run against it).
 */
export async function seededApi(opts: { apiToken?: string | null } = {}) {
  const store = await testStore();
  for (const d of seedGraphs()) await store.putArticle(d);
  const app = createApp(store, { apiToken: opts.apiToken === undefined ? TOKEN : opts.apiToken });
  const ask = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  return { app, store, ask };
}

async function testStore(): Promise<GraphStore> {
  const neo = process.env.SHABAKA_TEST_NEO4J === '1' ? readConfig(process.env, false).neo4j : null;
  if (neo) {
    const store = Neo4jStore.connect(neo);
    await store.init();
    for (const a of await store.listArticles({ limit: 100 })) await store.retractArticle(a.id);
    return store;
  }
  const store = new EmbeddedStore({ dataDir: null });
  await store.init();
  return store;
}
