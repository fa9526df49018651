import assert from 'node:assert/strict';
import { test } from 'node:test';
import { factKey } from '../src/store/article-graph.ts';
import type { ArticleGraph } from '../src/store/graph-store.ts';
import type { Db } from '../src/store/sqlite/database.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seedGraphs } from './helpers/seed-graphs.ts';

// Bulk ingest writes a transaction's mentions and fact reports at its end, sorted by their index keys
// (issue 14), and resolves each triple once after. The stored graph must be the one that writing the
// same articles one transaction each gives: same facts, dates, sources, counts, mentions.

/** A copy of an article under another id whose dated facts say only the year: their triples then have reports at two dates to resolve. */
function coarser(d: ArticleGraph, n: number): ArticleGraph {
  const id = `${d.article.id}-copy${n}`;
  const facts = d.facts.map((f) => {
    const date = f.date ? f.date.slice(0, 4) : null;
    return { ...f, articleId: id, date, precision: date ? ('year' as const) : null, key: factKey(f.predicate, f.subject, f.object, date) };
  });
  const events = d.events.map((e) => ({ ...e, id: `${e.id}-copy${n}`, articleId: id }));
  return { ...d, article: { ...d.article, id, file: `copy${n}-${d.article.file}`, hash: `${d.article.hash}-copy${n}` }, facts, events };
}

/** The same article again with its first fact left out (a replacement inside one batch). */
function shorter(d: ArticleGraph): ArticleGraph {
  return { ...d, article: { ...d.article, hash: `${d.article.hash}-shorter` }, facts: d.facts.slice(1) };
}

/** Every stored row that says something, rowids replaced by the keys they stand for, sorted. */
function contents(db: Db): Record<string, unknown[]> {
  const rows = (sql: string) => db.prepare(sql).raw().all().map((r) => JSON.stringify(r)).sort();
  return {
    facts: rows('SELECT predicate, subject, object, date, precision, status, sources, confidence, independent FROM facts'),
    sources: rows(`SELECT f.predicate, f.subject, f.object, f.date, a.id, s.status, s.confidence, s.evidence, s.evidence_start, s.evidence_end, s.rule, s.role, s.event_id, s.date, s.precision
      FROM fact_sources s JOIN facts f ON f.rowid = s.fact JOIN articles a ON a.rowid = s.article`),
    mentions: rows('SELECT e.id, m.published, m.article, m.forms FROM mentions m JOIN entities e ON e.rowid = m.entity'),
    entities: rows('SELECT id, type, name, name_ar, mentions FROM entities'),
    forms: rows('SELECT e.id, f.form, f.articles FROM entity_forms f JOIN entities e ON e.rowid = f.entity'),
    articles: rows('SELECT id, hash, dup_group FROM articles'),
    events: rows('SELECT e.id, a.id, e.event FROM events e JOIN articles a ON a.rowid = e.article'),
    counts: rows('SELECT name, n FROM counts WHERE n <> 0'),
  };
}

test('one bulk transaction stores the same graph as one transaction per article', async () => {
  const seeds = seedGraphs();
  const docs = [...seeds, ...seeds.map((d) => coarser(d, 1)), shorter(seeds[0]!), ...seeds.slice(0, 3).map((d) => coarser(d, 2))];
  assert.ok(docs.length > 10, 'enough articles to share facts');
  const one = new SqliteStore({ dataDir: null });
  for (const d of docs) await one.putArticle(d);
  const bulk = new SqliteStore({ dataDir: null });
  const results = await bulk.putArticles(docs);
  assert.equal(results.filter((r) => r === 'updated').length, 1, 'the shorter version replaced its article inside the batch');
  const a = contents((one as unknown as { db: Db }).db);
  const b = contents((bulk as unknown as { db: Db }).db);
  assert.ok(a.facts!.length > 20 && a.sources!.length > a.facts!.length, 'facts with several sources');
  assert.ok(a.sources!.some((s) => (JSON.parse(s as string) as unknown[])[13] !== (JSON.parse(s as string) as unknown[])[3]), 'some report moved to a resolved date');
  assert.deepEqual(b, a);
  assert.deepEqual(await bulk.stats(), await one.stats());
  await one.close();
  await bulk.close();
});
