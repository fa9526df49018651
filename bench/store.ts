// Embedded store (SQLite): bulk ingest and single-article commits, bytes per fact, open-to-first-answer
// time, on synthetic article graphs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityRecord } from '../src/extract/lexicon/types.ts';
import { SqliteStore } from '../dist/store/sqlite/sqlite-store.js';
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
  // Flat, as text read from a file or a request body is (repeat() would build a rope).
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
      // A flat copy, as evidence from the extractor is: not a cheap slice of the text.
      evidence: Buffer.from(text.slice(i * 30, i * 30 + 120)).toString(), evidenceStart: i * 30, evidenceEnd: i * 30 + 120,
      confidence: 0.8, rule: 'visit:وصل', role: null, eventId: null,
    });
  });
  return { article: { id, file: `${n}.txt`, url: null, source: 'bench', published: '2024-01-01', title: null, language: 'ar', hash: String(n), text, ingestedAt: '2026-01-01T00:00:00Z' }, entities: [...entities.values()], events: [], facts };
}

export interface StoreBench {
  facts: number;
  /** Bulk ingest: batches of 1,000 articles per transaction, as `shabaka ingest` writes. */
  bulkFactsPerSecond: number;
  /** The same per second of this process's CPU time: what a busy shared machine does not distort. */
  bulkFactsPerCpuSecond: number;
  /** The same for the first and the last tenth of the articles: does ingest slow as the store grows? */
  firstTenth: number;
  lastTenth: number;
  /** One transaction (one fsync) per article, as API ingests commit. */
  commitsPerSecond: number;
  bytesPerFact: number;
  /** A new process: open the database, answer one 1-hop question (module loading excluded, then included). */
  openToAnswerMs: number;
  processToAnswerMs: number;
}

/** As `shabaka ingest` writes by default (INGEST_BATCH). */
const BATCH = 1000;

/** Fills a new DATA_DIR with N facts of synthetic articles; articles are made outside the clock. */
export async function fill(dir: string, totalFacts: number): Promise<{ facts: number; seconds: number; cpuSeconds: number; tenths: number[] }> {
  const store = new SqliteStore({ dataDir: dir });
  const articles = Math.ceil(totalFacts / FACTS_PER_ARTICLE);
  let facts = 0;
  let nanos = 0n;
  const tenths: number[] = [];
  let tenthFacts = 0;
  let tenthNanos = 0n;
  let cpu = 0;
  for (let first = 0; first < articles; first += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, articles - first) }, (_, i) => syntheticGraph(first + i));
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    await store.putArticles(batch);
    const took = process.hrtime.bigint() - t0;
    const used = process.cpuUsage(c0);
    cpu += (used.user + used.system) / 1e6;
    nanos += took;
    tenthNanos += took;
    for (const d of batch) tenthFacts += d.facts.length;
    facts += batch.reduce((n, d) => n + d.facts.length, 0);
    if (first + BATCH >= ((tenths.length + 1) * articles) / 10 || first + BATCH >= articles) {
      tenths.push(tenthFacts / (Number(tenthNanos) / 1e9));
      tenthFacts = 0;
      tenthNanos = 0n;
    }
  }
  await store.close();
  return { facts, seconds: Number(nanos) / 1e9, cpuSeconds: cpu, tenths };
}

const OPEN_AND_ASK = `
const t0 = performance.now();
const { SqliteStore } = await import(process.argv[1]);
const t1 = performance.now();
const store = new SqliteStore({ dataDir: process.argv[2] });
const facts = await store.facts({ object: 'country:C17', predicates: ['VISITED'], limit: 20 });
const t2 = performance.now();
if (!facts.length) throw new Error('no answer');
console.log(JSON.stringify({ open: t2 - t1, total: t2 - t0 }));`;

export async function benchStore(totalFacts: number): Promise<StoreBench> {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-bench-'));
  try {
    const { facts, seconds, cpuSeconds, tenths } = await fill(dir, totalFacts);
    const bytes = statSync(join(dir, 'shabaka.db')).size;
    const started = process.hrtime.bigint();
    const asked = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', OPEN_AND_ASK, new URL('../dist/store/sqlite/sqlite-store.js', import.meta.url).href, dir], { encoding: 'utf8' })) as { open: number; total: number };
    const processMs = Number(process.hrtime.bigint() - started) / 1e6;
    const store = new SqliteStore({ dataDir: dir });
    const base = Math.ceil(totalFacts / FACTS_PER_ARTICLE) + 1;
    const commits = 300;
    const singles = Array.from({ length: commits }, (_, i) => syntheticGraph(base + i));
    const t0 = process.hrtime.bigint();
    for (const d of singles) await store.putArticle(d);
    const commitSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    await store.close();
    return {
      facts, bulkFactsPerSecond: facts / seconds, bulkFactsPerCpuSecond: facts / cpuSeconds, firstTenth: tenths[0]!, lastTenth: tenths.at(-1)!, commitsPerSecond: commits / commitSeconds,
      bytesPerFact: bytes / facts, openToAnswerMs: asked.open, processToAnswerMs: processMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
