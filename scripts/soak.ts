// `npm run soak`: what analysts and feeds do at once against `shabaka serve` on loopback, bounded in
// time and requests: one ingester, three queriers (1-hop, depth-2 neighbourhoods, paths, search), an
// export of the whole graph every minute from a second process, and a hostile client (parser bombs,
// oversized bodies, cost bombs, subscriptions, bad articles, silent and trickling sockets). Prints
// p50/p99 per operation, errors (anything but the intended refusals) and the server's memory.
// Each client waits thinkMs between its requests, as people and feeds do; thinkMs 0 saturates the
// server (a throughput test, where every latency is mostly queueing).
// Usage: npm run soak -- [seconds=600] [maxRequests=1000000] [thinkMs=100]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticArticle } from '../bench/synthetic.ts';

const seconds = Number(process.argv[2] ?? 600);
const maxRequests = Number(process.argv[3] ?? 1_000_000);
const thinkMs = Number(process.argv[4] ?? 100);
const token = 'soak-token-0123456789abcdef';
const port = 4600 + Math.floor(Math.random() * 300);
const dataDir = mkdtempSync(join(tmpdir(), 'shabaka-soak-'));
const bin = new URL('../bin/shabaka.js', import.meta.url).pathname;
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), API_TOKEN: token, NEO4J_URI: '', RATE_LIMIT_PER_MINUTE: '10000000' };

const child = spawn(process.execPath, ['--no-memory-reducer', bin, 'serve', '--seed'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverErrors = '';
child.stderr.on('data', (d: Buffer) => (serverErrors += d));
await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => String(d).includes('serving') && resolve()));

const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const url = `http://127.0.0.1:${port}/graphql`;
const stats = new Map<string, { ms: number[]; errors: number }>();
let requests = 0;
const started = Date.now();
const deadline = started + seconds * 1000;
const running = () => Date.now() < deadline && requests < maxRequests;
// The hostile client works every other 30 s: cheap queries are compared with and without it in one run,
// on the same machine at the same time (this machine is shared and its speed moves).
const hostileActive = () => Math.floor((Date.now() - started) / 30_000) % 2 === 1;
const failures: string[] = [];
const record = (op: string, ms: number, ok: boolean, why = '') => {
  if (!ok && failures.length < 10) failures.push(`${op} at ${Math.round((Date.now() - started) / 1000)} s after ${ms.toFixed(0)} ms: ${why}`);
  const s = stats.get(op) ?? { ms: [], errors: 0 };
  stats.set(op, s);
  s.ms.push(ms);
  if (!ok) s.errors++;
};

/** One request; `expect` is the status of an intended refusal (the hostile client's), else 200 without errors. */
async function call(op: string, body: string, opts: { auth?: boolean; expect?: number } = {}) {
  requests++;
  const t = performance.now();
  let ok = false;
  let why = '';
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(opts.auth ? { authorization: `Bearer ${token}` } : {}) }, body });
    const json = (await res.json()) as { errors?: { message?: string }[] };
    ok = opts.expect ? res.status === opts.expect : res.status === 200 && !json.errors;
    why = `HTTP ${res.status} ${json.errors?.[0]?.message ?? ''}`;
  } catch (e) {
    why = `${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}`;
  }
  record(op, performance.now() - t, ok, why);
}
const gql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

// The store grows to this many articles (about five minutes of the feed), then articles are replaced:
// memory after that shows whether serving leaks.
const DISTINCT_ARTICLES = 2000;
const INGEST = 'mutation($t: String!, $p: String, $u: String) { ingestArticle(text: $t, metadata: { published: $p, url: $u }) { result } }';
const QUERIES: [string, string][] = [
  ['1-hop', gql('query($p: ID!) { travels(person: $p) { object { name } date status sourceCount } }', { p: 'person:sergey-lavrov' })],
  ['1-hop', gql('query($c: ID!) { visitors(country: $c) { subject { name } date sourceCount sources(first: 3) { outlet evidence } } }', { c: 'KP' })],
  ['depth-2', gql('query($p: ID!) { neighbourhood(id: $p, depth: 2) { nodes { id name } edges { predicate date subject { id } object { id } } } }', { p: 'country:RU' })],
  ['paths', gql('query { paths(from: "Dan Caine", to: "Charles Q. Brown", maxHops: 4) { length nodes { name } } }')],
  ['search', gql('query($q: String!) { search(query: $q) { id name } }', { q: 'لافروف' })],
];
const deep = `{ visitors(country: "KP") { subject { articles { facts { subject { articles { facts { subject { name } } } } } } } } }`;
const costly = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: visitors(country: "KP") { sources(first: 50) { evidence article { title } } }`).join(' ')} }`;
const HOSTILE: [string, string, number, boolean][] = [
  ['hostile: nested JSON', `{"query":"{ stats { articles } }","variables":{"x":${'['.repeat(3_000_000)}${']'.repeat(3_000_000)}}}`, 400, true],
  ['hostile: body over 64 KB', gql('{ stats { articles } }', { pad: 'x'.repeat(200_000) }), 413, false],
  ['hostile: cost bomb', gql(costly), 400, false],
  ['hostile: too deep', gql(deep), 400, false],
  ['hostile: subscription', gql('subscription { stats { articles } }'), 400, false],
  ['hostile: NUL in article', gql(INGEST, { t: `نص\u0000` }), 400, true],
];

const silent: Socket[] = [];
const openSilent = () => {
  const s = connect(port, '127.0.0.1');
  s.on('error', () => {});
  s.resume();
  silent.push(s);
};
const trickle = () => {
  const s = connect(port, '127.0.0.1', () => s.write('GET /health HTTP/1.1\r\nHost: x\r\n'));
  s.on('error', () => {});
  s.resume();
  const t = setInterval(() => s.writable && s.write('X-Slow: 1\r\n'), 500);
  s.once('close', () => clearInterval(t));
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ingester = async () => {
  for (let n = 0; running(); n++) {
    const a = syntheticArticle(n);
    await call('ingest', gql(INGEST, { t: a.text, p: a.published, u: `https://soak.example/${n % DISTINCT_ARTICLES}` }), { auth: true });
    await sleep(thinkMs);
  }
};
const querier = async (k: number) => {
  for (let n = k; running(); n++) {
    const [op, body] = QUERIES[n % QUERIES.length]!;
    await call(op === '1-hop' ? `1-hop, hostile ${hostileActive() ? 'active' : 'quiet'}` : op, body);
    await sleep(thinkMs);
  }
};
const hostile = async () => {
  for (let n = 0; running(); n++) {
    if (!hostileActive()) {
      await sleep(250);
      continue;
    }
    const [op, body, expect, auth] = HOSTILE[n % HOSTILE.length]!;
    await call(op, body, { expect, auth });
    if (n % 20 === 0) {
      for (let i = 0; i < 20; i++) openSilent();
      trickle();
    }
    await sleep(Math.max(100, thinkMs));
  }
};
const exporter = async () => {
  while (running()) {
    for (let waited = 0; waited < 60_000 && running(); waited += 250) await sleep(250);
    if (!running()) break;
    const t = performance.now();
    const out = join(dataDir, 'export.json');
    const r = await new Promise<number | null>((resolve) => spawn(process.execPath, [bin, 'export', '--format', 'json', '--out', out], { env, stdio: 'ignore' }).once('exit', resolve));
    record('export (second process)', performance.now() - t, r === 0, `exit ${r}`);
  }
};

const memory: [number, number][] = [[0, rssMb()]];
const sampler = setInterval(() => memory.push([Math.round((Date.now() - started) / 1000), rssMb()]), 30_000);
await Promise.all([ingester(), querier(0), querier(1), querier(2), hostile(), exporter()]);
clearInterval(sampler);
memory.push([Math.round((Date.now() - started) / 1000), rssMb()]);
const silentClosed = silent.filter((s) => s.destroyed || s.readableEnded).length;
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
for (const s of silent) s.destroy();

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!.toFixed(1);
let errors = 0;
console.log(`soak: ${Math.round((Date.now() - started) / 1000)} s, ${requests} requests, think time ${thinkMs} ms, node ${process.version}, ${spawnSync('nproc').stdout.toString().trim()} cores`);
console.log('| operation | requests | p50 ms | p99 ms | max ms | errors |\n| --- | --- | --- | --- | --- | --- |');
for (const [op, s] of [...stats].sort(([a], [b]) => a.localeCompare(b))) {
  s.ms.sort((a, b) => a - b);
  errors += s.errors;
  console.log(`| ${op} | ${s.ms.length} | ${pct(s.ms, 0.5)} | ${pct(s.ms, 0.99)} | ${s.ms.at(-1)!.toFixed(1)} | ${s.errors} |`);
}
console.log(`silent sockets closed by the server: ${silentClosed} of ${silent.length} (the last ones opened within the idle timeout stay open)`);
console.log(`server RSS MB (seconds: MB): ${memory.map(([t, m]) => `${t}: ${m.toFixed(0)}`).join(', ')}`);
for (const f of failures) console.log(`failed: ${f}`);
const stackTraces = (serverErrors.match(/\n\s+at /g) ?? []).length;
console.log(`errors other than the intended refusals: ${errors}; stack trace lines in the server's log: ${stackTraces}`);
if (serverErrors.trim()) console.log(`server stderr (first lines):\n${serverErrors.split('\n').slice(0, 10).join('\n')}`);
process.exit(errors ? 1 : 0);
