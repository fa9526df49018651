// Child process for the kill -9 test: writes copies of the seed articles one transaction each, as API
// ingests do, and prints each article's id once its commit has returned (acknowledged), until killed.
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { seedGraphs } from './seed-graphs.ts';

const store = new SqliteStore({ dataDir: process.argv[2]! });
await store.init();
const docs = seedGraphs();
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  for (const d of docs) {
    const copy = structuredClone(d);
    copy.article.id = `${d.article.id}-${round}`;
    const own = (id: string) => id.replace(d.article.id, copy.article.id);
    for (const e of copy.events) e.id = own(e.id);
    for (const f of copy.facts) {
      f.articleId = copy.article.id;
      if (f.eventId) f.eventId = own(f.eventId);
    }
    await store.putArticle(copy);
    process.stdout.write(`${copy.article.id}\n`);
  }
}
