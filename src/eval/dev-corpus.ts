// The development corpus: real articles whose texts stay in a git-ignored cache (third-party
// material) while the manifest and the gold are committed. This module reads both, checks the
// cache and scores one split, so `npm run eval:dev` and its test share one reading of the files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPaths } from '../cli/extract-command.ts';
import type { Lexicon } from '../extract/lexicon/lexicon.ts';
import { toPrediction } from './prediction.ts';
import { score, type GoldFile, type Score } from './score.ts';

export type Split = 'dev' | 'blind';

export interface DevArticle {
  file: string;
  url: string;
  query: string;
  outlet: string;
  published: string | null;
  language: string;
  split?: Split;
  dropped?: string;
  /** Articles added together after a round's rules ("2026-12-02b"): scored alone, a first look at unseen text. */
  batch?: string;
}

export interface DevCorpus {
  dir: string;
  cacheDir: string;
  articles: DevArticle[];
  gold: GoldFile;
}

export function readDevCorpus(dir: string): DevCorpus {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: DevArticle[] };
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldFile;
  return { dir, cacheDir: join(dir, '.cache'), articles: manifest.articles, gold };
}

/** Articles of the split (all kept ones for 'all'), and those of them whose text is not in the cache. */
export function selectSplit(c: DevCorpus, split: Split | 'all', language?: string, batch?: string): { kept: DevArticle[]; missing: DevArticle[] } {
  const kept = c.articles.filter((a) => !a.dropped && (split === 'all' || a.split === split) && (!language || a.language === language) && (!batch || a.batch === batch));
  return { kept, missing: kept.filter((a) => !existsSync(join(c.cacheDir, a.file))) };
}

/** Extracts the cached articles of a split with the manifest's metadata and scores them against the gold. */
export function scoreSplit(c: DevCorpus, articles: DevArticle[], lexicon?: Lexicon): { score: Score; errors: string[] } {
  const files = new Set(articles.map((a) => a.file));
  const present = articles.filter((a) => existsSync(join(c.cacheDir, a.file)));
  const run = extractPaths(present.map((a) => join(c.cacheDir, a.file)), { manifest: join(c.dir, 'manifest.json'), lexicon });
  const gold: GoldFile = { entities: c.gold.entities, articles: c.gold.articles.filter((a) => files.has(a.file) && present.some((p) => p.file === a.file)) };
  return { score: score(gold, toPrediction(run.extractions)), errors: run.errors.map((e) => e.message) };
}
