import { collectCorpus, readCorpus } from '../extract/corpus.ts';
import { defaultLexicon } from '../extract/lexicon/lexicon.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { InputError } from '../extract/read/errors.ts';
import { validateMeta } from '../extract/read/metadata.ts';
import { DEFAULT_MAX_BYTES, parseArticle } from '../extract/read/read-article.ts';
import { sha256, toArticleGraph } from '../store/article-graph.ts';
import type { ArticleGraph, GraphStore, PutResult } from '../store/graph-store.ts';
import { checkMetadata, checkText } from './input-policy.ts';

export interface IngestSummary {
  articles: Record<PutResult, number>;
  newEntities: number;
  facts: number;
  skipped: { file: string; reason: string }[];
}

export type Progress = (done: number, total: number, file: string) => void;

const emptySummary = (): IngestSummary => ({ articles: { created: 0, updated: 0, unchanged: 0 }, newEntities: 0, facts: 0, skipped: [] });

/** Articles written per transaction in bulk when not configured (INGEST_BATCH). */
const DEFAULT_BATCH = 1000;
/** Neo4j writes a batch as one transaction held in its heap: a hundred articles keep it small. */
const NEO4J_BATCH = 100;

/** The store refused a write (disk full, file-size limit, read-only DATA_DIR...): ingest stops, and what was committed stays. */
export class StoreWriteError extends Error {
  constructor(readonly written: number, cause: Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
    const hint = /^SQLITE_(FULL|IOERR_WRITE)/.test(code) ? ', the disk is full or a file-size limit was reached' : '';
    super(`the store could not write: ${cause.message}${code ? ` (${code}${hint})` : ''}; ${written} articles were written before and are intact, the rest were not written`);
    this.name = 'StoreWriteError';
  }
}

/** Writes a batch of article graphs (in one transaction where the store can) and counts what was new. */
async function write(store: GraphStore, docs: ArticleGraph[], summary: IngestSummary): Promise<void> {
  if (!docs.length) return;
  const ids = new Set(docs.flatMap((d) => d.entities.map((e) => e.id)));
  const known = await store.getEntities([...ids]);
  let results: PutResult[];
  try {
    results = store.putArticles ? await store.putArticles(docs) : [];
    if (!store.putArticles) for (const d of docs) results.push(await store.putArticle(d));
  } catch (e) {
    throw new StoreWriteError(summary.articles.created + summary.articles.updated + summary.articles.unchanged, e as Error);
  }
  summary.newEntities += ids.size - known.size;
  results.forEach((result, i) => {
    summary.articles[result]++;
    if (result !== 'unchanged') summary.facts += docs[i]!.facts.length;
  });
}

/** Extracts every article under the paths and writes it; a bad file is reported and the rest goes in. */
export async function ingestPaths(store: GraphStore, paths: string[], opts: { manifest?: string; maxBytes?: number; progress?: Progress; batch?: number } = {}): Promise<IngestSummary> {
  const size = Math.min(opts.batch ?? DEFAULT_BATCH, store.kind === 'neo4j' ? NEO4J_BATCH : Infinity);
  const summary = emptySummary();
  const corpus = collectCorpus(paths, opts.manifest);
  for (const e of corpus.errors) summary.skipped.push({ file: e.file, reason: e.reason });
  const lx = defaultLexicon();
  let done = 0;
  const batch: ArticleGraph[] = [];
  for (const { file, article, error } of readCorpus(corpus, opts.maxBytes)) {
    opts.progress?.(++done, corpus.files.length, file.path);
    try {
      if (error) throw error;
      checkMetadata(article!.meta, file.path);
      checkText(article!.text, file.path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
      batch.push(toArticleGraph(extractArticle(article!, lx)));
    } catch (e) {
      summary.skipped.push({ file: file.path, reason: e instanceof InputError ? e.reason : (e as Error).message });
    }
    if (batch.length >= size) await write(store, batch.splice(0), summary);
  }
  await write(store, batch, summary);
  return summary;
}

/**
 * One article given as text and metadata (the API's ingestArticle), under the same input policy as
 * files: the text is checked before any parsing, the metadata as a manifest entry's would be.
 */
export async function ingestText(store: GraphStore, text: string, metadata: Record<string, unknown>, maxBytes = DEFAULT_MAX_BYTES) {
  const where = 'metadata';
  checkText(text, 'text', maxBytes);
  const meta = validateMeta(metadata, where);
  // Without a URL or a file name an article is known by its text: two different texts are two articles, not a replacement.
  const file = typeof metadata.file === 'string' && metadata.file ? metadata.file : `api-${sha256(text).slice(0, 16)}.txt`;
  const raw = parseArticle(text, file, meta);
  checkMetadata(raw.meta, where);
  const doc = toArticleGraph(extractArticle(raw));
  const result = await store.putArticle(doc);
  return { article: doc.article, result, facts: doc.facts.length };
}

/** Re-extracts every stored article with the current lexicon and rules. */
export async function reindex(store: GraphStore, progress?: Progress, size = DEFAULT_BATCH): Promise<IngestSummary> {
  const summary = emptySummary();
  const lx = defaultLexicon();
  const all = [];
  for (let offset = 0; ; offset += 100) {
    const page = await store.listArticles({ limit: 100, offset });
    all.push(...page);
    if (page.length < 100) break;
  }
  let done = 0;
  const batch: ArticleGraph[] = [];
  for (const a of all) {
    progress?.(++done, all.length, a.file);
    try {
      const raw = parseArticle(a.text, a.file.replace(/\.html?$/i, '.txt'), { published: a.published, source: a.source, url: a.url, language: a.language, title: a.title }, a.file);
      const doc = toArticleGraph(extractArticle(raw, lx));
      doc.article.id = a.id; // keep the stored identity even if the metadata rule changed
      for (const f of doc.facts) f.articleId = a.id;
      batch.push(doc);
    } catch (e) {
      summary.skipped.push({ file: a.file, reason: (e as Error).message });
    }
    if (batch.length >= size) await write(store, batch.splice(0), summary);
  }
  await write(store, batch, summary);
  return summary;
}
