import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ingestPaths } from '../src/ingest/ingest.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seededApi, TOKEN } from './helpers/api.ts';

const GOOD = 'وصل وزير الخارجية الروسي سيرغي لافروف إلى كوريا الشمالية أمس الجمعة في زيارة رسمية.';
const INGEST = 'mutation($t: String!, $m: ArticleInput) { ingestArticle(text: $t, metadata: $m) { result } }';

/** The reason the CLI gives for one file (metadata in its front matter), and what the API answers for the same text and metadata. */
async function bothWays(text: string, meta: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-policy-'));
  const frontMatter = Object.entries(meta).map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`).join('');
  writeFileSync(join(dir, 'a.txt'), frontMatter ? `---\n${frontMatter}---\n${text}` : text);
  const store = new SqliteStore({ dataDir: null });
  const cli = await ingestPaths(store, [dir]);
  const api = await seededApi();
  const before = await api.store.stats();
  const r = await api.ask(INGEST, { t: text, m: meta }, { authorization: `Bearer ${TOKEN}` });
  assert.deepEqual(await api.store.stats(), before, 'the API stored something');
  assert.equal((await store.stats()).articles, 0, 'the CLI stored something');
  assert.equal(r.status, 400);
  assert.equal(r.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  return { cli: cli.skipped[0]?.reason ?? '', api: r.body.errors?.[0]?.message ?? '' };
}

describe('one input policy for the CLI and the API', () => {
  test('a NUL byte past the first 8 KB of the text is refused by both', async () => {
    const r = await bothWays(`${GOOD}\n`.repeat(100) + '\u0000' + GOOD, {});
    assert.match(r.cli, /text contains NUL bytes/);
    assert.match(r.api, /^text: text contains NUL bytes/);
  });

  test('a control character in the text is refused by both, with its offset', async () => {
    const r = await bothWays(`${GOOD}\u0007${GOOD}`, {});
    assert.match(r.cli, /control character \(U\+0007 at offset \d+\)/);
    assert.match(r.api, /control character \(U\+0007 at offset \d+\)/);
  });

  test('control characters in a title are refused by both', async () => {
    const r = await bothWays(GOOD, { title: 'a\u0000b' });
    assert.match(r.cli, /field "title" contains control characters/);
    assert.match(r.api, /field "title" contains control characters/);
  });

  for (const field of ['title', 'source'] as const) {
    test(`a 1 MB ${field} is refused by both and not echoed`, async () => {
      const r = await bothWays(GOOD, { [field]: 'م'.repeat(1024 * 1024) });
      assert.match(r.cli, new RegExp(`field "${field}" is 1048576 characters, over the \\d+ limit`));
      assert.match(r.api, new RegExp(`field "${field}" is 1048576 characters, over the \\d+ limit`));
      assert.ok(r.api.length < 300 && r.cli.length < 300);
    });
  }

  test('a 1 MB file name given to the API is refused and not echoed', async () => {
    const api = await seededApi();
    const r = await api.ask(INGEST, { t: GOOD, m: { file: `${'x'.repeat(1024 * 1024)}.txt` } }, { authorization: `Bearer ${TOKEN}` });
    assert.match(r.body.errors?.[0]?.message ?? '', /field "file" is 1048580 characters, over the 255 limit/);
    assert.ok(JSON.stringify(r.body).length < 1000);
  });

  test('a URL of another scheme and a published date in the future are refused by both', async () => {
    const url = await bothWays(GOOD, { url: 'javascript:alert(1)' });
    assert.match(url.cli, /field "url" is not an http\(s\) URL/);
    assert.match(url.api, /field "url" is not an http\(s\) URL/);
    const date = await bothWays(GOOD, { published: '2999-01-01' });
    assert.match(date.cli, /field "published" is outside 1900-01-01 to tomorrow/);
    assert.match(date.api, /field "published" is outside 1900-01-01 to tomorrow/);
  });

  test('an unpaired surrogate in the API text is refused', async () => {
    const api = await seededApi();
    const r = await api.ask(INGEST, { t: `${GOOD}\uD800` }, { authorization: `Bearer ${TOKEN}` });
    assert.match(r.body.errors?.[0]?.message ?? '', /not valid Unicode/);
  });
});
