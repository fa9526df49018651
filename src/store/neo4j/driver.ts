import neo4j from 'neo4j-driver';

/** The part of neo4j-driver the store uses; tests pass a recording fake with the same shape. */
export interface TxLike {
  run(query: string, params?: Record<string, unknown>): Promise<{ records: RecordLike[] }>;
}
export interface RecordLike {
  get(key: string): unknown;
}
export interface SessionLike {
  /** One statement in its own auto-commit transaction. */
  run(query: string, params?: Record<string, unknown>): PromiseLike<{ records: RecordLike[] }>;
  executeRead<T>(work: (tx: TxLike) => Promise<T>): Promise<T>;
  executeWrite<T>(work: (tx: TxLike) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
export interface DriverLike {
  session(opts: { database: string; defaultAccessMode?: string }): SessionLike;
  close(): Promise<void>;
  verifyConnectivity?(opts?: { database?: string }): Promise<unknown>;
}

/**
 * One driver per process: neo4j:// and neo4j+s:// route across a cluster or Aura, bolt:// targets one
 * server. Notifications (query warnings and hints) are turned off: nothing reads them, and the server
 * then neither works them out nor sends them with every answer.
 */
export function createDriver(uri: string, user: string, password: string): DriverLike {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { userAgent: 'shabaka/0.1', notificationFilter: { minimumSeverityLevel: 'OFF' } }) as unknown as DriverLike;
}

/** Whether the driver would retry a failed transaction (a lost connection, a leader switch, a deadlock). */
export function isRetryable(error: unknown): boolean {
  return neo4j.isRetryableError(error as Error);
}

/** Converts Neo4j integers (and nested lists and maps of them) to JavaScript numbers at the boundary. */
export function toNative(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v)]));
  }
  return value;
}
