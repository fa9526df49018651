import type { DriverLike, RecordLike, SessionLike, TxLike } from '../../src/store/neo4j/driver.ts';

export interface Call {
  mode: 'READ' | 'WRITE';
  query: string;
  params: Record<string, unknown>;
}

/**
 * A fake neo4j driver that records every query text and its parameters (after the manner of the
 * neo4j/graphql TCK tests), answering reads from a function so the store's logic can be pinned down
 * without a database.
 */
export class RecordingDriver implements DriverLike {
  readonly calls: Call[] = [];
  readonly sessions: { database: string; mode?: string }[] = [];
  closed = false;

  constructor(private readonly answer: (query: string, params: Record<string, unknown>) => Record<string, unknown>[] = () => []) {}

  session(opts: { database: string; defaultAccessMode?: string }): SessionLike {
    this.sessions.push({ database: opts.database, mode: opts.defaultAccessMode });
    const tx = (mode: Call['mode']): TxLike => ({
      run: async (query, params = {}) => {
        this.calls.push({ mode, query, params: structuredClone(params) });
        return { records: this.answer(query, params).map(toRecord) };
      },
    });
    const auto = tx(opts.defaultAccessMode === 'WRITE' ? 'WRITE' : 'READ');
    return {
      run: (query, params) => auto.run(query, params),
      executeRead: (work) => work(tx('READ')),
      executeWrite: (work) => work(tx('WRITE')),
      close: async () => {},
    };
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  writes(): Call[] {
    return this.calls.filter((c) => c.mode === 'WRITE');
  }
}

function toRecord(row: Record<string, unknown>): RecordLike {
  return { get: (key: string) => row[key] };
}
