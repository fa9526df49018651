import { extractArticle } from '../../src/extract/pipeline.ts';
import { parseArticle } from '../../src/extract/read/read-article.ts';
import type { Extraction, Fact } from '../../src/extract/types.ts';

export function extractText(text: string, published = '2025-07-12', file = 'test.txt'): Extraction {
  return extractArticle(parseArticle(text, file, { published, source: 'test', url: null, language: 'ar', title: null }));
}

/** Facts as short strings, "PRED subject object date status", ends by English name or code. */
export function factLines(x: Extraction, predicate?: string): string[] {
  const name = (id: string) => {
    const e = x.entities.find((en) => en.id === id);
    return e?.code ?? e?.name ?? id;
  };
  return x.facts
    .filter((f: Fact) => !predicate || f.predicate === predicate)
    .map((f) => `${f.predicate} ${name(f.subject)} ${name(f.object)} ${f.date ?? '-'} ${f.status}`)
    .sort();
}
