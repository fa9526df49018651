// API latency and throughput: `shabaka serve` on a DATA_DIR of N synthetic articles, with one or more
// worker processes, load from this process over loopback with autocannon. Targets at 100k articles on
// 2 cores: 1-hop p99 < 10 ms and >= 2,000 requests/s.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { SERVER_V8_FLAGS } from '../dist/api/collect-garbage.js';
import { Persistence } from '../dist/store/embedded/persistence.js';
import { syntheticGraph } from './store.ts';

// Clients send one query text with variables, so the server parses and validates it once.
const QUESTIONS: Record<string, { query: string; variables: (n: number) => Record<string, unknown> }> = {
  '1-hop (travels of a person)': {
    query: 'query($p: ID!) { travels(person: $p, filter: { limit: 20 }) { object { id name } date status sourceCount } }',
    variables: (n) => ({ p: `person:bench-${n % 20000}` }),
  },
  'neighbourhood depth 2': {
    query: 'query($p: ID!) { neighbourhood(id: $p, depth: 2, limit: 100) { nodes { id } edges { predicate subject { id } object { id } } } }',
    variables: (n) => ({ p: `person:bench-${n % 20000}` }),
  },
  'path up to 4 hops': {
    query: 'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, limit: 3) { length } }',
    variables: (n) => ({ a: `person:bench-${(n * 7919) % 20000}`, b: `person:bench-${(n * 104729 + 11) % 20000}` }),
  },
};

export interface ApiBench { question: string; articles: number; workers: number; p50: number; p99: number; rps: number; errors: number }

/** A DATA_DIR holding N synthetic articles, written once as a snapshot and kept for later runs. */
function dataDirWith(articles: number): string {
  const dir = join(tmpdir(), `shabaka-bench-api-${articles}`);
  if (!existsSync(join(dir, 'snapshot.ndjson'))) {
    rmSync(dir, { recursive: true, force: true });
    new Persistence(dir).compact((function* () {
      for (let n = 0; n < articles; n++) yield syntheticGraph(n);
    })());
  }
  return dir;
}

/**
 * `shabaka serve` itself, as deployed: production mode, the given number of worker processes, on the
 * embedded store of `dataDir` or (with NEO4J_URI in `store`) on Neo4j.
 */
async function startServer(store: Record<string, string>, workers: number, port: number) {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', ...SERVER_V8_FLAGS, new URL('../bin/shabaka.js', import.meta.url).pathname, 'serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    // The per-client rate limit would turn a load test into a test of the rate limiter.
    env: { ...process.env, NODE_ENV: 'production', NEO4J_URI: '', ...store, WORKERS: String(workers), PORT: String(port), API_TOKEN: '', GRAPHIQL: 'false', RATE_LIMIT_PER_MINUTE: '1000000000' },
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      if (out.includes(workers > 1 ? 'worker processes' : 'serving GraphQL')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`bench server exited ${code}: ${out}`)));
  });
  return child;
}

export async function benchApi(articles: number, workers: number, seconds = 10, port = 4399, store?: Record<string, string>): Promise<ApiBench[]> {
  const child = await startServer(store ?? { DATA_DIR: dataDirWith(articles) }, workers, port);
  const out: ApiBench[] = [];
  try {
    for (const [question, { query, variables }] of Object.entries(QUESTIONS)) {
      let k = 0;
      const load = (duration: number) => autocannon({
        url: `http://127.0.0.1:${port}/graphql`, method: 'POST', connections: 8, duration,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: variables(k++) }) }) }],
      });
      // Five seconds unmeasured first: the JIT compiles the request path and V8 sizes the young
      // generation (its first collections after the load take up to 20 ms, then 2 to 4 ms).
      await load(5);
      const r = await load(seconds);
      out.push({ question, articles, workers, p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.non2xx });
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return out;
}
