import { createApp } from '../../src/api/server.ts';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { seedGraphs } from './seed-graphs.ts';

export const TOKEN = 'test-token-0123456789abcdef';

/** The API over an in-memory store holding the seeds, asked in process through yoga.fetch. */
export async function seededApi(opts: { apiToken?: string | null } = {}) {
  const store = new EmbeddedStore({ dataDir: null });
  await store.init();
  for (const d of seedGraphs()) await store.putArticle(d);
  const app = createApp(store, { apiToken: opts.apiToken === undefined ? TOKEN : opts.apiToken });
  const ask = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  return { app, store, ask };
}
