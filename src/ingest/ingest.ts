import { collectCorpus, readCorpus } from '../extract/corpus.ts';
import { defaultLexicon } from '../extract/lexicon/lexicon.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { InputError } from '../extract/read/errors.ts';
import { parseArticle } from '../extract/read/read-article.ts';
import { toArticleGraph } from '../store/article-graph.ts';
import type { ArticleGraph, GraphStore, PutResult } from '../store/graph-store.ts';

export interface IngestSummary {
  articles: Record<PutResult, number>;
  newEntities: number;
  facts: number;
  skipped: { file: string; reason: string }[];
}

export type Progress = (done: number, total: number, file: string) => void;

const emptySummary = (): IngestSummary => ({ articles: { created: 0, updated: 0, unchanged: 0 }, newEntities: 0, facts: 0, skipped: [] });

/** Articles a store that writes batches (Neo4j) gets at once from `shabaka ingest`. */
const INGEST_BATCH = 100;

/** Writes articles' graphs (one by one, or as one batch where the store can) and counts what was new. */
async function write(store: GraphStore, docs: ArticleGraph[], summary: IngestSummary): Promise<void> {
  const ids = [...new Set(docs.flatMap((d) => d.entities.map((e) => e.id)))];
  const known = await store.getEntities(ids);
  summary.newEntities += ids.filter((id) => !known.has(id)).length;
  const results = store.putArticles && docs.length > 1 ? await store.putArticles(docs) : [];
  for (const [i, doc] of docs.entries()) {
    const result = results[i] ?? (await store.putArticle(doc));
    summary.articles[result]++;
    if (result !== 'unchanged') summary.facts += doc.facts.length;
  }
}

/** Extracts every article under the paths and writes it; a bad file is reported and the rest goes in. */
export async function ingestPaths(store: GraphStore, paths: string[], opts: { manifest?: string; maxBytes?: number; progress?: Progress } = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const corpus = collectCorpus(paths, opts.manifest);
  for (const e of corpus.errors) summary.skipped.push({ file: e.file, reason: e.reason });
  const lx = defaultLexicon();
  let done = 0;
  let pending: { file: string; doc: ArticleGraph }[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      await write(store, batch.map((p) => p.doc), summary);
    } catch (e) {
      // A failed batch is one transaction that wrote nothing: each of its files is reported.
      for (const p of batch) summary.skipped.push({ file: p.file, reason: (e as Error).message });
    }
  };
  for (const { file, article, error } of readCorpus(corpus, opts.maxBytes)) {
    opts.progress?.(++done, corpus.files.length, file.path);
    try {
      if (error) throw error;
      pending.push({ file: file.path, doc: toArticleGraph(extractArticle(article!, lx)) });
    } catch (e) {
      summary.skipped.push({ file: file.path, reason: e instanceof InputError ? e.reason : (e as Error).message });
    }
    if (pending.length >= (store.putArticles ? INGEST_BATCH : 1)) await flush();
  }
  if (pending.length) await flush();
  return summary;
}

/** Re-extracts every stored article with the current lexicon and rules. */
export async function reindex(store: GraphStore, progress?: Progress): Promise<IngestSummary> {
  const summary = emptySummary();
  const lx = defaultLexicon();
  const all = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.listArticles({ limit: 100, offset });
    all.push(...page);
    if (page.length < 100) break;
  }
  let done = 0;
  for (const a of all) {
    progress?.(++done, all.length, a.file);
    try {
      const raw = parseArticle(a.text, a.file.replace(/\.html?$/i, '.txt'), { published: a.published, source: a.source, url: a.url, language: a.language, title: a.title });
      const doc = toArticleGraph(extractArticle(raw, lx));
      doc.article.id = a.id; // keep the stored identity even if the metadata rule changed
      for (const f of doc.facts) f.articleId = a.id;
      await write(store, [doc], summary);
    } catch (e) {
      summary.skipped.push({ file: a.file, reason: (e as Error).message });
    }
  }
  return summary;
}
