import { extractPaths } from '../../src/cli/extract-command.ts';
import { toArticleGraph } from '../../src/store/article-graph.ts';
import type { ArticleGraph } from '../../src/store/graph-store.ts';

let cached: ArticleGraph[] | null = null;

/** The five seed articles as the graphs ingestion writes, fixed clock for determinism. */
export function seedGraphs(): ArticleGraph[] {
  cached ??= extractPaths([new URL('../../seeds', import.meta.url).pathname]).extractions.map((x) => toArticleGraph(x, new Date('2026-01-01T00:00:00Z')));
  return structuredClone(cached);
}

export const byFile = (docs: ArticleGraph[], prefix: string) => docs.find((d) => d.article.file.startsWith(prefix))!;
