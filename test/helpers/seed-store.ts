import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { StoreStats } from '../../src/store/graph-store.ts';
import { seedGraphs } from './seed-graphs.ts';

/** Writes the seed articles into a new embedded store under `dir` and closes it (which compacts); its stats before closing. */
export async function writeSeedStore(dir: string): Promise<StoreStats> {
  const store = new SqliteStore({ dataDir: dir });
  await store.init();
  for (const d of seedGraphs()) await store.putArticle(d);
  const stats = await store.stats();
  await store.close();
  return stats;
}
