import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import neo4j from 'neo4j-driver';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.ts';
import { ENTITY_LABELS, FACT_TYPES, template } from '../src/store/neo4j/cypher-files.ts';
import { toNative } from '../src/store/neo4j/driver.ts';
import { RecordingDriver } from './helpers/recording-driver.ts';
import { byFile, seedGraphs } from './helpers/seed-graphs.ts';

const cypherDir = new URL('../cypher/', import.meta.url);

describe('Neo4j store through a recording driver', () => {
  test('every query text comes from cypher/*.cypher and the database is always named', async () => {
    const driver = new RecordingDriver();
    const store = new Neo4jStore(driver, 'shabaka', 100);
    await store.init();
    await store.putArticle(byFile(seedGraphs(), '000'));
    await store.facts({ either: 'person:sergey-lavrov' });
    await store.stats();
    const files = readdirSync(cypherDir).filter((f) => f.endsWith('.cypher')).map((f) => readFileSync(new URL(f, cypherDir), 'utf8'));
    const templates = files.join('\n');
    for (const c of driver.calls) {
      const text = c.query.replace(new RegExp(`\\b(${FACT_TYPES.join('|')}|Country|Person|Organization|Place)\\b`, 'g'), '');
      const firstLine = text.split('\n').find((l) => l.trim() && !l.trim().startsWith('//'))!.trim().replace(/\{\{\w+\}\}/g, '');
      assert.ok(templates.replace(/\{\{\w+\}\}/g, '').includes(firstLine.slice(0, 30)), `query not from cypher/: ${c.query.slice(0, 80)}`);
    }
    assert.ok(driver.sessions.every((s) => s.database === 'shabaka'));
  });

  test('an article is one write transaction whose statements and parameters are pinned', async () => {
    const driver = new RecordingDriver();
    const store = new Neo4jStore(driver, 'neo4j', 500);
    const doc = byFile(seedGraphs(), '002');
    assert.equal(await store.putArticle(doc), 'created');
    const writes = driver.writes();
    const shape = writes.map((c) => c.query.split('\n').find((l) => !l.startsWith('//'))!.trim());
    // A new article has nothing to clear: it opens with the fact counts' lock, its stored hash read again under
    // it, the stored articles it may copy, then the article itself.
    assert.deepEqual(shape.slice(0, 4), ["MERGE (c:FactCounts {id: 'facts'})", 'UNWIND $ids AS id', 'UNWIND $bands AS band', 'UNWIND $articles AS article']);
    assert.ok(!shape.some((l) => l.startsWith('MATCH (s:Entity)-[r:')));
    assert.deepEqual((writes[3]!.params.articles as { id: string }[]).map((a) => a.id), [doc.article.id]);
    assert.equal(new Set(driver.sessions.filter((x) => x.mode === 'WRITE').map((x) => x)).size, 1, 'one write transaction');
    const factWrites = writes.filter((c) => c.query.includes('CREATE (s)-[r:'));
    const rows = factWrites.flatMap((c) => c.params.rows as { key: string; articleId: string; props: Record<string, unknown> }[]);
    assert.equal(rows.length, doc.facts.length);
    assert.ok(rows.every((r) => r.articleId === doc.article.id && typeof r.props.evidence === 'string' && r.props.rule));
    // Offsets go as Neo4j integers, not as floats (a JavaScript number travels as a float); the
    // recording driver's copy of the parameters keeps an Integer's fields, not its class.
    const isInt = (v: unknown) => neo4j.isInt(v) || (typeof v === 'object' && v !== null && 'low' in v && 'high' in v);
    assert.ok(rows.every((r) => isInt(r.props.evidenceStart) && isInt(r.props.evidenceEnd)));
    const entityRows = writes.filter((c) => c.query.includes('MERGE (n:Entity')).flatMap((c) => c.params.rows as { searchKeys: string[] }[]);
    assert.ok(entityRows.length > 0 && entityRows.every((r) => r.searchKeys.length > 0));
  });

  test('a changed article first drops its facts per type, its event reports, bands and mentions, then prunes what it alone named', async () => {
    const doc = byFile(seedGraphs(), '002');
    const driver = new RecordingDriver((q) => {
      if (q.includes('RETURN a.id AS id, a.hash AS hash')) return [{ id: doc.article.id, hash: 'old' }];
      if (q.includes('RETURN collect(e.id) AS ids')) return [{ ids: ['person:gone', doc.entities[0]!.id] }];
      return [];
    });
    const store = new Neo4jStore(driver, 'neo4j', 500);
    assert.equal(await store.putArticle(doc), 'updated');
    const shape = driver.writes().map((c) => c.query.split('\n').find((l) => !l.startsWith('//'))!.trim());
    assert.deepEqual(shape.slice(0, 14), [
      "MERGE (c:FactCounts {id: 'facts'})",
      'UNWIND $ids AS id',
      ...FACT_TYPES.map((rel) => `MATCH (s:Entity)-[r:${rel} {articleId: $articleId}]->(o:Entity)`),
      'MATCH (r:EventReport {articleId: $articleId})',
      'MATCH (:Article {id: $articleId})-[h:HAS_BAND]->(b:MinHashBand)',
      'MATCH (:Article {id: $articleId})-[:MENTIONS]->(e:Entity)',
      'MATCH (a:Article {id: $articleId})',
      'UNWIND $bands AS band',
      'UNWIND $articles AS article',
    ]);
    const prune = driver.writes().at(-1)!;
    assert.match(prune.query, /WHERE NOT \(:Article\)-\[:MENTIONS\]->\(e\)/);
    assert.deepEqual(prune.params.ids, ['person:gone'], 'only entities the new version no longer names');
  });

  test('batching: N facts make ceil(N / batch size) write calls', async () => {
    for (const batch of [1, 2, 3, 500]) {
      const driver = new RecordingDriver();
      const store = new Neo4jStore(driver, 'neo4j', batch);
      const doc = byFile(seedGraphs(), '001');
      await store.putArticle(doc);
      for (const rel of FACT_TYPES) {
        const n = doc.facts.filter((f) => f.predicate === rel).length;
        const calls = driver.writes().filter((c) => c.query.includes(`CREATE (s)-[r:${rel} {key`)).length;
        assert.equal(calls, Math.ceil(n / batch), `${rel} with batch ${batch}`);
      }
    }
  });

  test('several articles are one write transaction with the statements of one', async () => {
    const docs = seedGraphs();
    // The fact counts are kept: they move by what resolution reads, with no reads of their own.
    const driver = new RecordingDriver((q) => (q.includes('RETURN c.kept = true AS kept') ? [{ kept: true }] : []));
    assert.deepEqual(await new Neo4jStore(driver, 'neo4j', 500).putArticles(docs), docs.map(() => 'created'));
    assert.equal(driver.sessions.filter((x) => x.mode === 'WRITE').length, 1);
    // the counts' lock, similar articles, article, bands, entities per label, mentions, places, event resolution
    // (candidates, drop, reports, events), facts per type, their triples per type (and the counts moved, per
    // type): not per article.
    assert.ok(driver.writes().length <= 10 + ENTITY_LABELS.length + 3 * FACT_TYPES.length, String(driver.writes().length));
    assert.equal(driver.writes().filter((c) => c.query.includes('count(DISTINCT r.key)')).length, 0, 'no keys counted before and after');
    const rows = driver.writes().filter((c) => c.query.includes('CREATE (s)-[r:')).flatMap((c) => c.params.rows as unknown[]);
    assert.equal(rows.length, docs.reduce((n, d) => n + d.facts.length, 0));
  });

  test('an unchanged article is not written again', async () => {
    const doc = byFile(seedGraphs(), '000');
    const driver = new RecordingDriver((q) => (q.includes('RETURN a.id AS id, a.hash AS hash') ? [{ id: doc.article.id, hash: doc.article.hash }] : []));
    const store = new Neo4jStore(driver, 'neo4j', 100);
    assert.equal(await store.putArticle(doc), 'unchanged');
    assert.equal(driver.writes().length, 0);
  });

  test('hostile text is passed as parameters, never spliced into Cypher', async () => {
    const driver = new RecordingDriver();
    const store = new Neo4jStore(driver, 'neo4j', 100);
    const doc = byFile(seedGraphs(), '000');
    const evil = "x'}) DETACH DELETE n //";
    doc.entities[0]!.name = evil;
    doc.article.title = evil;
    await store.putArticle(doc);
    await store.searchEntities(evil);
    assert.ok(driver.calls.every((c) => !c.query.includes('DETACH DELETE n //')));
    assert.ok(driver.calls.some((c) => JSON.stringify(c.params).includes('DETACH DELETE n //')));
  });

  test('labels and relationship types come only from the fixed list', () => {
    assert.throws(() => template('facts-create', { REL: 'VISITED]->() DETACH DELETE n //', LABEL: undefined }), /not in the fixed list/);
    assert.throws(() => template('entities-merge', { LABEL: 'Person:Admin', REL: undefined }), /not in the fixed list/);
    assert.match(template('facts-create', { REL: 'MET', LABEL: undefined }), /\[r:MET \{key/);
    assert.throws(() => template('facts-around', { RELS: 'VISITED|MENTIONS' }), /not in the fixed list/);
    assert.throws(() => template('facts-around', { RELS: 'VISITED]-() DETACH DELETE n //' }), /not in the fixed list/);
    assert.match(template('facts-around', { RELS: 'MET|VISITED' }), /\[r:MET\|VISITED\]/);
  });

  test('a question at one entity is one read: the types stand in the pattern, the entity and the other ends come with the facts', async () => {
    const lavrov = { id: 'person:sergey-lavrov', type: 'Person', name: 'Sergey Lavrov', known: true };
    const kp = { id: 'country:KP', type: 'Country', name: 'North Korea', known: true, code: 'KP' };
    const source = { key: 'VISITED|person:sergey-lavrov|country:KP|2025-07', predicate: 'VISITED', subject: lavrov.id, object: kp.id, articleId: 'article:a', date: '2025-07', status: 'occurred', confidence: 0.9, evidence: 'x', evidenceStart: 0, evidenceEnd: 1, rule: 'r' };
    const driver = new RecordingDriver((q) => (q.includes('UNION ALL') ? [{ source: null, entity: lavrov, mentionCount: 2 }, { source, entity: kp, mentionCount: 5 }] : []));
    const store = new Neo4jStore(driver, 'neo4j', 100);
    const { groups, entities } = await store.factsWithEntities({ subject: lavrov.id, predicates: ['VISITED', 'MET'], limit: 20 });
    assert.equal(driver.calls.length, 1);
    assert.match(driver.calls[0]!.query, /\[r:MET\|VISITED\]/);
    assert.equal(driver.calls[0]!.params.direction, 'OUT');
    assert.deepEqual(groups.map((g) => [g.subject, g.object, g.sourceCount]), [[lavrov.id, kp.id, 1]]);
    assert.deepEqual(entities.map((e) => [e.id, (e as { mentionCount?: number }).mentionCount, e.nameAr]), [[lavrov.id, 2, null], [kp.id, 5, null]]);
    assert.deepEqual((await store.facts({ subject: lavrov.id, predicates: ['VISITED'] })).map((g) => g.key), [source.key]);
  });

  test('Neo4j integers are converted at the boundary', () => {
    assert.deepEqual(toNative({ n: neo4j.int(42), list: [neo4j.int(1)], nested: { m: neo4j.int(7) } }), { n: 42, list: [1], nested: { m: 7 } });
  });
});
