import type { JournalOp } from '../../store/embedded/persistence.ts';
import type { PutResult } from '../../store/graph-store.ts';

/**
 * What the processes of a multi-worker server say to each other over cluster IPC. The primary only
 * relays: the writer (the one worker holding DATA_DIR's lock) makes every write durable and reports
 * it as an operation, which the primary sends to every replica; a replica's own writes travel to the
 * writer the same way and come back as operations before their answer.
 */
export type ToPrimary =
  | { t: 'ready' }
  | { t: 'write'; id: number; op: JournalOp }
  | { t: 'committed'; op: JournalOp }
  | { t: 'result'; id: number; result?: PutResult | boolean; error?: string };

export type ToWorker =
  | { t: 'op'; op: JournalOp }
  | { t: 'write'; id: number; op: JournalOp }
  | { t: 'result'; id: number; result?: PutResult | boolean; error?: string }
  | { t: 'hold-compaction'; held: boolean };

/** Which part a worker plays, set by the primary in the worker's environment. */
export type WorkerRole = 'writer' | 'replica' | 'server';
export const ROLE_VARIABLE = 'SHABAKA_WORKER_ROLE';

export function isMessage(m: unknown): m is { t: string } {
  return typeof m === 'object' && m !== null && typeof (m as { t?: unknown }).t === 'string';
}
