// Extraction throughput on one core over synthetic articles (targets: Arabic >= 5 MB/s, English >= 2 MB/s).
// Measures the compiled code in dist/ (what the CLI and the server run; `npm run bench` builds it
// first): tsx's on-the-fly transpilation runs the same extractor about a third slower.
import { extractArticle } from '../dist/extract/pipeline.js';
import { defaultLexicon } from '../dist/extract/lexicon/lexicon.js';
import { parseArticle } from '../dist/extract/read/read-article.js';
import { syntheticArticle } from './synthetic.ts';
import { syntheticEnglishArticle } from './synthetic-english.ts';

export interface ExtractBench { articles: number; megabytes: number; seconds: number; mbPerSecond: number; articlesPerSecond: number; facts: number }

export function benchExtract(language: 'ar' | 'en' = 'ar', targetBytes = 6 * 1024 * 1024): ExtractBench {
  const lx = defaultLexicon();
  const articles = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const a = language === 'ar' ? syntheticArticle(n) : syntheticEnglishArticle(n);
    articles.push(parseArticle(a.text, `synthetic-${n}.txt`, { published: a.published, source: 'bench', url: null, language, title: null }));
    bytes += Buffer.byteLength(a.text);
  }
  for (const a of articles.slice(0, 50)) extractArticle(a, lx); // warm-up
  let facts = 0;
  // Best of three passes: this machine is a shared VM and single runs vary by a third.
  let seconds = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    facts = 0;
    const t0 = process.hrtime.bigint();
    for (const a of articles) facts += extractArticle(a, lx).facts.length;
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { articles: articles.length, megabytes: bytes / 1048576, seconds, mbPerSecond: bytes / 1048576 / seconds, articlesPerSecond: articles.length / seconds, facts };
}
