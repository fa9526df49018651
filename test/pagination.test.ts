import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { describe, test } from 'node:test';
import { DEFAULT_LIMITS } from '../src/api/limits.ts';
import { EXAMPLES } from '../src/api/examples.ts';
import { queryCost } from '../src/api/query-cost.ts';
import { buildSchema } from '../src/api/schema.ts';
import { ingestText } from '../src/ingest/ingest.ts';
import { seededApi } from './helpers/api.ts';

const GOOD = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى كوريا الشمالية أمس الجمعة في زيارة رسمية.';
const api = await seededApi();
// One visit reported by 30 more articles: a relation whose sources grow with the store.
for (let i = 0; i < 30; i++) await ingestText(api.store, GOOD, { published: '2025-07-12', url: `https://example.org/report-${i}` });
const VISITS = 'query($first: Int, $offset: Int) { travels(person: "person:sergey-lavrov", filter: { from: "2025-07-11", to: "2025-07-11" }) { sourceCount sources(first: $first, offset: $offset) { article { id } } } }';

describe('lists that grow with the store are paged with a hard maximum', () => {
  test('relation(id) reads one relation by its id, its sources paged; an id the store lacks is null', async () => {
    const { id, sourceCount } = (await api.ask('{ travels(person: "person:sergey-lavrov", filter: { from: "2025-07-11", to: "2025-07-11" }) { id sourceCount } }')).body.data.travels[0];
    assert.ok(sourceCount > 30);
    const q = 'query($id: ID!, $offset: Int) { relation(id: $id) { id sourceCount sources(first: 100, offset: $offset) { article { id } } } }';
    const r = (await api.ask(q, { id, offset: 0 })).body.data.relation;
    assert.equal(r.id, id);
    assert.equal(r.sources.length, sourceCount);
    assert.equal((await api.ask(q, { id, offset: 20 })).body.data.relation.sources.length, sourceCount - 20);
    for (const other of [id.replace(/\|[^|]*$/, '|1999'), 'VISITED|nobody', 'NOT_A_PREDICATE|a|b|']) assert.equal((await api.ask(q, { id: other })).body.data.relation, null, other);
  });

  test('sources: 10 by default, first/offset pages, sourceCount the total', async () => {
    const all = await api.ask(VISITS, { first: 100 });
    const fact = all.body.data.travels[0];
    assert.ok(fact.sourceCount >= 31, String(fact.sourceCount));
    assert.equal(fact.sources.length, fact.sourceCount);
    const first = (await api.ask(VISITS, {})).body.data.travels[0];
    assert.equal(first.sources.length, 10);
    const page = (await api.ask(VISITS, { first: 5, offset: 10 })).body.data.travels[0];
    assert.deepEqual(page.sources, fact.sources.slice(10, 15));
  });

  test('first over 100 or a negative offset is refused, not clamped', async () => {
    for (const v of [{ first: 101 }, { first: -1 }, { offset: -3 }]) {
      const r = await api.ask(VISITS, v);
      assert.equal(r.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(v));
      assert.match(r.body.errors?.[0]?.message ?? '', /sources\((first|offset)\)/);
    }
  });

  test('participants of an event are paged', async () => {
    const q = 'query($n: Int) { exercises(country: "JP") { event { ... on Event { participants(first: $n) { id } } } } }';
    const all = (await api.ask(q, {})).body.data.exercises.find((r: any) => r.event?.participants.length >= 3);
    assert.ok(all, 'a trilateral exercise');
    const one = (await api.ask(q, { n: 1 })).body.data.exercises.find((r: any) => r.event);
    assert.equal(one.event.participants.length, 1);
  });
});

describe('query cost counts list sizes', () => {
  const schema = buildSchema();

  test('15 aliases of visitors with their sources are refused before they run', async () => {
    const hostile = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: visitors(country: "KP") { sources { evidence article { title } } }`).join(' ')} }`;
    const r = await api.ask(hostile);
    assert.equal(r.status, 400);
    assert.equal(r.body.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
    assert.match(r.body.errors?.[0]?.message ?? '', /query cost \d+ is over the limit of 30000/);
    assert.equal(r.body.data, undefined);
  });

  test('a bigger page costs more: the cost follows first and limit', () => {
    const cost = (q: string) => queryCost(schema, parse(q));
    assert.ok(cost('{ visitors(country: "KP", filter: { limit: 100 }) { sources(first: 100) { evidence } } }') > 50 * cost('{ visitors(country: "KP", filter: { limit: 10 }) { sources(first: 5) { evidence } } }'));
    assert.ok(cost('{ neighbourhood(id: "x", limit: 400) { nodes { id } } }') > cost('{ neighbourhood(id: "x", limit: 20) { nodes { id } } }'));
  });

  test('one query text counted once is still counted again for other page sizes in its variables', async () => {
    // Costs are kept per query text and page-size variables: an id variable reuses the count, a limit variable does not.
    const q = 'query($c: ID!, $n: Int, $m: Int) { a: visitors(country: $c, filter: { limit: $n }) { sources(first: $m) { evidence article { title } } } b: visitors(country: $c, filter: { limit: $n }) { sources(first: $m) { evidence article { title } } } }';
    for (const c of ['KP', 'RU']) assert.equal((await api.ask(q, { c, n: 5, m: 5 })).body.errors?.[0]?.extensions?.code, undefined, c);
    const big = await api.ask(q, { c: 'KP', n: 100, m: 100 });
    assert.equal(big.body.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
    // $m not given: its default of 10 sources per relation counts, not the 100 of the request before.
    assert.equal((await api.ask(q, { c: 'RU', n: 100 })).body.errors?.[0]?.extensions?.code, undefined);
    assert.equal((await api.ask(q, { c: 'RU', n: 100, m: 100 })).body.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
    assert.equal((await api.ask(q, { c: 'KP', n: 5, m: 5 })).body.errors?.[0]?.extensions?.code, undefined);
  });

  test('every example question and every question the explorer asks fit under the default limit', async () => {
    for (const q of EXAMPLES.map((e) => e.query)) assert.ok(queryCost(schema, parse(q), { id: 'x' }) <= DEFAULT_LIMITS.maxCost, q);
    // The explorer's questions as it sends them (public/explore/api.js), with a fetch that records them.
    const asked: { query: string; variables: Record<string, unknown> }[] = [];
    const fetch = globalThis.fetch;
    const empty = { edges: [], nodes: [] };
    globalThis.fetch = (async (_: unknown, init: { body: string }) => {
      asked.push(JSON.parse(init.body));
      const data = { neighbourhood: empty, search: [], paths: [], relation: { sourceCount: 0, sources: [] }, ...Object.fromEntries(Array.from({ length: 15 }, (_, k) => [`n${k}`, empty])) };
      return new Response(JSON.stringify({ data }));
    }) as typeof globalThis.fetch;
    try {
      const explorer = await import(new URL('../public/explore/api.js', import.meta.url).href);
      const f = { predicates: ['VISITED'], status: null, from: '2024', to: '2025-07' };
      await explorer.search('Lavrov');
      await explorer.neighbourhood('x', 2, f);
      await explorer.walks(Array.from({ length: 25 }, (_, k) => `x${k}`), f);
      await explorer.sources({ id: 'VISITED|person:x|country:y|2025-07-11' });
      await explorer.paths('x', 'y');
    } finally {
      globalThis.fetch = fetch;
    }
    assert.ok(asked.length >= 5);
    for (const { query, variables } of asked) {
      const cost = queryCost(schema, parse(query), variables);
      assert.ok(cost <= DEFAULT_LIMITS.maxCost, `${cost}: ${query}`);
    }
  });
});
