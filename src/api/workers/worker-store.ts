import type { Config } from '../../config.ts';
import { EmbeddedStore, type RemoteWriter } from '../../store/embedded/embedded-store.ts';
import type { JournalOp } from '../../store/embedded/persistence.ts';
import type { GraphStore, PutResult } from '../../store/graph-store.ts';
import { openStore } from '../../store/open-store.ts';
import { isMessage, type ToPrimary, type ToWorker, type WorkerRole } from './messages.ts';

const send = (m: ToPrimary) => process.send!(m);

/**
 * The store of one worker process. The writer opens DATA_DIR with its lock and reports each write;
 * a replica opens it read-only, applies the writer's operations as they come and hands its own
 * writes to the writer; with Neo4j every worker is a plain server with its own driver.
 */
export async function openWorkerStore(config: Config, role: WorkerRole): Promise<GraphStore> {
  if (role === 'writer') return openWriter(config);
  if (role === 'replica') return openReplica(config);
  return openStore(config);
}

async function openWriter(config: Config): Promise<EmbeddedStore> {
  const store = new EmbeddedStore({ dataDir: config.dataDir, onCommit: (op) => send({ t: 'committed', op }) });
  await store.init();
  process.on('message', (m: unknown) => {
    if (!isMessage(m)) return;
    const msg = m as ToWorker;
    if (msg.t === 'hold-compaction') store.holdCompaction(msg.held);
    if (msg.t === 'write') {
      const done = msg.op.op === 'put' ? store.putArticle(msg.op.doc) : store.retractArticle(msg.op.id);
      done.then(
        (result) => send({ t: 'result', id: msg.id, result }),
        (e: Error) => send({ t: 'result', id: msg.id, error: e.message }),
      );
    }
  });
  return store;
}

async function openReplica(config: Config): Promise<EmbeddedStore> {
  const pending = new Map<number, { resolve: (r: PutResult | boolean) => void; reject: (e: Error) => void }>();
  let next = 0;
  const ask = (op: JournalOp) =>
    new Promise<PutResult | boolean>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      send({ t: 'write', id, op });
    });
  const writer: RemoteWriter = {
    put: async (doc) => (await ask({ op: 'put', doc })) as PutResult,
    retract: async (id) => (await ask({ op: 'retract', id })) as boolean,
  };
  const store = new EmbeddedStore({ dataDir: config.dataDir, readOnly: true, writer });
  // Operations that arrive while the files load wait in the IPC channel and are applied after them;
  // one the files already hold is applied again, which changes nothing.
  process.on('message', (m: unknown) => {
    if (!isMessage(m)) return;
    const msg = m as ToWorker;
    if (msg.t === 'op') store.applyReplicated(msg.op);
    if (msg.t === 'result') {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error !== undefined) p?.reject(new Error(msg.error));
      else p?.resolve(msg.result!);
    }
  });
  await store.init();
  return store;
}
