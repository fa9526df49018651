import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { readLines } from '../src/store/embedded/line-reader.ts';
import { seedGraphs } from './helpers/seed-graphs.ts';
import { writeSeedStore } from './helpers/seed-store.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'shabaka-snapshot-'));

describe('snapshot format', () => {
  test('lines are read a chunk at a time, with characters split across chunks kept whole', () => {
    const path = join(tmp(), 'lines.ndjson');
    const lines = ['{"a":"لافروف"}', '', 'كوريا الشمالية ✓', 'last line without newline'];
    writeFileSync(path, lines.join('\n'));
    for (const chunk of [1, 2, 3, 7, 64]) assert.deepEqual([...readLines(path, chunk)], lines, `chunk of ${chunk} bytes`);
  });

  test('a compacted store is one article per line after a header, and reloads equal', async () => {
    const dir = tmp();
    const before = await writeSeedStore(dir);
    const lines = readFileSync(join(dir, 'snapshot.ndjson'), 'utf8').trimEnd().split('\n');
    assert.deepEqual(JSON.parse(lines[0]!), { format: 'shabaka-embedded/2' });
    assert.equal(lines.length - 1, before.articles);
    const b = new EmbeddedStore({ dataDir: dir, readOnly: true });
    await b.init();
    assert.deepEqual(await b.stats(), before);
  });

  test('a store written in the first format (one JSON document) loads, and its next compaction converts it', async () => {
    const dir = tmp();
    const docs = seedGraphs();
    writeFileSync(join(dir, 'snapshot.json'), JSON.stringify({ format: 'shabaka-embedded/1', articles: docs }));
    const a = new EmbeddedStore({ dataDir: dir });
    await a.init();
    assert.equal((await a.stats()).articles, docs.length);
    await a.retractArticle(docs[0]!.article.id);
    await a.close();
    assert.equal(existsSync(join(dir, 'snapshot.json')), false);
    const b = new EmbeddedStore({ dataDir: dir, readOnly: true });
    await b.init();
    assert.equal((await b.stats()).articles, docs.length - 1);
  });

  test('a damaged snapshot line is an error naming the file and the line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'snapshot.ndjson'), '{"format":"shabaka-embedded/2"}\n{"article":\n');
    const s = new EmbeddedStore({ dataDir: dir, readOnly: true });
    await assert.rejects(s.init(), /snapshot\.ndjson line 2: /);
  });
});
