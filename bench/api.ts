// API latency and throughput: a server process holding N synthetic articles, load from this process
// over loopback with autocannon. Targets at 100k articles: 1-hop p99 < 10 ms and >= 2,000 requests/s.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

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

export interface ApiBench { question: string; articles: number; p50: number; p99: number; rps: number; errors: number }

async function startServer(articles: number, port: number) {
  const child = spawn(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', new URL('./api-server.ts', import.meta.url).pathname, String(articles), String(port)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bench server exited ${code}`)));
  });
  return child;
}

export async function benchApi(articles: number, seconds = 10, port = 4399): Promise<ApiBench[]> {
  const child = await startServer(articles, port);
  const out: ApiBench[] = [];
  try {
    for (const [question, { query, variables }] of Object.entries(QUESTIONS)) {
      let k = 0;
      const load = (duration: number) => autocannon({
        url: `http://127.0.0.1:${port}/graphql`, method: 'POST', connections: 8, duration,
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: variables(k++) }) }) }],
      });
      // Two seconds unmeasured first: the server's JIT warms up and the garbage of loading the store is collected.
      await load(2);
      const r = await load(seconds);
      out.push({ question, articles, p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, errors: r.errors + r.non2xx });
    }
  } finally {
    child.kill('SIGTERM');
  }
  return out;
}
