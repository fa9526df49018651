import { collectCorpus, readCorpus } from '../extract/corpus.ts';
import { defaultLexicon, type Lexicon } from '../extract/lexicon/lexicon.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { InputError } from '../extract/read/errors.ts';
import type { Extraction } from '../extract/types.ts';

export interface ExtractRun {
  extractions: Extraction[];
  errors: InputError[];
}

/** Extracts every article under the paths; bad files are reported by name and skipped. */
export function extractPaths(paths: string[], opts: { manifest?: string; maxBytes?: number; lexicon?: Lexicon } = {}): ExtractRun {
  const lx = opts.lexicon ?? defaultLexicon();
  const corpus = collectCorpus(paths, opts.manifest);
  const extractions: Extraction[] = [];
  const errors = [...corpus.errors];
  for (const { article, error } of readCorpus(corpus, opts.maxBytes)) {
    if (error) {
      errors.push(error);
      continue;
    }
    try {
      extractions.push(extractArticle(article!, lx));
    } catch (e) {
      errors.push(e instanceof InputError ? e : new InputError(article!.meta.file, `extraction failed: ${(e as Error).message}`));
    }
  }
  return { extractions, errors };
}

export function reportErrors(errors: InputError[], stderr: (s: string) => void): void {
  for (const e of errors) stderr(`skipped ${e.file}: ${e.reason}`);
}
