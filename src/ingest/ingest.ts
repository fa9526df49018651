import { collectCorpus, readCorpus } from '../extract/corpus.ts';
import { defaultLexicon } from '../extract/lexicon/lexicon.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { InputError } from '../extract/read/errors.ts';
import { validateMeta } from '../extract/read/metadata.ts';
import { DEFAULT_MAX_BYTES, parseArticle } from '../extract/read/read-article.ts';
import { toArticleGraph } from '../store/article-graph.ts';
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

/** Writes one article's graph and counts what was new. */
async function write(store: GraphStore, doc: ArticleGraph, summary: IngestSummary): Promise<void> {
  for (const e of doc.entities) if (!(await store.getEntity(e.id))) summary.newEntities++;
  const result = await store.putArticle(doc);
  summary.articles[result]++;
  if (result !== 'unchanged') summary.facts += doc.facts.length;
}

/** Extracts every article under the paths and writes it; a bad file is reported and the rest goes in. */
export async function ingestPaths(store: GraphStore, paths: string[], opts: { manifest?: string; maxBytes?: number; progress?: Progress } = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const corpus = collectCorpus(paths, opts.manifest);
  for (const e of corpus.errors) summary.skipped.push({ file: e.file, reason: e.reason });
  const lx = defaultLexicon();
  let done = 0;
  for (const { file, article, error } of readCorpus(corpus, opts.maxBytes)) {
    opts.progress?.(++done, corpus.files.length, file.path);
    try {
      if (error) throw error;
      checkMetadata(article!.meta, file.path);
      checkText(article!.text, file.path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
      await write(store, toArticleGraph(extractArticle(article!, lx)), summary);
    } catch (e) {
      summary.skipped.push({ file: file.path, reason: e instanceof InputError ? e.reason : (e as Error).message });
    }
  }
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
  const file = typeof metadata.file === 'string' && metadata.file ? metadata.file : 'api-article.txt';
  const raw = parseArticle(text, file, meta);
  checkMetadata(raw.meta, where);
  const doc = toArticleGraph(extractArticle(raw));
  const result = await store.putArticle(doc);
  return { article: doc.article, result, facts: doc.facts.length };
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
      await write(store, doc, summary);
    } catch (e) {
      summary.skipped.push({ file: a.file, reason: (e as Error).message });
    }
  }
  return summary;
}
