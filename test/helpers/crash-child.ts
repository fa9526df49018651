// Child process for the crash test: ingests the seed graphs over and over into DATA_DIR until killed.
import { EmbeddedStore } from '../../src/store/embedded/embedded-store.ts';
import { seedGraphs } from './seed-graphs.ts';

const store = new EmbeddedStore({ dataDir: process.argv[2]!, compactEvery: 7 });
await store.init();
const docs = seedGraphs();
process.stdout.write('ready\n');
for (let round = 0; ; round++) {
  for (const d of docs) {
    const copy = structuredClone(d);
    copy.article.id = `${d.article.id}-${round}`;
    copy.article.hash = `${round}`;
    for (const f of copy.facts) f.articleId = copy.article.id;
    await store.putArticle(copy);
  }
}
