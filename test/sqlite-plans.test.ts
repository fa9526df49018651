import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../src/store/sqlite/database.ts';
import { FACT_READS } from '../src/store/sqlite/fact-reader.ts';
import { filterSql } from '../src/store/sqlite/fact-filters.ts';
import { WALK_READS } from '../src/store/sqlite/graph-walk.ts';

// The plans SQLite chooses for the read path (EXPLAIN QUERY PLAN). Without statistics the planner's
// choice does not depend on the data, so an empty store shows the plans a large one runs.

const db = openDatabase(null);
const ARGS = { id: 'a', predicate: 'VISITED', n: 20, subject: 'a', object: 'b', a: 'a', b: 'b', from: '2024', to: '2025', statuses: '["occurred"]', minSources: 2, predicates: '["VISITED"]' };
const plan = (sql: string) => db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(ARGS).map((r) => (r as { detail: string }).detail).join(' | ');

test('a page of facts by subject or by object is one range of a covering index, in the answer order, with or without filters', () => {
  for (const mask of [0, 1, 2, 4, 8, 15]) {
    const bySubject = plan(FACT_READS.bySubject(filterSql(mask)));
    assert.match(bySubject, /SEARCH facts USING COVERING INDEX facts_by_subject \(subject=\? AND predicate=\?\)/, bySubject);
    const byObject = plan(FACT_READS.byObject(filterSql(mask)));
    assert.match(byObject, /SEARCH facts USING COVERING INDEX facts_by_object \(object=\? AND predicate=\?\)/, byObject);
    // Read in index order: no sort of the person's or hub's facts before LIMIT.
    for (const p of [bySubject, byObject]) assert.doesNotMatch(p, /TEMP B-TREE/, p);
  }
});

test('a pair of ends is read off the triple index, not the object index (a hub country has thousands of facts)', () => {
  const p = plan(FACT_READS.byPair(''));
  assert.match(p, /facts_by_triple \(subject=\? AND object=\? AND predicate=\?\)/, p);
});

test('the graph walk reads rings and edges from covering indexes', () => {
  assert.match(plan(WALK_READS.outOf('')), /COVERING INDEX facts_by_subject \(subject=\?\)/);
  assert.match(plan(WALK_READS.into(filterSql(16))), /COVERING INDEX facts_by_object \(object=\?/);
  const between = plan(WALK_READS.between);
  assert.equal(between.match(/COVERING INDEX facts_by_subject \(subject=\?\)/g)?.length, 2, between);
  assert.doesNotMatch(between, /facts_by_object/, between);
  assert.doesNotMatch(db.prepare(`EXPLAIN QUERY PLAN ${WALK_READS.neighbours}`).all('a', 'b').map((r) => (r as { detail: string }).detail).join(' | '), /SCAN facts/);
});
