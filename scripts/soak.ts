// `npm run soak`: ingests and queries at once against a server on loopback, for a bounded time and number
// of requests, then reports errors (target 0), p99 latency and the server's memory at start and end.
// Usage: npm run soak -- [seconds=180] [maxRequests=200000]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticArticle } from '../bench/synthetic.ts';

const seconds = Number(process.argv[2] ?? 180);
const maxRequests = Number(process.argv[3] ?? 200_000);
const token = 'soak-token-0123456789abcdef';
const port = 4600 + Math.floor(Math.random() * 300);
const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-soak-'));

const child = spawn(process.execPath, [new URL('../bin/shabaka.js', import.meta.url).pathname, 'serve', '--seed'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), API_TOKEN: token, NEO4J_URI: '', RATE_LIMIT_PER_MINUTE: '10000000' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => String(d).includes('serving') && resolve()));

const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const url = `http://127.0.0.1:${port}/graphql`;
const latencies: number[] = [];
let errors = 0;
let requests = 0;
const memory: number[] = [rssMb()];
const deadline = Date.now() + seconds * 1000;
const running = () => Date.now() < deadline && requests < maxRequests;

async function call(query: string, variables: Record<string, unknown>, auth = false) {
  requests++;
  const t = performance.now();
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { errors?: unknown[] };
    if (res.status !== 200 || body.errors) errors++;
  } catch {
    errors++;
  }
  latencies.push(performance.now() - t);
}

const INGEST = 'mutation($t: String!, $p: String, $u: String) { ingestArticle(text: $t, metadata: { published: $p, url: $u }) { result } }';
const QUERIES = [
  ['query($c: ID!) { visitors(country: $c) { subject { name } date sourceCount } }', { c: 'KP' }],
  ['query($p: ID!) { neighbourhood(id: $p, depth: 2) { nodes { id } edges { predicate } } }', { p: 'person:sergey-lavrov' }],
  ['query { stats { articles facts { key count } } }', {}],
  ['query($q: String!) { search(query: $q) { id } }', { q: 'لافروف' }],
] as const;

const ingester = async () => {
  for (let n = 0; running(); n++) {
    const a = syntheticArticle(n);
    await call(INGEST, { t: a.text, p: a.published, u: `https://soak.example/${n % 5000}` }, true);
  }
};
const querier = async (k: number) => {
  for (let n = k; running(); n++) {
    const [q, v] = QUERIES[n % QUERIES.length]!;
    await call(q, v);
  }
};
const sampler = setInterval(() => memory.push(rssMb()), 10_000);
await Promise.all([ingester(), querier(0), querier(1), querier(2)]);
clearInterval(sampler);
memory.push(rssMb());
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
console.log(`soak: ${seconds} s, ${requests} requests (ingest and queries at once), ${errors} errors`);
console.log(`latency p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`);
console.log(`server RSS MB every 10 s: ${memory.map((m) => m.toFixed(0)).join(' ')}`);
process.exit(errors ? 1 : 0);
