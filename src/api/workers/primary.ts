import cluster, { type Worker } from 'node:cluster';
import type { Io } from '../../cli/main.ts';
import { SERVER_V8_FLAGS } from '../v8-flags.ts';

/**
 * The primary of a multi-worker server: it forks the workers (cluster shares PORT among them),
 * replaces one that dies and stops them all on SIGTERM or SIGINT. It holds no graph: every worker
 * opens the store itself (the SQLite file in DATA_DIR, which any number of processes read while one
 * writes, or Neo4j through its own driver), so a write by one worker or by `shabaka ingest` is seen
 * by all at their next read.
 */
export async function runPrimary(io: Io, opts: { workers: number; ready: () => void }): Promise<number> {
  let stopping = false;
  cluster.setupPrimary({ execArgv: [...new Set([...process.execArgv, ...SERVER_V8_FLAGS])] });
  const fork = (): Promise<Worker> => {
    const w = cluster.fork();
    return new Promise((resolve, reject) => {
      w.on('message', function ready(m: unknown) {
        if ((m as { t?: unknown } | null)?.t !== 'ready') return;
        w.off('message', ready);
        resolve(w);
      });
      w.once('exit', (code) => reject(new Error(`a worker exited with code ${code} while starting`)));
    });
  };
  await Promise.all(Array.from({ length: opts.workers }, fork));
  opts.ready();
  io.stdout(`${opts.workers} worker processes (each opens the store itself)`);

  return new Promise((resolve) => {
    let exitCode = 0;
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    };
    cluster.on('exit', (_w, code, signal) => {
      if (!stopping) {
        io.stderr(`a worker died (${signal ?? `code ${code}`}): starting another`);
        void fork().catch((e: Error) => {
          io.stderr(`${e.message}: stopping the server`);
          stop(1);
        });
      }
      if (stopping && !Object.keys(cluster.workers ?? {}).length) resolve(exitCode);
    });
    process.once('SIGTERM', () => stop(0));
    process.once('SIGINT', () => stop(0));
  });
}
