// `npm run bench`: measured figures for the README. Runs on one core of this machine.
import { benchExtract } from './extract.ts';

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'extract') {
  const r = benchExtract();
  console.log(`extract: ${r.articles} articles, ${fmt(r.megabytes)} MB in ${fmt(r.seconds)} s -> ${fmt(r.mbPerSecond)} MB/s, ${fmt(r.articlesPerSecond)} articles/s (${r.facts} facts)`);
}
