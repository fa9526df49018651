import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../src/cli/main.ts';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seededApi } from './helpers/api.ts';

const SEEDS = new URL('../seeds/', import.meta.url).pathname;
const seed = (n: number) => join(SEEDS, ['000_528a6e7872004594.txt', '001_567f2c53f91ef5fe.txt', '002_39c8f24627961fc0.txt'][n]!);

test('an article without a URL is identified by its path from the folder ingested: two article.txt in two folders are two articles', async () => {
  const root = mkdtempSync(join(tmpdir(), 'shabaka-ids-'));
  for (const [dir, n] of [['x', 0], ['y', 1]] as const) {
    mkdirSync(join(root, dir));
    copyFileSync(seed(n), join(root, dir, 'article.txt'));
  }
  const store = new SqliteStore({ dataDir: null });
  const s = await ingestPaths(store, [root]);
  assert.deepEqual(s.articles, { created: 2, updated: 0, unchanged: 0 });
  assert.deepEqual((await store.listArticles()).map((a) => a.file).sort(), ['x/article.txt', 'y/article.txt']);
  // The same folder again changes nothing.
  assert.deepEqual((await ingestPaths(store, [root])).articles, { created: 0, updated: 0, unchanged: 2 });
  await store.close();
});

test('a manifest entry naming sub/a.txt applies to that file, not to an a.txt beside the manifest', async () => {
  const root = mkdtempSync(join(tmpdir(), 'shabaka-manifest-'));
  mkdirSync(join(root, 'sub'));
  copyFileSync(seed(0), join(root, 'a.txt'));
  copyFileSync(seed(1), join(root, 'sub', 'a.txt'));
  writeFileSync(join(root, 'manifest.json'), JSON.stringify({ articles: [{ file: 'sub/a.txt', published: '2025-07-12', url: 'https://example.org/sub-a', source: 'Sub' }] }));
  const store = new SqliteStore({ dataDir: null });
  await ingestPaths(store, [root]);
  const byFile = new Map((await store.listArticles()).map((a) => [a.file, a]));
  assert.equal(byFile.get('sub/a.txt')?.url, 'https://example.org/sub-a');
  assert.equal(byFile.get('sub/a.txt')?.published, '2025-07-12');
  assert.equal(byFile.get('a.txt')?.url, null);
  assert.equal(byFile.get('a.txt')?.source, null);
  await store.close();
});

test('API ingests without url or file are named by their text: two texts are two articles, the same text again is unchanged', async () => {
  const { ask } = await seededApi();
  const ingest = 'mutation($t: String!) { ingestArticle(text: $t, metadata: { published: "2025-08-04" }) { result article { id } } }';
  const first = await ask(ingest, { t: 'وصل وزير الخارجية التركي هاكان فيدان إلى طهران أمس الأحد في زيارة رسمية.' }, { authorization: 'Bearer test-token-0123456789abcdef' });
  const second = await ask(ingest, { t: 'وصل وزير الخارجية الإيراني عباس عراقجي إلى أنقرة أمس الأحد في زيارة رسمية.' }, { authorization: 'Bearer test-token-0123456789abcdef' });
  const again = await ask(ingest, { t: 'وصل وزير الخارجية التركي هاكان فيدان إلى طهران أمس الأحد في زيارة رسمية.' }, { authorization: 'Bearer test-token-0123456789abcdef' });
  assert.equal(first.body.data.ingestArticle.result, 'created');
  assert.equal(second.body.data.ingestArticle.result, 'created');
  assert.notEqual(first.body.data.ingestArticle.article.id, second.body.data.ingestArticle.article.id);
  assert.equal(again.body.data.ingestArticle.result, 'unchanged');
  assert.equal((await ask('{ stats { articles } }')).body.data.stats.articles, 7);
});

test('CLI output piped to a slow reader is complete', async () => {
  const out: string[] = [];
  await main(['extract', '--format', 'eval', SEEDS], { stdout: (s) => out.push(s), stderr: () => {} });
  const expected = Buffer.byteLength(`${out.join('\n')}\n`);
  assert.ok(expected > 65536, 'the output is larger than a pipe buffer');
  const cli = new URL('../bin/shabaka.js', import.meta.url).pathname;
  const piped = execFileSync('bash', ['-c', `"$0" "$1" extract --format eval "$2" | (sleep 0.3; wc -c)`, process.execPath, cli, SEEDS], { encoding: 'utf8' });
  assert.equal(Number(piped.trim()), expected);
});
