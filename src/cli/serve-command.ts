import { warmEntitySearch } from '../api/search/entity-search.ts';
import { createApp, listen } from '../api/server.ts';
import cluster from 'node:cluster';
import { readConfig, type Config } from '../config.ts';
import { runPrimary } from '../api/workers/primary.ts';
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
  if (cluster.isPrimary) await prepareStore(io, config, opts.seed);
  if (cluster.isPrimary && config.workers > 1) {
    // Several processes share PORT; each opens the store (src/api/workers).
    return runPrimary(io, { workers: config.workers, ready: () => announce(io, config, config.neo4j ? 'neo4j' : 'embedded') });
  }
  const store = await openStore(config);
  warmEntitySearch();
  const app = createApp(store, { apiToken: config.apiToken, graphiql: config.graphiql, limits: config.limits, corsOrigins: config.corsOrigins, maxArticleBytes: config.maxArticleBytes });
  const server = await listen(app, config.port, config.host, config.http);
  if (cluster.isWorker) process.send!({ t: 'ready' });
  else announce(io, config, store.kind);
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      if (cluster.isPrimary) io.stdout(`${signal}: finishing requests in flight, then closing the store`);
      void server.drain().then(async () => {
        await store.close();
        resolve(0);
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

/**
 * Once, before any worker serves: opening the store creates or converts it, and --seed puts the seed
 * articles into an empty one.
 */
async function prepareStore(io: Io, config: Config, seed: boolean): Promise<void> {
  const store = await openStore(config);
  try {
    if (!seed || (await store.stats()).articles > 0) return;
    const s = await ingestPaths(store, [SEEDS]);
    io.stdout(`store was empty: ingested ${s.articles.created} seed articles (${s.facts} facts)`);
  } finally {
    await store.close();
  }
}

function announce(io: Io, config: Config, kind: string): void {
  const at = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  io.stdout(`shabaka (${kind} store) serving GraphQL at ${at}/graphql (listening on ${config.host})`);
  io.stdout(`graph explorer at ${at}/explore, start page at ${at}/`);
  if (!config.apiToken) io.stdout('mutations are disabled: set API_TOKEN to enable ingestArticle and retractArticle');
}
