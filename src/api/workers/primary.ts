import cluster, { type Worker } from 'node:cluster';
import type { Io } from '../../cli/main.ts';
import { SERVER_V8_FLAGS } from '../collect-garbage.ts';
import { isMessage, ROLE_VARIABLE, type ToPrimary, type ToWorker, type WorkerRole } from './messages.ts';

/**
 * The primary of a multi-worker server: it forks the workers (cluster shares PORT among them), relays
 * writes and operations between the writer and the replicas, restarts a replica that dies and stops
 * them all on SIGTERM or SIGINT. It holds no graph itself.
 */
export async function runPrimary(io: Io, opts: { workers: number; embedded: boolean; ready: () => void }): Promise<number> {
  const replicas = new Set<Worker>();
  const loading = new Set<Worker>();
  let writer: Worker | null = null;
  let stopping = false;
  /** Forwarded writes: the id the writer answers to, and the replica and id that asked. */
  const asked = new Map<number, { from: Worker; id: number }>();
  let nextWrite = 0;

  cluster.setupPrimary({ execArgv: [...new Set([...process.execArgv, ...SERVER_V8_FLAGS])] });
  const fork = (role: WorkerRole): Promise<Worker> => {
    const w = cluster.fork({ [ROLE_VARIABLE]: role });
    if (role === 'replica') {
      replicas.add(w);
      loading.add(w);
      // The writer must not rewrite the snapshot while a replica is reading it.
      tell(writer, { t: 'hold-compaction', held: true });
    }
    w.on('message', (m: unknown) => isMessage(m) && onMessage(w, m as ToPrimary));
    return new Promise((resolve, reject) => {
      w.on('message', function ready(m: unknown) {
        if (!isMessage(m) || m.t !== 'ready') return;
        w.off('message', ready);
        loading.delete(w);
        if (!loading.size) tell(writer, { t: 'hold-compaction', held: false });
        resolve(w);
      });
      w.once('exit', (code) => reject(new Error(`a ${role} worker exited with code ${code} while starting`)));
    });
  };

  const onMessage = (from: Worker, m: ToPrimary) => {
    if (m.t === 'committed') for (const r of replicas) tell(r, { t: 'op', op: m.op });
    if (m.t === 'write') {
      if (!writer) return tell(from, { t: 'result', id: m.id, error: 'the writer is not running' });
      const id = nextWrite++;
      asked.set(id, { from, id: m.id });
      tell(writer, { t: 'write', id, op: m.op });
    }
    if (m.t === 'result') {
      const a = asked.get(m.id);
      asked.delete(m.id);
      if (a) tell(a.from, { ...m, id: a.id });
    }
  };

  const roles: WorkerRole[] = opts.embedded ? ['writer', ...Array<WorkerRole>(opts.workers - 1).fill('replica')] : Array<WorkerRole>(opts.workers).fill('server');
  // The writer first: it seeds an empty store, and replicas load what it has written.
  const first = await fork(roles[0]!);
  if (roles[0] === 'writer') writer = first;
  await Promise.all(roles.slice(1).map((r) => fork(r)));
  opts.ready();
  io.stdout(`${opts.workers} worker processes (${opts.embedded ? 'one writer, the others replicas of the embedded store' : 'each with its own Neo4j driver'})`);

  return new Promise((resolve) => {
    let exitCode = 0;
    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    };
    cluster.on('exit', (w, code, signal) => {
      replicas.delete(w);
      loading.delete(w);
      if (!stopping) {
        // A replica is replaced. Without its writer the store takes no writes and a replica may have
        // missed the last one, so the server stops (non-zero) for its supervisor to restart it.
        if (w === writer || !opts.embedded) {
          io.stderr(`a worker died (${signal ?? `code ${code}`}): stopping the server`);
          stop(1);
        } else {
          io.stderr(`a replica died (${signal ?? `code ${code}`}): starting another`);
          void fork('replica').catch((e: Error) => io.stderr(e.message));
        }
      }
      if (stopping && !Object.keys(cluster.workers ?? {}).length) resolve(exitCode);
    });
    process.once('SIGTERM', () => stop(0));
    process.once('SIGINT', () => stop(0));
  });
}

function tell(w: Worker | null, m: ToWorker): void {
  if (w?.isConnected()) w.send(m);
}
