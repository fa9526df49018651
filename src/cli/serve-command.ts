import { createApp, listen } from '../api/server.ts';
import { readConfig } from '../config.ts';
import { ingestPaths } from '../ingest/ingest.ts';
import { openStore } from '../store/open-store.ts';
import type { Io } from './main.ts';

/** The seeds shipped with the package, ingested into an empty store on first start. */
const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

/**
 * Serves the API until SIGTERM or SIGINT, then stops taking requests, lets those in flight finish,
 * closes the store (or the Neo4j driver) and exits 0.
 */
export async function serve(io: Io, opts: { seed: boolean }): Promise<number> {
  const config = readConfig();
  const store = await openStore(config);
  if (opts.seed && (await store.stats()).articles === 0) {
    const s = await ingestPaths(store, [SEEDS]);
    io.stdout(`store was empty: ingested ${s.articles.created} seed articles (${s.facts} facts)`);
  }
  const app = createApp(store, { apiToken: config.apiToken, graphiql: config.graphiql, limits: config.limits });
  const server = await listen(app, config.port, '0.0.0.0', config.limits.requestTimeoutMs);
  io.stdout(`shabaka (${store.kind} store) serving GraphQL at http://localhost:${config.port}/graphql`);
  io.stdout(`graph explorer at http://localhost:${config.port}/explore`);
  if (!config.apiToken) io.stdout('mutations are disabled: set API_TOKEN to enable ingestArticle and retractArticle');
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      io.stdout(`${signal}: finishing requests in flight, then closing the store`);
      void server.drain().then(async () => {
        await store.close();
        resolve(0);
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
