import type { GraphStore } from '../store/graph-store.ts';
import { codedError } from './errors.ts';

const MESSAGE = 'the graph store is unavailable: try again shortly';
const WRITES = new Set(['putArticle', 'putArticles', 'retractArticle']);

/**
 * A write the store refused (disk full, file-size limit, read-only DATA_DIR, a writer holding the lock
 * past the busy timeout): the transaction rolled back, so nothing of it is stored. SQLite's code and
 * message ("database or disk is full") name the cause and carry no query or path, so they are sent;
 * any other store's cause is only logged.
 */
function writeFault(e: unknown) {
  const sqlite = e instanceof Error && e.name === 'SqliteError';
  const cause = sqlite ? ` (${(e as Error & { code?: string }).code ?? 'SQLITE_ERROR'}: ${e.message})` : '';
  return codedError(`the store could not write${cause}; nothing of this request was stored`, 'STORE_WRITE_FAILED', { 'retry-after': '5' });
}

/**
 * The store as the API sees it: a failure inside the store (Neo4j down, a full disk, a broken journal)
 * reaches the client as STORE_UNAVAILABLE with HTTP 503 and Retry-After, never as a masked "Unexpected
 * error." with HTTP 200; the cause is logged once for the operator, never sent.
 */
export function guardStore(store: GraphStore, log: (line: string) => void = (l) => console.error(l)): GraphStore {
  const fail = (method: string, e: unknown): never => {
    log(`store ${store.kind}: ${method} failed: ${e instanceof Error ? e.message : String(e)}`);
    if (WRITES.has(method)) throw writeFault(e);
    throw codedError(MESSAGE, 'STORE_UNAVAILABLE', { 'retry-after': '5' });
  };
  // One wrapper per method, made on first use: the 1-hop path calls the store on every request.
  const wrappers = new Map<PropertyKey, { of: unknown; call: (...args: unknown[]) => unknown }>();
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function' || name === 'documents') return value;
      const known = wrappers.get(name);
      if (known?.of === value) return known.call;
      const call = (...args: unknown[]) => {
        let out: unknown;
        try {
          out = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (e) {
          return fail(String(name), e);
        }
        return out instanceof Promise ? out.catch((e: unknown) => fail(String(name), e)) : out;
      };
      wrappers.set(name, { of: value, call });
      return call;
    },
  });
}
