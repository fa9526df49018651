import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticleFile } from '../../src/extract/read/read-article.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { toArticleGraph } from '../../src/store/article-graph.ts';
import type { ArticleGraph, GraphStore } from '../../src/store/graph-store.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

/** A folder of n article files (the seed texts in turn under new names: n distinct articles) for bulk and fault tests. */
export function seedCopies(n: number, prefix = 'a'): string {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-corpus-'));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) copyFileSync(join(SEEDS, SEED_FILES[i % SEED_FILES.length]!), join(dir, `${prefix}${String(i).padStart(5, '0')}.txt`));
  return dir;
}

/** How many fact sources a stored article of each seed text holds (by text hash): what a whole article has. */
export function factsPerText(): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of SEED_FILES) {
    const doc = toArticleGraph(extractArticle(readArticleFile(join(SEEDS, f), {})));
    const named = new Set(doc.entities.map((e) => e.id));
    out.set(doc.article.hash, doc.facts.filter((x) => x.subject !== x.object && named.has(x.subject) && named.has(x.object)).length);
  }
  return out;
}

/** Every stored article, checked whole: its fact sources, entities and text as written. Returns the article ids. */
export async function assertWholeArticles(store: GraphStore, expected: Map<string, number>, fail: (msg: string) => never): Promise<string[]> {
  const ids: string[] = [];
  for await (const doc of store.documents() as AsyncIterable<ArticleGraph>) {
    const want = expected.get(doc.article.hash);
    if (want === undefined) fail(`article ${doc.article.id} has a text no seed has`);
    if (doc.facts.length !== want) fail(`article ${doc.article.id} (${doc.article.file}) is partial: ${doc.facts.length} of ${want} facts`);
    if (!doc.entities.length) fail(`article ${doc.article.id} has no entities`);
    ids.push(doc.article.id);
  }
  return ids;
}
