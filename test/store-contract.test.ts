import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { EntityRecord } from '../src/extract/lexicon/types.ts';
import type { ArticleGraph, FactGroup, FactQuery, GraphStore } from '../src/store/graph-store.ts';
import { MAX_PAGE } from '../src/store/graph-store.ts';
import { PREDICATES } from '../src/extract/types.ts';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { clearNeo4j, lockNeo4j, NEO4J_SKIPPED, neo4jTestConfig } from './helpers/neo4j-test.ts';
import { byFile, seedGraphs } from './helpers/seed-graphs.ts';

const LAVROV = 'person:sergey-lavrov';
const KP = 'country:KP';
const SHOIGU = 'person:sergei-shoigu';

/** Another article (its own id, outlet and text) reporting Shoigu's visit to North Korea once, as given. */
function shoiguReport(n: number, date: string | null, status: 'occurred' | 'planned' = 'occurred'): ArticleGraph {
  const doc = structuredClone(byFile(seedGraphs(), '004'));
  const id = `article:shoigu-${n}`;
  const visit = doc.facts.find((f) => f.predicate === 'VISITED' && f.subject === SHOIGU)!;
  doc.article = { ...doc.article, id, url: `https://example.org/${n}`, source: `Outlet ${n}`, hash: `shoigu-${n}`, text: `Report ${n}: ${'word '.repeat(n)}` };
  doc.events = [];
  doc.facts = [{ ...visit, articleId: id, date, precision: date ? (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day') : null, status, key: `VISITED|${SHOIGU}|${KP}|${date ?? ''}`, evidence: 'Report', evidenceStart: 0, evidenceEnd: 6 }];
  return doc;
}

/** The contract every GraphStore keeps; run against each implementation. */
function contract(name: string, make: () => Promise<GraphStore>, reset: (s: GraphStore) => Promise<void>) {
  describe(`GraphStore contract: ${name}`, () => {
    const fresh = async () => {
      const s = await make();
      await reset(s);
      return s;
    };

    test('ingest writes articles, entities and facts; re-ingest changes nothing', async () => {
      const s = await fresh();
      try {
        for (const d of seedGraphs()) assert.equal(await s.putArticle(d), 'created');
        const before = await s.stats();
        assert.equal(before.articles, 5);
        assert.ok((before.entities.Person ?? 0) >= 15);
        assert.ok((before.facts.VISITED ?? 0) >= 5);
        for (const d of seedGraphs()) assert.equal(await s.putArticle(d), 'unchanged');
        assert.deepEqual(await s.stats(), before);
      } finally {
        await s.close();
      }
    });

    test('one person across articles is one node; a fact from two articles has two sources', async () => {
      const s = await fresh();
      try {
        for (const d of seedGraphs()) await s.putArticle(d);
        const lavrov = await s.getEntity(LAVROV);
        assert.equal(lavrov?.name, 'Sergey Lavrov');
        assert.equal((lavrov as { mentionCount?: number }).mentionCount, 2);
        const visits = await s.facts({ subject: LAVROV, object: KP, predicates: ['VISITED'] });
        const dated = visits.find((f) => f.date === '2025-07-11')!;
        assert.equal(dated.sourceCount, 2);
        assert.equal(dated.status, 'occurred'); // one source says planned, the other occurred: the firmest wins
        assert.ok(dated.sources.every((src) => src.evidence.length > 10 && src.rule.startsWith('visit:')));
      } finally {
        await s.close();
      }
    });

    test('retract removes only that article\'s support', async () => {
      const s = await fresh();
      try {
        const docs = seedGraphs();
        for (const d of docs) await s.putArticle(d);
        const a001 = byFile(docs, '001');
        assert.equal(await s.retractArticle(a001.article.id), true);
        assert.equal(await s.retractArticle(a001.article.id), false);
        assert.equal(await s.getArticle(a001.article.id), null);
        const visit = (await s.facts({ subject: LAVROV, object: KP, predicates: ['VISITED'] })).find((f) => f.date === '2025-07-11')!;
        assert.equal(visit.sourceCount, 1);
        // Dan Caine is named only in 001: he and his facts are gone.
        assert.equal(await s.getEntity('person:dan-caine'), null);
        assert.equal((await s.facts({ either: 'person:dan-caine' })).length, 0);
        assert.equal((await s.stats()).articles, 4);
      } finally {
        await s.close();
      }
    });

    test('a changed article (same id, new text) replaces its old facts', async () => {
      const s = await fresh();
      try {
        const doc = byFile(seedGraphs(), '002');
        await s.putArticle(doc);
        const changed = structuredClone(doc);
        changed.article.text += '\nتحديث.';
        changed.article.hash = 'changed';
        changed.facts = changed.facts.filter((f) => f.predicate !== 'VISITED');
        assert.equal(await s.putArticle(changed), 'updated');
        assert.equal((await s.facts({ predicates: ['VISITED'] })).length, 0);
        assert.ok((await s.facts({ predicates: ['OFFICIAL_OF'] })).length > 0);
        assert.equal((await s.stats()).articles, 1);
      } finally {
        await s.close();
      }
    });

    test('reads: articles, paging, search, filters', async () => {
      const s = await fresh();
      try {
        for (const d of seedGraphs()) await s.putArticle(d);
        const page1 = await s.listArticles({ limit: 2, offset: 0 });
        const page2 = await s.listArticles({ limit: 2, offset: 2 });
        assert.equal(page1.length, 2);
        assert.equal(page2.length, 2);
        assert.notEqual(page1[0]!.id, page2[0]!.id);
        assert.equal(page1[0]!.published, '2025-07-12'); // newest first
        const got = await s.getArticle(page1[0]!.id);
        assert.ok(got && got.text.length > 100);
        for (const q of ['لافروف', 'Lavrov']) assert.ok((await s.searchEntities(q)).some((e) => e.id === LAVROV), q);
        const troops = await s.facts({ predicates: ['DEPLOYED_TROOPS_TO'], subject: KP });
        assert.ok(troops.some((f) => f.object === 'country:RU'));
        const inJuly = await s.facts({ predicates: ['JOINT_EXERCISE'], from: '2025-07-01', to: '2025-07-31' });
        assert.ok(inJuly.length >= 3 && inJuly.every((f) => f.date?.startsWith('2025-07')));
        const twice = await s.facts({ minSources: 2 });
        assert.ok(twice.length > 0 && twice.every((f) => f.sourceCount >= 2));
        const planned = await s.facts({ statuses: ['planned'] });
        assert.ok(planned.every((f) => f.status === 'planned'));
        // MET is symmetric: asking either way finds it.
        const met = await s.facts({ subject: 'person:vladimir-putin', object: 'person:kim-jong-un', predicates: ['MET'] });
        const metBack = await s.facts({ subject: 'person:kim-jong-un', object: 'person:vladimir-putin', predicates: ['MET'] });
        assert.ok(met.length > 0);
        assert.equal(met.length, metBack.length);
      } finally {
        await s.close();
      }
    });

    test('a question at one entity with the records of its ends (where the store has one) gives what facts() and getEntities() give', async () => {
      const s = await fresh();
      try {
        for (const d of seedGraphs()) await s.putArticle(d);
        const withEntities = s.factsWithEntities;
        const around = withEntities ? (q: FactQuery) => withEntities.call(s, q) : null;
        if (!around) return;
        const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
        const questions: FactQuery[] = [{ subject: LAVROV }, { object: KP, predicates: ['VISITED'] }, { either: LAVROV, predicates: ['MET'] }, { subject: LAVROV, object: KP }, { object: KP, limit: 2, offset: 1 }, { object: KP, statuses: ['occurred'] }];
        for (const q of questions) {
          const answer: { groups: FactGroup[]; entities: EntityRecord[] } = await around(q);
          assert.deepEqual(plain(answer.groups), plain(await s.facts(q)));
          const byId = new Map<string, EntityRecord>(answer.entities.map((e: EntityRecord) => [e.id, e]));
          const ends = await s.getEntities([q.subject ?? q.object ?? q.either!, ...answer.groups.flatMap((g) => [g.subject, g.object])]);
          for (const e of ends.values()) assert.deepEqual(byId.get(e.id) ?? null, e, e.id);
        }
        assert.deepEqual(await around({ subject: 'person:nobody' }), { groups: [], entities: [] });
      } finally {
        await s.close();
      }
    });

    test('reads: events, mentions, neighbourhood, paths, an article\'s facts', async () => {
      const s = await fresh();
      try {
        const docs = seedGraphs();
        for (const d of docs) await s.putArticle(d);
        const ents = await s.getEntities([LAVROV, KP, 'person:nobody']);
        assert.deepEqual([...ents.keys()].sort(), [KP, LAVROV]);
        const exercise = (await s.facts({ predicates: ['JOINT_EXERCISE'], from: '2025-07-11', to: '2025-07-11' })).find((f) => f.sources[0]!.eventId)!;
        const ev = await s.getEvent(exercise.sources[0]!.eventId!);
        assert.equal(ev?.kind, 'exercise');
        assert.equal(ev?.participants.length, 3);
        const mentioning = await s.articlesMentioning(LAVROV);
        assert.deepEqual(mentioning.map((a) => a.file).sort(), ['000_528a6e7872004594.txt', '001_567f2c53f91ef5fe.txt']);
        const n1 = await s.neighbourhood(LAVROV, { depth: 1 });
        assert.ok(n1.nodes.some((n) => n.id === KP) && n1.edges.every((e) => e.subject === LAVROV || e.object === LAVROV));
        // A walk's edges count sources as the fact questions do (independent stories included).
        const atLavrov = new Map((await s.facts({ either: LAVROV })).map((f) => [f.key, f]));
        for (const e of n1.edges) {
          assert.equal(e.independentSources, atLavrov.get(e.key)?.independentSources, e.key);
          assert.equal(e.sourceCount, atLavrov.get(e.key)?.sourceCount, e.key);
        }
        const n2 = await s.neighbourhood(LAVROV, { depth: 2 });
        assert.ok(n2.nodes.length > n1.nodes.length);
        const onlyVisits = await s.neighbourhood(LAVROV, { depth: 2, predicates: ['VISITED'] });
        assert.ok(onlyVisits.edges.length > 0 && onlyVisits.edges.every((e) => e.predicate === 'VISITED'));
        // The strongest first (most sources, then confidence); a limit keeps the head of the same ranking, and the nodes are the entity and the drawn edges' ends.
        assert.ok(n2.edges.every((e, i) => i === 0 || n2.edges[i - 1]!.sourceCount > e.sourceCount || (n2.edges[i - 1]!.sourceCount === e.sourceCount && n2.edges[i - 1]!.confidence >= e.confidence)));
        const top3 = await s.neighbourhood(LAVROV, { depth: 2, limit: 3 });
        assert.deepEqual(top3.edges.map((e) => e.key), n2.edges.slice(0, 3).map((e) => e.key));
        assert.deepEqual(new Set(top3.nodes.map((n) => n.id)), new Set([LAVROV, ...top3.edges.flatMap((e) => [e.subject, e.object])]));
        const july = await s.neighbourhood(LAVROV, { depth: 2, from: '2025-07-01', to: '2025-07-31' });
        assert.ok(july.edges.length > 0 && july.edges.length < n2.edges.length && july.edges.every((e) => e.date?.startsWith('2025-07')));
        assert.deepEqual(await s.neighbourhood('person:nobody', { depth: 2 }), { nodes: [], edges: [] });
        const paths = await s.paths('person:dan-caine', 'person:charles-q-brown', 4);
        assert.ok(paths.length > 0);
        for (const p of paths) {
          assert.equal(p.nodes[0], 'person:dan-caine');
          assert.equal(p.nodes.at(-1), 'person:charles-q-brown');
          assert.equal(p.edges.length, p.nodes.length - 1);
          for (const [k, e] of p.edges.entries()) {
            const [a, b] = [p.nodes[k]!, p.nodes[k + 1]!];
            // The edge a question between the two ends gives first: from a to b, else from b to a.
            const asked = (await s.facts({ subject: a, object: b, limit: 1 }))[0] ?? (await s.facts({ subject: b, object: a, limit: 1 }))[0];
            assert.equal(e.key, asked?.key);
          }
          assert.ok(p.edges.every((e) => Number.isInteger(e.independentSources) && e.independentSources >= 1));
        }
        assert.equal(new Set(paths.map((p) => p.nodes.join(' '))).size, paths.length, 'each sequence once');
        assert.deepEqual(await s.paths('person:dan-caine', 'person:charles-q-brown', 1), []);
        const a000 = byFile(docs, '000');
        const contributed = await s.facts({ articleId: a000.article.id });
        assert.ok(contributed.length > 5 && contributed.every((f) => f.sources.every((src) => src.articleId === a000.article.id)));
      } finally {
        await s.close();
      }
    });

    test('stats agree with the stored documents after writes, replacements and retracts', async () => {
      const s = await fresh();
      try {
        const docs = seedGraphs();
        for (const d of docs) await s.putArticle(d);
        const changed = structuredClone(byFile(docs, '002'));
        changed.article.hash = 'changed';
        changed.facts = changed.facts.filter((f) => f.predicate !== 'VISITED');
        await s.putArticle(changed);
        await s.retractArticle(byFile(docs, '004').article.id);
        await s.retractArticle(byFile(docs, '001').article.id);
        await s.putArticle(byFile(seedGraphs(), '001'));
        const entities = new Map<string, string>();
        const facts = new Map<string, string>();
        let articles = 0;
        // Reports of one event from several articles are one event; a report's facts are counted as the resolved facts they joined.
        const resolvedEvents = new Set<string>();
        for await (const d of s.documents()) {
          articles++;
          for (const e of d.events) resolvedEvents.add((await s.getEvent(e.id))!.id);
          for (const e of d.entities) entities.set(e.id, e.type);
          for (const f of d.facts) {
            const joined = (await s.facts({ subject: f.subject, object: f.object, predicates: [f.predicate] }))
              .find((g) => g.subject === f.subject && g.sources.some((src) => src.articleId === f.articleId && (src.reportedDate ?? null) === f.date))!;
            facts.set(joined.key, f.predicate);
          }
        }
        const events = resolvedEvents.size;
        const tally = (m: Map<string, string>) => [...m.values()].reduce<Record<string, number>>((o, k) => ((o[k] = (o[k] ?? 0) + 1), o), {});
        const stats = await s.stats();
        assert.equal(stats.articles, articles);
        assert.deepEqual(stats.facts, tally(facts));
        // Neo4j also holds the bare Country node of a place's LOCATED_IN, which no article mentions.
        if (s.kind === 'embedded') assert.deepEqual(stats.entities, { ...tally(entities), ...(events ? { Event: events } : {}) });
      } finally {
        await s.close();
      }
    });

    test('stats stay exact through batched writes: shared facts in one transaction, replacements beside new articles, retracts', async () => {
      const s = await fresh();
      // Distinct facts per type as the store answers questions (the seed is far below a page per type).
      const answered = async () => {
        const out: Record<string, number> = {};
        for (const p of PREDICATES) {
          const n = (await s.facts({ predicates: [p], limit: MAX_PAGE })).length;
          assert.ok(n < MAX_PAGE);
          if (n) out[p] = n;
        }
        return out;
      };
      assert.ok(s.putArticles, 'both stores write batches');
      const batch = (ds: ArticleGraph[]) => s.putArticles!(ds);
      try {
        const docs = seedGraphs();
        // Two reports of the same visit in the first batch: one fact between them, not two.
        await batch([...docs, shoiguReport(1, '2023-07')]);
        assert.deepEqual((await s.stats()).facts, await answered());
        // One transaction replacing an article (without its visits), adding reports that resolve into a
        // stored fact (a more precise date), split off one (an incompatible date) and join one (undated).
        const changed = structuredClone(byFile(docs, '002'));
        changed.article.hash = 'changed';
        changed.facts = changed.facts.filter((f) => f.predicate !== 'VISITED');
        await batch([shoiguReport(2, '2023-07-26'), changed, shoiguReport(3, '2023-09'), shoiguReport(4, null)]);
        assert.deepEqual((await s.stats()).facts, await answered());
        // The original again, beside a replaced report that moves to another date.
        await batch([byFile(seedGraphs(), '002'), { ...shoiguReport(3, '2024-01'), article: { ...shoiguReport(3, '2024-01').article, hash: 'moved' } }]);
        assert.deepEqual((await s.stats()).facts, await answered());
        for (const id of ['article:shoigu-2', byFile(docs, '004').article.id, 'article:shoigu-1']) {
          await s.retractArticle(id);
          assert.deepEqual((await s.stats()).facts, await answered(), `after retracting ${id}`);
        }
      } finally {
        await s.close();
      }
    });

    test('fact resolution: compatible dates are one fact at the most precise date, every source kept; retract re-resolves', async () => {
      const s = await fresh();
      const visits = async () => (await s.facts({ subject: SHOIGU, object: KP, predicates: ['VISITED'] })).map((f) => `${f.date}:${f.sourceCount}:${f.status}:${f.sources.map((x) => x.reportedDate ?? '-').sort().join(',')}`).sort();
      try {
        const docs = seedGraphs();
        for (const d of docs) await s.putArticle(d);
        // 002 says 2023, 004 says 2023-07: one visit dated 2023-07 with both sources.
        assert.deepEqual(await visits(), ['2023-07:2:occurred:2023,2023-07']);
        const [visit] = await s.facts({ subject: SHOIGU, object: KP, predicates: ['VISITED'] });
        assert.equal(visit!.key, `VISITED|${SHOIGU}|${KP}|2023-07`);
        assert.equal(visit!.cameo, '042');
        await s.retractArticle(byFile(docs, '004').article.id);
        assert.deepEqual(await visits(), ['2023:1:occurred:2023']);
        await s.putArticle(byFile(seedGraphs(), '004'));
        // A planned report and a later, more precise occurred one: one fact, the firmest status, both sources.
        await s.putArticle(shoiguReport(1, '2023-07-26', 'planned'));
        assert.deepEqual(await visits(), ['2023-07-26:3:occurred:2023,2023-07,2023-07-26']);
        // An incompatible date is a fact of its own; 2023-07 still fits one fact, 2023 fits two and stands alone.
        await s.putArticle(shoiguReport(2, '2023-09'));
        assert.deepEqual(await visits(), ['2023-07-26:2:occurred:2023-07,2023-07-26', '2023-09:1:occurred:2023-09', '2023:1:occurred:2023']);
        await s.retractArticle('article:shoigu-1');
        assert.deepEqual(await visits(), ['2023-09:1:occurred:2023-09', '2023:1:occurred:2023', '2023-07:1:occurred:2023-07'].sort());
        await s.retractArticle('article:shoigu-2');
        assert.deepEqual(await visits(), ['2023-07:2:occurred:2023,2023-07']);
        // An undated report joins the one fact it can be.
        await s.putArticle(shoiguReport(3, null));
        assert.deepEqual(await visits(), ['2023-07:3:occurred:-,2023,2023-07']);
        assert.equal((await s.stats()).facts.VISITED, (await s.facts({ predicates: ['VISITED'] })).length);
      } finally {
        await s.close();
      }
    });

    test('event resolution: reports of one exercise from two articles are one event; retract splits it again', async () => {
      const s = await fresh();
      try {
        const docs = seedGraphs();
        for (const d of docs) await s.putArticle(d);
        const a000 = byFile(docs, '000');
        const a001 = byFile(docs, '001');
        const drill000 = a000.events[0]!.id;
        const drill001 = a001.events.find((e) => e.kind === 'exercise')!.id;
        const one = await s.getEvent(drill000);
        assert.equal(one!.id, (await s.getEvent(drill001))!.id);
        assert.deepEqual(one!.articleIds, [a000.article.id, a001.article.id].sort());
        assert.deepEqual([...one!.participants].sort(), ['country:JP', 'country:KR', 'country:US']);
        assert.equal(one!.date, '2025-07-11');
        const reports = docs.reduce((n, d) => n + d.events.length, 0);
        assert.equal((await s.stats()).entities.Event, reports - 1);
        await s.retractArticle(a001.article.id);
        assert.deepEqual((await s.getEvent(drill000))!.articleIds, [a000.article.id]);
        assert.equal(await s.getEvent(drill001), null);
        assert.equal((await s.stats()).entities.Event, reports - a001.events.length);
        await s.putArticle(byFile(seedGraphs(), '001'));
        assert.deepEqual((await s.getEvent(drill001))!.articleIds, [a000.article.id, a001.article.id].sort());
        assert.equal((await s.stats()).entities.Event, reports - 1);
      } finally {
        await s.close();
      }
    });

    test('near-duplicates: a copy joins its story, counts as a source but not as an independent one; minSources counts independent ones', async () => {
      const s = await fresh();
      try {
        const docs = seedGraphs();
        for (const d of docs) await s.putArticle(d);
        const a000 = byFile(docs, '000');
        const copy = structuredClone(a000);
        const id = 'article:copy-of-000';
        copy.article = { ...copy.article, id, url: 'https://example.org/copy', source: 'A syndicating outlet', hash: 'copy', text: `Syndicated.\n${a000.article.text}\nMore news.` };
        copy.facts = copy.facts.map((f) => ({ ...f, articleId: id, evidenceStart: f.evidenceStart + 12, evidenceEnd: f.evidenceEnd + 12 }));
        copy.events = copy.events.map((e) => ({ ...e, id: `${id}:${e.id}`, articleId: id }));
        await s.putArticle(copy);
        assert.equal((await s.getArticle(id))!.duplicateGroup, a000.article.id);
        assert.equal((await s.getArticle(a000.article.id))!.duplicateGroup, a000.article.id);
        const visit = (await s.facts({ subject: LAVROV, object: KP, predicates: ['VISITED'] }))[0]!;
        assert.deepEqual([visit.sourceCount, visit.independentSources], [3, 2]);
        assert.equal((await s.facts({ subject: LAVROV, object: KP, predicates: ['VISITED'], minSources: 3 })).length, 0);
        assert.equal((await s.facts({ subject: LAVROV, object: KP, predicates: ['VISITED'], minSources: 2 })).length, 1);
        // The copy's exercise is the same event as the two it copies.
        assert.deepEqual((await s.getEvent(copy.events[0]!.id))!.articleIds, [a000.article.id, byFile(docs, '001').article.id, id].sort());
        await s.retractArticle(a000.article.id);
        assert.equal((await s.getArticle(id))!.duplicateGroup, a000.article.id);
        const after = (await s.facts({ subject: LAVROV, object: KP, predicates: ['VISITED'] }))[0]!;
        assert.deepEqual([after.sourceCount, after.independentSources], [2, 2]);
      } finally {
        await s.close();
      }
    });

    test('documents: every stored article with its entities, events and facts, evidence included', async () => {
      const s = await fresh();
      try {
        const docs = seedGraphs();
        for (const d of docs) await s.putArticle(d);
        await s.retractArticle(byFile(docs, '003').article.id);
        const out = [];
        for await (const d of s.documents()) out.push(d);
        assert.deepEqual(out.map((d) => d.article.id), docs.filter((d) => !d.article.file.startsWith('003')).map((d) => d.article.id).sort());
        const a001 = out.find((d) => d.article.file.startsWith('001'))!;
        const want = byFile(seedGraphs(), '001');
        assert.equal(a001.article.text, want.article.text);
        assert.deepEqual(a001.facts.map((f) => f.key).sort(), want.facts.filter((f) => f.subject !== f.object).map((f) => f.key).sort());
        assert.ok(a001.facts.every((f) => f.evidence === a001.article.text.slice(f.evidenceStart, f.evidenceEnd)));
        assert.deepEqual(a001.events.map((e) => e.id).sort(), want.events.map((e) => e.id).sort());
        assert.ok(a001.entities.some((e) => e.id === LAVROV));
      } finally {
        await s.close();
      }
    });
  });
}

contract('SQLite (:memory:)', async () => {
  const s = new SqliteStore({ dataDir: null });
  await s.init();
  return s;
}, async () => {});
contract('SQLite (file in DATA_DIR)', async () => {
  const s = new SqliteStore({ dataDir: mkdtempSync(join(tmpdir(), 'shabaka-store-')) });
  await s.init();
  return s;
}, async () => {});

const neo4jConfig = neo4jTestConfig;
if (neo4jConfig) {
  contract('neo4j', async () => {
    await lockNeo4j();
    const s = Neo4jStore.connect(neo4jConfig);
    await s.init();
    return s;
    // init() again after clearing: it keeps the fact counts (a FactCounts node) that stats() reads.
  }, async (s) => {
    await clearNeo4j();
    await s.init();
  });
} else {
  test('GraphStore contract: neo4j', { skip: NEO4J_SKIPPED }, () => {});
}
