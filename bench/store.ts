// Embedded store: ingest throughput (facts/s) and memory per fact on synthetic article graphs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityRecord } from '../src/extract/lexicon/types.ts';
import { EmbeddedStore } from '../dist/store/embedded/embedded-store.js';
import type { ArticleGraph, FactSource } from '../src/store/graph-store.ts';
import { factKey } from '../src/store/article-graph.ts';
import { PREDICATES } from '../src/extract/types.ts';

const FACTS_PER_ARTICLE = 20;
const PEOPLE = 20_000;
const COUNTRIES = 200;

function syntheticGraph(n: number): ArticleGraph {
  const id = `article:bench-${n}`;
  const text = `خبر تجريبي رقم ${n}. `.repeat(40);
  const entities: EntityRecord[] = [];
  const facts: FactSource[] = [];
  for (let i = 0; i < FACTS_PER_ARTICLE; i++) {
    const p = `person:bench-${(n * 7 + i * 13) % PEOPLE}`;
    const c = `country:C${(n + i * 3) % COUNTRIES}`;
    entities.push({ id: p, type: 'Person', name: p, nameAr: null, aliases: [], known: false, countryCode: null });
    entities.push({ id: c, type: 'Country', name: c, nameAr: null, aliases: [], known: true, code: c.slice(8) });
    const predicate = PREDICATES[i % PREDICATES.length]!;
    const date = `2024-${String((n % 12) + 1).padStart(2, '0')}`;
    facts.push({
      key: factKey(predicate, p, c, date), predicate, subject: p, object: c, articleId: id, date, precision: 'month', status: 'occurred',
      // A flat copy, as evidence read back from the journal is: not a cheap slice of the text.
      evidence: Buffer.from(text.slice(i * 30, i * 30 + 120)).toString(), evidenceStart: i * 30, evidenceEnd: i * 30 + 120, confidence: 0.8, rule: 'visit:وصل', role: null, eventId: null,
    });
  }
  const unique = [...new Map(entities.map((e) => [e.id, e])).values()];
  return { article: { id, file: `${n}.txt`, url: null, source: 'bench', published: '2024-01-01', title: null, language: 'ar', hash: String(n), text, ingestedAt: '2026-01-01T00:00:00Z' }, entities: unique, events: [], facts };
}

export interface StoreBench { facts: number; seconds: number; factsPerSecond: number; bytesPerFact: number }

export async function benchStore(totalFacts: number, durable: boolean): Promise<StoreBench> {
  const dir = durable ? mkdtempSync(join(tmpdir(), 'shabaka-bench-')) : null;
  const store = new EmbeddedStore({ dataDir: dir, compactEvery: Number.MAX_SAFE_INTEGER });
  await store.init();
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const articles = Math.ceil(totalFacts / FACTS_PER_ARTICLE);
  const t0 = process.hrtime.bigint();
  for (let n = 0; n < articles; n++) await store.putArticle(syntheticGraph(n));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  global.gc?.();
  const bytes = process.memoryUsage().heapUsed - heap0;
  const facts = articles * FACTS_PER_ARTICLE;
  if (dir) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { facts, seconds, factsPerSecond: facts / seconds, bytesPerFact: bytes / facts };
}
