import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import neo4j from 'neo4j-driver';
import { Neo4jStore } from '../src/store/neo4j/neo4j-store.ts';
import { FACT_TYPES, template } from '../src/store/neo4j/cypher-files.ts';
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
    assert.deepEqual(shape.slice(0, 8), [
      ...FACT_TYPES.map((rel) => `MATCH ()-[r:${rel} {articleId: $articleId}]->()`),
      'MATCH (a:Article {id: $articleId})',
      'MERGE (a:Article {id: $article.id})',
    ]);
    const article = writes.find((c) => c.query.startsWith('MERGE (a:Article'))!;
    assert.equal((article.params.article as { id: string }).id, doc.article.id);
    const factWrites = writes.filter((c) => c.query.includes('MERGE (s)-[r:'));
    const rows = factWrites.flatMap((c) => c.params.rows as { key: string; articleId: string; props: Record<string, unknown> }[]);
    assert.equal(rows.length, doc.facts.length);
    assert.ok(rows.every((r) => r.articleId === doc.article.id && typeof r.props.evidence === 'string' && r.props.rule));
  });

  test('batching: N facts make ceil(N / batch size) write calls', async () => {
    for (const batch of [1, 2, 3, 500]) {
      const driver = new RecordingDriver();
      const store = new Neo4jStore(driver, 'neo4j', batch);
      const doc = byFile(seedGraphs(), '001');
      await store.putArticle(doc);
      for (const rel of FACT_TYPES) {
        const n = doc.facts.filter((f) => f.predicate === rel).length;
        const calls = driver.writes().filter((c) => c.query.includes(`MERGE (s)-[r:${rel} {key`)).length;
        assert.equal(calls, Math.ceil(n / batch), `${rel} with batch ${batch}`);
      }
    }
  });

  test('an unchanged article is not written again', async () => {
    const doc = byFile(seedGraphs(), '000');
    const driver = new RecordingDriver((q) => (q.startsWith('MATCH (a:Article {id: $id})') ? [{ article: doc.article }] : []));
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
    assert.throws(() => template('facts-merge', { REL: 'VISITED]->() DETACH DELETE n //', LABEL: undefined }), /not in the fixed list/);
    assert.throws(() => template('entities-merge', { LABEL: 'Person:Admin', REL: undefined }), /not in the fixed list/);
    assert.match(template('facts-merge', { REL: 'MET', LABEL: undefined }), /\[r:MET \{key/);
  });

  test('Neo4j integers are converted at the boundary', () => {
    assert.deepEqual(toNative({ n: neo4j.int(42), list: [neo4j.int(1)], nested: { m: neo4j.int(7) } }), { n: 42, list: [1], nested: { m: 7 } });
  });
});
