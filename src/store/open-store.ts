import type { Config } from '../config.ts';
import type { GraphStore } from './graph-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

/** The configured store, initialised: Neo4j when NEO4J_URI is set, else the embedded SQLite store in DATA_DIR. */
export async function openStore(config: Config, opts: { readOnly?: boolean } = {}): Promise<GraphStore> {
  if (config.neo4j) {
    const { Neo4jStore } = await import('./neo4j/neo4j-store.ts');
    const store = Neo4jStore.connect(config.neo4j);
    await store.init();
    return store;
  }
  const store = new SqliteStore({ dataDir: config.dataDir, readOnly: opts.readOnly, notice: (m) => process.stderr.write(`${m}\n`) });
  await store.init();
  return store;
}
