import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';

export const SERVER_TOKEN = 'server-test-token-0123456789';
const CLI = new URL('../../bin/shabaka.js', import.meta.url).pathname;

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

export interface GraphQLAnswer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/**
 * `shabaka serve --seed` (compiled) on a free loopback port, optionally with several workers or under
 * `ulimit -f` (KB); resolves once it serves. ask() opens a new connection per request, so cluster hands
 * requests to the workers in turn.
 */
export async function startServer(dataDir: string, opts: { workers?: number; fileLimitKb?: number } = {}) {
  const port = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), API_TOKEN: SERVER_TOKEN, NEO4J_URI: '', WORKERS: String(opts.workers ?? 1) };
  const child = opts.fileLimitKb
    ? spawn('bash', ['-c', `ulimit -f ${opts.fileLimitKb}; exec "$0" "$@"`, process.execPath, CLI, 'serve', '--seed'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, [CLI, 'serve', '--seed'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      if (output.includes('serving GraphQL') || output.includes('worker processes')) resolve();
    });
    void exited.then((code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
  const ask = (query: string, variables?: unknown, timeoutMs = 10_000) =>
    new Promise<GraphQLAnswer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, timeout: timeoutMs,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${SERVER_TOKEN}` } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(body) }));
      });
      req.on('timeout', () => req.destroy(new Error('no answer')));
      req.on('error', reject);
      req.end(JSON.stringify({ query, variables }));
    });
  return { child, port, ask, exited, output: () => output };
}

export const INGEST = 'mutation($t: String!, $u: String) { ingestArticle(text: $t, metadata: { published: "2025-08-04", url: $u }) { result article { id } } }';
