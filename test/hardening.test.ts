import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../src/api/server.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seededApi, TOKEN } from './helpers/api.ts';

const api = await seededApi();
const post = (body: string, headers: Record<string, string> = {}) =>
  api.app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const errorOf = async (res: Response) => ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? '';

describe('hostile GraphQL is refused with a clear error and changes nothing', () => {
  const cases: [string, string, RegExp][] = [
    ['query deeper than 8', '{ visitors(country: "KP") { subject { articles { facts { subject { articles { facts { subject { name } } } } } } } } }', /depth/i],
    ['more than 15 aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`, /alias/i],
    ['more than 1000 tokens', `{ search(query: "${'x'.repeat(10)}") { ${Array.from({ length: 1200 }, () => 'id').join(' ')} } }`, /token/i],
    ['field suggestions are not given away', '{ statz { articles } }', /^(?!.*Did you mean)/],
    ['injection-shaped argument is data', '{ search(query: "x\'}) DETACH DELETE n //") { id } }', /^$/],
  ];
  for (const [name, query, message] of cases) {
    test(name, async () => {
      const before = (await api.store.stats()).articles;
      const res = await post(JSON.stringify({ query }));
      assert.match(await errorOf(res), message);
      assert.equal((await api.store.stats()).articles, before);
    });
  }

  test('a body over the limit is refused before it is read (413)', async () => {
    const res = await post(JSON.stringify({ query: '{ stats { articles } }' }), { 'content-length': String(7 * 1024 * 1024) });
    assert.equal(res.status, 413);
  });

  test('batching is off', async () => {
    const res = await post(JSON.stringify([{ query: '{ stats { articles } }' }, { query: '{ stats { articles } }' }]));
    assert.ok(res.status >= 400);
  });

  test('CSRF: a form post or a GET without a custom header is refused', async () => {
    const form = await api.app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
    assert.equal(form.status, 403);
    const get = await api.app.fetch('http://localhost/graphql?query=%7Bstats%7Barticles%7D%7D', { headers: { accept: 'application/json' } });
    assert.equal(get.status, 403);
  });

  test('mutations without the token are refused (401) and the store is unchanged', async () => {
    const before = await api.store.stats();
    const res = await post(JSON.stringify({ query: 'mutation { retractArticle(id: "article:x") }' }), { authorization: 'Bearer nope-nope-nope-nope' });
    assert.equal(res.status, 401);
    assert.deepEqual(await api.store.stats(), before);
    const ok = await post(JSON.stringify({ query: 'mutation { retractArticle(id: "article:none") }' }), { authorization: `Bearer ${TOKEN}` });
    assert.equal(ok.status, 200);
  });
});

describe('configuration switches', () => {
  test('introspection can be turned off', async () => {
    const store = new SqliteStore({ dataDir: null });
    const app = createApp(store, { apiToken: null, limits: { introspection: false } });
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
    assert.match(await errorOf(res), /introspection/i);
  });

  test('a per-client rate limit answers 429', async () => {
    const store = new SqliteStore({ dataDir: null });
    const app = createApp(store, { apiToken: null, limits: { ratePerMinute: 3 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    const refused = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
    assert.equal(refused.headers.get('retry-after'), '60');
    assert.equal(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'RATE_LIMITED');
  });

  test('a storage failure is STORE_UNAVAILABLE with HTTP 503 and Retry-After; no stack, no Cypher reaches the client', async () => {
    const store = new SqliteStore({ dataDir: null });
    store.stats = async () => {
      throw new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n at /srv/app.js:12');
    };
    const app = createApp(store, { apiToken: null });
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
    const text = await res.text();
    assert.ok(!/MATCH|Secret|app\.js|stack/.test(text), text);
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '5');
    assert.equal(JSON.parse(text).errors[0].extensions.code, 'STORE_UNAVAILABLE');
  });

  test('any other internal error is masked as "Unexpected error." with HTTP 500', async () => {
    const { Query } = await import('../src/api/resolvers/query.ts');
    const stats = Query.stats;
    Query.stats = async () => {
      throw new Error('TypeError in /srv/app.js:12');
    };
    try {
      const app = createApp(new SqliteStore({ dataDir: null }), { apiToken: null });
      const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
      const text = await res.text();
      assert.ok(!/app\.js|stack/.test(text), text);
      assert.equal(res.status, 500);
      assert.match(text, /Unexpected error/);
      assert.equal(JSON.parse(text).errors[0].extensions.code, 'INTERNAL_SERVER_ERROR');
    } finally {
      Query.stats = stats;
    }
  });
});

describe('every failure class has its code and an HTTP status that fits', () => {
  const json = { 'content-type': 'application/json' };
  const cases: [string, RequestInit & { path?: string }, number, string][] = [
    ['invalid JSON', { body: '{"query": ' }, 400, 'BAD_REQUEST'],
    ['a batch', { body: JSON.stringify([{ query: '{ stats { articles } }' }]) }, 400, 'BAD_REQUEST'],
    ['a syntax error', { body: JSON.stringify({ query: '{ stats { ' }) }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', { body: JSON.stringify({ query: '{ statz }' }) }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a query too deep', { body: JSON.stringify({ query: '{ visitors(country: "KP") { subject { articles { facts { subject { articles { facts { subject { name } } } } } } } } }' }) }, 400, 'QUERY_TOO_COMPLEX'],
    ['a subscription', { body: JSON.stringify({ query: 'subscription { stats { articles } }' }) }, 400, 'OPERATION_NOT_SUPPORTED'],
    ['an operationName the document lacks', { body: JSON.stringify({ query: 'query A { stats { articles } }', operationName: 'B' }) }, 400, 'OPERATION_RESOLUTION_FAILURE'],
    ['a missing variable', { body: JSON.stringify({ query: 'query($c: ID!) { visitors(country: $c) { date } }' }) }, 400, 'BAD_USER_INPUT'],
    ['an unknown entity, the only field asked', { body: JSON.stringify({ query: '{ travels(person: "Nobody Xyzzyq") { date } }' }) }, 404, 'NOT_FOUND'],
    ['a mutation without a token', { body: JSON.stringify({ query: 'mutation { retractArticle(id: "article:x") }' }) }, 401, 'UNAUTHENTICATED'],
    ['a form post (CSRF)', { body: JSON.stringify({ query: '{ stats { articles } }' }), headers: { 'content-type': 'text/plain' } }, 403, 'FORBIDDEN'],
    ['a body over the limit', { body: JSON.stringify({ query: '{ stats { articles } }' }), headers: { ...json, 'content-length': String(10 * 1024 * 1024) } }, 413, 'PAYLOAD_TOO_LARGE'],
  ];
  test('a mutation over GET: 405 METHOD_NOT_ALLOWED', async () => {
    const res = await api.app.fetch('http://localhost/graphql?query=mutation%7BretractArticle(id:%22x%22)%7D', { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    assert.equal(res.status, 405);
    assert.equal(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'METHOD_NOT_ALLOWED');
  });

  test('an unknown entity beside an answered field: HTTP 200, that field null with NOT_FOUND, the other answered', async () => {
    const res = await api.app.fetch('http://localhost/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ stats { articles } travels(person: "Nobody Xyzzyq") { date } }' }) });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { data: { stats: { articles: number }; travels: null }; errors: { extensions: { code: string } }[] };
    assert.ok(body.data.stats.articles > 0);
    assert.equal(body.data.travels, null);
    assert.equal(body.errors[0]!.extensions.code, 'NOT_FOUND');
  });

  for (const [name, init, status, code] of cases) {
    test(`${name}: ${status} ${code}`, async () => {
      const res = await api.app.fetch('http://localhost/graphql', { method: 'POST', headers: json, ...init });
      assert.equal(res.status, status);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      assert.equal(body.errors[0]!.extensions.code, code);
    });
  }

  test('a subscription is refused without an internal error', async () => {
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...a: unknown[]) => logged.push(a);
    try {
      const res = await post(JSON.stringify({ query: 'subscription { stats { articles } }' }));
      assert.equal(res.status, 400);
      assert.match(await errorOf(res), /no subscription operations/);
    } finally {
      console.error = error;
    }
    assert.deepEqual(logged, []);
  });
});

describe('request parsing cannot be made expensive', () => {
  test('JSON nested past MAX_JSON_DEPTH is refused before it is parsed, even under the ingest body limit', async () => {
    const bomb = `{"query": "{ stats { articles } }", "variables": {"x": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}}`;
    const res = await post(bomb, { authorization: `Bearer ${TOKEN}` });
    assert.equal(res.status, 400);
    assert.match(await errorOf(res), /nested deeper than 32 levels/);
  });

  test('JSON nested within the limit, brackets inside strings included, is answered', async () => {
    const res = await post(JSON.stringify({ query: '{ stats { articles } }', variables: { x: [[[['[[[[{{{{']]], { a: { b: { c: 1 } } }] } }));
    assert.equal(res.status, 200);
  });

  test('a query body over MAX_BODY_BYTES is refused without the token; with it the ingest limit applies', async () => {
    const body = JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(100 * 1024) } });
    const anonymous = await post(body);
    assert.equal(anonymous.status, 413);
    assert.match(await errorOf(anonymous), /MAX_BODY_BYTES/);
    assert.equal((await post(body, { authorization: `Bearer ${TOKEN}` })).status, 200);
  });
});
