import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createApp } from '../src/api/server.ts';
import { ConfigError, readConfig } from '../src/config.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const preflight = (origin: string) => ({
  method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
});
const post = (origin: string) => ({
  method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { articles } }' }),
});

describe('HOST and CORS_ORIGINS', async () => {
  const store = new SqliteStore({ dataDir: null });
  await store.init();

  test('the server listens on loopback unless HOST says otherwise; a bad HOST names the variable', () => {
    assert.equal(readConfig({}, false).host, '127.0.0.1');
    assert.equal(readConfig({ HOST: '0.0.0.0' }, false).host, '0.0.0.0');
    assert.throws(() => readConfig({ HOST: 'a b/c' }, false), (e: Error) => e instanceof ConfigError && /HOST/.test(e.message));
  });

  test('CORS_ORIGINS takes a list of origins and refuses a wildcard or a path', () => {
    assert.deepEqual(readConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:3000' }, false).corsOrigins, ['https://a.example.org', 'http://localhost:3000']);
    assert.deepEqual(readConfig({}, false).corsOrigins, []);
    for (const bad of ['*', 'https://a.example.org/path', 'a.example.org']) {
      assert.throws(() => readConfig({ CORS_ORIGINS: bad }, false), (e: Error) => /CORS_ORIGINS/.test(e.message), bad);
    }
  });

  test('without CORS_ORIGINS no origin is allowed: no CORS header on a preflight or an answer', async () => {
    const app = createApp(store, { apiToken: null });
    for (const init of [preflight('https://evil.example'), post('https://evil.example')]) {
      const r = await app.fetch('http://localhost/graphql', init);
      assert.equal(r.headers.get('access-control-allow-origin'), null, init.method);
      assert.equal(r.headers.get('access-control-allow-credentials'), null, init.method);
    }
  });

  test('with CORS_ORIGINS a listed origin is allowed (without credentials) and another is not', async () => {
    const app = createApp(store, { apiToken: null, corsOrigins: ['https://analysis.example.org'] });
    const ok = await app.fetch('http://localhost/graphql', preflight('https://analysis.example.org'));
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://analysis.example.org');
    assert.equal(ok.headers.get('access-control-allow-credentials'), null);
    const answer = await app.fetch('http://localhost/graphql', post('https://analysis.example.org'));
    assert.equal(answer.headers.get('access-control-allow-origin'), 'https://analysis.example.org');
    const other = await app.fetch('http://localhost/graphql', preflight('https://evil.example'));
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
    assert.notEqual(other.headers.get('access-control-allow-origin'), '*');
  });
});
