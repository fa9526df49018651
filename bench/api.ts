// API latency and throughput: `shabaka serve` on a DATA_DIR of N synthetic articles, with one or more
// worker processes, load from this process over loopback with autocannon. Targets at 100k articles on
// 2 cores: 1-hop p99 < 10 ms and >= 2,000 requests/s; the first page of a hub's visitors p99 < 20 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { SERVER_V8_FLAGS } from '../dist/api/v8-flags.js';
import { fill } from './store.ts';

// Clients send one query text with variables, so the server parses and validates it once. `hub` is
// the country with the most visits; /ready is a GET.
type Question = { query: string; variables: (n: number, hub: string) => Record<string, unknown> } | { get: string };
const QUESTIONS: Record<string, Question> = {
  '/ready': { get: '/ready' },
  'stats': { query: '{ stats { articles facts { key count } } }', variables: () => ({}) },
  'articles (newest 20)': { query: '{ articles(limit: 20) { id title published } }', variables: () => ({}) },
  'search (a name prefix)': {
    query: 'query($q: String!) { search(query: $q, limit: 10) { id name } }',
    variables: (n) => ({ q: `person:bench-${n % 2000}` }),
  },
  '1-hop (travels of a person)': {
    query: 'query($p: ID!) { travels(person: $p, filter: { limit: 20 }) { object { id name } date status sourceCount } }',
    variables: (n) => ({ p: `person:bench-${n % 20000}` }),
  },
  'hub: visitors of the most visited country, first 20': {
    query: 'query($c: ID!) { visitors(country: $c, filter: { limit: 20 }) { subject { id name } date status sourceCount } }',
    variables: (_n, hub) => ({ c: hub }),
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

export interface ApiBench { question: string; articles: number; workers: number; p50: number; p99: number; rps: number; errors: number; rssMb: number }

/** A DATA_DIR holding N synthetic articles (20 facts each), written once and kept for later runs; and its hub country. */
async function dataDirWith(articles: number): Promise<{ dir: string; hub: string }> {
  const dir = join(tmpdir(), `shabaka-bench-sqlite-${articles}`);
  const done = join(dir, 'complete');
  if (!existsSync(done)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await fill(dir, articles * 20);
    const db = new Database(join(dir, 'shabaka.db'), { readonly: true });
    const hub = db.prepare("SELECT object FROM facts WHERE predicate = 'VISITED' GROUP BY object ORDER BY count(*) DESC LIMIT 1").pluck().get() as string;
    db.close();
    writeFileSync(done, hub);
  }
  return { dir, hub: readFileSync(done, 'utf8') };
}

/** Resident memory of a process and its workers, in MB. */
export function rssMb(pid: number): number {
  const kids = existsSync(`/proc/${pid}/task/${pid}/children`) ? readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number) : [];
  return [pid, ...kids].reduce((sum, p) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024, 0);
}

/**
 * `shabaka serve` itself, as deployed: production mode, the given number of worker processes, on the
 * embedded store of a DATA_DIR or (with NEO4J_URI in `store`) on Neo4j. Node's default heap: neither
 * store is in the heap.
 */
async function startServer(store: Record<string, string>, workers: number, port: number) {
  const child = spawn(process.execPath, [...SERVER_V8_FLAGS, new URL('../bin/shabaka.js', import.meta.url).pathname, 'serve'], {
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
  // The SQLite DATA_DIR also names the hub country the questions ask about (the same synthetic articles go to Neo4j).
  const { dir, hub } = await dataDirWith(articles);
  const child: ChildProcess = await startServer(store ?? { DATA_DIR: dir }, workers, port);
  const out: ApiBench[] = [];
  const only = process.env.BENCH_API_QUESTIONS?.split(',');
  try {
    for (const [question, q] of Object.entries(QUESTIONS)) {
      if (only && !only.some((o) => question.startsWith(o))) continue;
      let k = 0;
      const load = (duration: number) => 'get' in q
        ? autocannon({ url: `http://127.0.0.1:${port}${q.get}`, connections: 8, duration })
        : autocannon({
          url: `http://127.0.0.1:${port}/graphql`, method: 'POST', connections: 8, duration,
          headers: { 'content-type': 'application/json' },
          requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query: q.query, variables: q.variables(k++, hub) }) }) }],
        });
      // A few seconds unmeasured first: the JIT compiles the request path and SQLite's page cache warms.
      await load(Math.min(5, seconds));
      const r = await load(seconds);
      out.push({ question, articles, workers, p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.non2xx, rssMb: rssMb(child.pid!) });
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return out;
}
