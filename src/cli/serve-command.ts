import { collectGarbage } from '../api/collect-garbage.ts';
import { createApp, listen } from '../api/server.ts';
import cluster from 'node:cluster';
import { readConfig, type Config } from '../config.ts';
import { runPrimary } from '../api/workers/primary.ts';
import { ROLE_VARIABLE, type WorkerRole } from '../api/workers/messages.ts';
import { openWorkerStore } from '../api/workers/worker-store.ts';
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
  if (cluster.isPrimary && config.workers > 1) {
    // Several processes share PORT; the primary only starts and relays (src/api/workers).
    return runPrimary(io, { workers: config.workers, embedded: !config.neo4j, ready: () => announce(io, config, config.neo4j ? 'neo4j' : 'embedded') });
  }
  const role = cluster.isWorker ? (process.env[ROLE_VARIABLE] as WorkerRole) : null;
  const store = role ? await openWorkerStore(config, role) : await openStore(config);
  if (opts.seed && role !== 'replica' && (await store.stats()).articles === 0) {
    const s = await ingestPaths(store, [SEEDS]);
    io.stdout(`store was empty: ingested ${s.articles.created} seed articles (${s.facts} facts)`);
  }
  if (store.kind === 'embedded') collectGarbage();
  const app = createApp(store, { apiToken: config.apiToken, graphiql: config.graphiql, limits: config.limits, maxArticleBytes: config.maxArticleBytes });
  const server = await listen(app, config.port, '0.0.0.0', config.http);
  if (role) process.send!({ t: 'ready' });
  else announce(io, config, store.kind);
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      if (!role) io.stdout(`${signal}: finishing requests in flight, then closing the store`);
      void server.drain().then(async () => {
        await store.close();
        resolve(0);
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}

function announce(io: Io, config: Config, kind: string): void {
  io.stdout(`shabaka (${kind} store) serving GraphQL at http://localhost:${config.port}/graphql`);
  io.stdout(`graph explorer at http://localhost:${config.port}/explore`);
  if (!config.apiToken) io.stdout('mutations are disabled: set API_TOKEN to enable ingestArticle and retractArticle');
}
