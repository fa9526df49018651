import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seededApi } from './helpers/api.ts';

const GOOD = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى كوريا الشمالية أمس الجمعة في زيارة رسمية.';
const dir = () => mkdtempSync(join(tmpdir(), 'shabaka-hostile-'));

async function ingestInto(store: SqliteStore, path: string) {
  const before = await store.stats();
  const summary = await ingestPaths(store, [path]);
  return { before, after: await store.stats(), summary };
}

describe('hostile files: a clear per-file error, the rest goes in, nothing stored is lost', () => {
  test('a 100 MB file is refused by its size without being read', async () => {
    const d = dir();
    const fd = openSync(join(d, 'huge.txt'), 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    writeFileSync(join(d, 'good.txt'), GOOD);
    const store = new SqliteStore({ dataDir: null });
    await store.putArticle((await import('./helpers/seed-graphs.ts')).seedGraphs()[0]!);
    const r = await ingestInto(store, d);
    assert.equal(r.summary.skipped.length, 1);
    assert.match(r.summary.skipped[0]!.reason, /100\.0 MB, over the 5\.0 MB limit/);
    assert.equal(r.after.articles, r.before.articles + 1);
  });

  test('zero-width and bidi control characters do not hide entities', async () => {
    const d = dir();
    writeFileSync(join(d, 'bidi.txt'), 'وصل وزير الخارجية الروسي سيرغي\u200c لافروف\u200f إلى كوريا\u200b الشمالية\u202b أمس الجمعة.');
    const store = new SqliteStore({ dataDir: null });
    const r = await ingestInto(store, d);
    assert.equal(r.summary.skipped.length, 0);
    assert.ok((await store.facts({ subject: 'person:sergey-lavrov', predicates: ['VISITED'] })).some((f) => f.object === 'country:KP'));
  });

  test('a folder with thousands of files goes in, bad ones reported', async () => {
    const d = dir();
    for (let i = 0; i < 2000; i++) writeFileSync(join(d, `a${i}.txt`), i % 500 === 0 ? '' : `${GOOD} رقم ${i}`);
    const store = new SqliteStore({ dataDir: null });
    const r = await ingestInto(store, d);
    assert.equal(r.summary.skipped.length, 4);
    assert.equal(r.after.articles, 1996);
  });

  test('names and text that look like Cypher or GraphQL are stored and read back as plain data', async () => {
    const d = dir();
    const evil = "x'}) DETACH DELETE n //";
    writeFileSync(join(d, 'evil.md'), `---\ntitle: "${evil}"\nsource: "{ __schema { types { name } } }"\n---\nقال وزير الدفاع الهندي ${evil} راجيف كومار إن الهند ستشارك.\n${GOOD}`);
    const store = new SqliteStore({ dataDir: null });
    const r = await ingestInto(store, d);
    assert.equal(r.summary.skipped.length, 0);
    const a = (await store.listArticles())[0]!;
    assert.equal(a.title, evil);
    assert.equal(a.source, '{ __schema { types { name } } }');
    assert.ok(a.text.includes(evil));
    assert.equal(r.after.articles, 1);
  });
});

describe('hostile GraphQL arguments are data', () => {
  test('a Cypher-shaped search and ingest through the API change nothing else', async () => {
    const api = await seededApi();
    const before = await api.store.stats();
    const r = await api.ask('query($q: String!) { search(query: $q) { id } }', { q: "x'}) DETACH DELETE n //" });
    assert.equal(r.body.errors, undefined);
    assert.deepEqual(await api.store.stats(), before);
  });
});
