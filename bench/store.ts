// Embedded store: ingest throughput (facts/s) and memory per fact on synthetic article graphs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityRecord } from '../src/extract/lexicon/types.ts';
import { EmbeddedStore } from '../dist/store/embedded/embedded-store.js';
import type { ArticleGraph, FactSource } from '../src/store/graph-store.ts';
import { factKey } from '../src/store/article-graph.ts';
import type { Predicate } from '../src/extract/types.ts';

const FACTS_PER_ARTICLE = 20; // MIX below has 20 entries
const PEOPLE = 20_000;
const COUNTRIES = 200;

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same graph. */
function rng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** The mix of a news article's facts: visits and meetings of people, some offices, country-level relations. */
const MIX: Predicate[] = ['VISITED', 'VISITED', 'VISITED', 'VISITED', 'VISITED', 'VISITED', 'VISITED', 'VISITED', 'MET', 'MET', 'MET', 'MET', 'MET', 'MET', 'OFFICIAL_OF', 'OFFICIAL_OF', 'OFFICIAL_OF', 'JOINT_EXERCISE', 'JOINT_EXERCISE', 'SUPPLIED_ARMS_TO'];

export function syntheticGraph(n: number): ArticleGraph {
  const id = `article:bench-${n}`;
  // Flat, as text read back from the journal or a request body is (repeat() would build a rope).
  const text = Buffer.from(`خبر تجريبي رقم ${n}. `.repeat(40)).toString();
  const rand = rng(n + 1);
  const person = () => `person:bench-${Math.floor(rand() * PEOPLE)}`;
  const country = () => `country:C${Math.floor(rand() * COUNTRIES)}`;
  const entities = new Map<string, EntityRecord>();
  const see = (eid: string) => {
    if (!entities.has(eid)) {
      entities.set(eid, eid.startsWith('person:')
        ? { id: eid, type: 'Person', name: eid, nameAr: null, aliases: [], known: false, countryCode: null }
        : { id: eid, type: 'Country', name: eid, nameAr: null, aliases: [], known: true, code: eid.slice(8) });
    }
    return eid;
  };
  const facts: FactSource[] = [];
  MIX.forEach((predicate, i) => {
    const personal = predicate === 'VISITED' || predicate === 'MET' || predicate === 'OFFICIAL_OF';
    const subject = see(personal ? person() : country());
    const object = see(predicate === 'MET' ? person() : country());
    if (subject === object) return;
    const [s, o] = (predicate === 'MET' || predicate === 'JOINT_EXERCISE') && subject > object ? [object, subject] : [subject, object];
    const date = `2024-${String((n % 12) + 1).padStart(2, '0')}`;
    facts.push({
      key: factKey(predicate, s, o, date), predicate, subject: s, object: o, articleId: id, date, precision: 'month', status: 'occurred',
      // A flat copy, as evidence read back from the journal is: not a cheap slice of the text.
      evidence: Buffer.from(text.slice(i * 30, i * 30 + 120)).toString(), evidenceStart: i * 30, evidenceEnd: i * 30 + 120,
      confidence: 0.8, rule: 'visit:وصل', role: null, eventId: null,
    });
  });
  return { article: { id, file: `${n}.txt`, url: null, source: 'bench', published: '2024-01-01', title: null, language: 'ar', hash: String(n), text, ingestedAt: '2026-01-01T00:00:00Z' }, entities: [...entities.values()], events: [], facts };
}

export interface StoreBench { facts: number; seconds: number; factsPerSecond: number; bytesPerFact: number }

/** Heap growth of a new in-memory store by N facts of synthetic articles, read after a full collection. */
async function heapOf(totalFacts: number): Promise<number> {
  const store = new EmbeddedStore({ dataDir: null });
  await store.init();
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  for (let n = 0; n < Math.ceil(totalFacts / FACTS_PER_ARTICLE); n++) await store.putArticle(syntheticGraph(n));
  global.gc?.();
  const bytes = process.memoryUsage().heapUsed - heap0;
  // Used after the reading, so the collector cannot free the store before it.
  await store.close();
  return bytes;
}

/** Time to ingest N facts into a new store; articles are made a batch at a time outside the clock. */
async function timeOf(totalFacts: number, dataDir: string | null): Promise<{ facts: number; seconds: number }> {
  const store = new EmbeddedStore({ dataDir, compactEvery: Number.MAX_SAFE_INTEGER });
  await store.init();
  const articles = Math.ceil(totalFacts / FACTS_PER_ARTICLE);
  let facts = 0;
  let nanos = 0n;
  for (let first = 0; first < articles; first += 1000) {
    const batch = Array.from({ length: Math.min(1000, articles - first) }, (_, i) => syntheticGraph(first + i));
    const t0 = process.hrtime.bigint();
    for (const doc of batch) {
      facts += doc.facts.length;
      await store.putArticle(doc);
    }
    nanos += process.hrtime.bigint() - t0;
  }
  if (dataDir) await store.close();
  return { facts, seconds: Number(nanos) / 1e9 };
}

/**
 * Heap per fact from a first fill; throughput from a second one, after the JIT has compiled the
 * ingest path (at 10k facts a cold run measures mostly compilation).
 */
export async function benchStore(totalFacts: number, durable: boolean): Promise<StoreBench> {
  const dir = durable ? mkdtempSync(join(tmpdir(), 'shabaka-bench-')) : null;
  try {
    const bytes = await heapOf(totalFacts);
    const { facts, seconds } = await timeOf(totalFacts, dir);
    return { facts, seconds, factsPerSecond: facts / seconds, bytesPerFact: bytes / facts };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
