// `npm run bench [extract|store|api|neo4j]`: measured figures for the README, on this machine.
import { benchExtract } from './extract.ts';
import { benchStore } from './store.ts';
import { benchApi } from './api.ts';
import { benchNeo4j } from './neo4j.ts';

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const which = process.argv[2] ?? 'all';
if (which === 'all' || which === 'extract') {
  for (const language of ['ar', 'en'] as const) {
    const r = benchExtract(language);
    console.log(`extract (${language}): ${r.articles} articles, ${fmt(r.megabytes)} MB in ${fmt(r.seconds)} s -> ${fmt(r.mbPerSecond)} MB/s, ${fmt(r.articlesPerSecond)} articles/s (${r.facts} facts)`);
  }
}
if (which === 'all' || which === 'store') {
  const sizes = (process.env.BENCH_STORE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
  for (const n of sizes) {
    const r = await benchStore(n);
    console.log(`store ${r.facts} facts: bulk ingest ${fmt(r.bulkFactsPerSecond)} facts/s, ${fmt(r.bulkFactsPerCpuSecond)} per CPU second (first tenth ${fmt(r.firstTenth)}, last tenth ${fmt(r.lastTenth)}), ` +
      `${fmt(r.commitsPerSecond)} single-article commits/s, ${fmt(r.bytesPerFact)} database bytes/fact (text included), ` +
      `open to first answer ${fmt(r.openToAnswerMs)} ms (${fmt(r.processToAnswerMs)} ms from process start)`);
  }
}
if (which === 'all' || which === 'api') {
  for (const n of (process.env.BENCH_API_SIZES ?? '10000,100000').split(',').map(Number)) {
    for (const workers of (process.env.BENCH_API_WORKERS ?? '1,2').split(',').map(Number)) {
      // BENCH_API_PORT: another port, when another benchmark on this machine holds the default.
      for (const r of await benchApi(n, workers, Number(process.env.BENCH_API_SECONDS ?? 10), Number(process.env.BENCH_API_PORT ?? 4399))) {
        console.log(`api ${r.articles} articles, ${r.workers} worker${r.workers > 1 ? 's' : ''}, ${r.question}: p50 ${r.p50} ms, p99 ${r.p99} ms, ${fmt(r.rps)} requests/s, ${r.errors} errors, RSS ${fmt(r.rssMb)} MB`);
      }
    }
  }
}
if (which === 'neo4j') await benchNeo4j();
