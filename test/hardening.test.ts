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
  });

  test('internal errors are masked: no stack, no Cypher reaches the client', async () => {
    const store = new SqliteStore({ dataDir: null });
    store.stats = async () => {
      throw new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Secret) RETURN n at /srv/app.js:12');
    };
    const app = createApp(store, { apiToken: null });
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }) });
    const text = await res.text();
    assert.ok(!/MATCH|Secret|app\.js|stack/.test(text), text);
    assert.match(text, /Unexpected error/);
  });
});
