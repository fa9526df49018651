import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestPaths } from '../src/ingest/ingest.ts';
import type { FactGroup } from '../src/store/graph-store.ts';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seededApi, TOKEN } from './helpers/api.ts';

const SEEDS = new URL('../seeds', import.meta.url).pathname;
const SEED_FILES = ['000_528a6e7872004594.txt', '001_567f2c53f91ef5fe.txt', '002_39c8f24627961fc0.txt', '003_a62b695d63cea908.txt', '004_ce5c5541532dfdf8.txt'];

/** A syndicated copy as outlets run it: their own masthead and footer, a line of the story dropped or a word changed. */
function nearCopy(text: string, n: number): string {
  const lines = text.split('\n');
  // Drop one line near the end (never the ones facts come from at the top), change one word's spelling.
  const kept = lines.filter((_, i) => i !== lines.length - 2 - (n % 3));
  return [`وكالة الأنباء رقم ${n} - نقلا عن مراسلها`, ...kept, `جميع الحقوق محفوظة لوكالة ${n}`].join('\n').replace('الجمعة', n % 2 ? 'الجمعة' : 'يوم الجمعة');
}

async function ingestFolder(copies: number): Promise<SqliteStore> {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-copies-'));
  for (const f of SEED_FILES) copyFileSync(join(SEEDS, f), join(dir, f));
  const copied = readFileSync(join(SEEDS, SEED_FILES[0]!), 'utf8');
  const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as { articles: { file: string; published: string; source: string; language: string }[] };
  for (let n = 1; n <= copies; n++) {
    const file = `copy-${String(n).padStart(2, '0')}.txt`;
    writeFileSync(join(dir, file), nearCopy(copied, n));
    // Each copy under its own outlet's name: the story, not the masthead, makes them one source.
    manifest.articles.push({ ...manifest.articles[0]!, file, source: `Syndicating outlet ${n}` });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const store = new SqliteStore({ dataDir: null });
  await store.init();
  await ingestPaths(store, [dir], { manifest: join(dir, 'manifest.json') });
  return store;
}

const byKey = (facts: FactGroup[]) => new Map(facts.map((f) => [f.key, f]));

test('50 near-copies of one seed: independent sources stay as the seeds give them, source counts grow, events do not multiply', async () => {
  const seeds = await ingestFolder(0);
  const copied = await ingestFolder(50);
  try {
    const before = byKey(await seeds.facts({ limit: 100 }));
    const after = byKey(await copied.facts({ limit: 100 }));
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'the copies add no fact');
    for (const [key, f] of before) assert.equal(after.get(key)!.independentSources, f.independentSources, `independentSources of ${key}`);
    const lavrov = after.get('VISITED|person:sergey-lavrov|country:KP|2025-07-11')!;
    assert.deepEqual([before.get(lavrov.key)!.sourceCount, lavrov.sourceCount, lavrov.independentSources], [2, 52, 2]);
    assert.ok([...after.values()].filter((f) => f.sourceCount > before.get(f.key)!.sourceCount).length >= 5, 'every fact of the copied seed gained its copies');
    assert.equal((await copied.stats()).entities.Event, (await seeds.stats()).entities.Event);
    const copies = (await copied.listArticles({ limit: 100 })).filter((a) => a.file.startsWith('copy-'));
    assert.equal(copies.length, 50);
    const seed000 = (await copied.listArticles({ limit: 100 })).find((a) => a.file === SEED_FILES[0])!;
    assert.ok(copies.every((a) => a.duplicateGroup === seed000.id), 'every copy links to the seed\'s duplicate group');
    // minSources filters on independent sources: 52 articles, but two independent ones.
    assert.equal((await copied.facts({ subject: 'person:sergey-lavrov', object: 'country:KP', predicates: ['VISITED'], minSources: 3 })).length, 0);
  } finally {
    await seeds.close();
    await copied.close();
  }
});

test('on the seeds, Shoigu\'s 2023 visit to North Korea is one fact dated 2023-07 with two sources', async () => {
  const store = await ingestFolder(0);
  try {
    const visits = await store.facts({ object: 'country:KP', predicates: ['VISITED'] });
    const shoigu = visits.filter((f) => f.subject === 'person:sergei-shoigu');
    assert.deepEqual(shoigu.map((f) => [f.date, f.sourceCount, f.independentSources, f.sources.map((s) => s.reportedDate).sort()]), [['2023-07', 2, 2, ['2023', '2023-07']]]);
  } finally {
    await store.close();
  }
});

test('the notebook\'s visits-per-year chart, computed as the notebook does it over the API, counts Shoigu\'s visit once', async () => {
  const { app, store } = await seededApi();
  try {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: '{ articles(limit: 20) { id facts(limit: 100) { predicate date status subject { id } object { id } } } }' }),
    });
    const body = (await res.json()) as { data: { articles: { facts: { predicate: string; date: string | null; status: string; subject: { id: string }; object: { id: string } }[] }[] } };
    // The notebook keeps occurred, dated visits and drops duplicates on (subject, object, date).
    const visits = new Set(body.data.articles.flatMap((a) => a.facts)
      .filter((f) => f.predicate === 'VISITED' && f.status === 'occurred' && f.date)
      .map((f) => `${f.subject.id}|${f.object.id}|${f.date}`));
    assert.deepEqual([...visits].filter((v) => v.startsWith('person:sergei-shoigu|country:KP')), ['person:sergei-shoigu|country:KP|2023-07']);
  } finally {
    await store.close();
  }
});

test('retracting articles removes their MinHash band rows (the embedded store keeps no foreign key on them)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shabaka-bands-'));
  const store = new SqliteStore({ dataDir: dir });
  await store.init();
  try {
    const copied = readFileSync(join(SEEDS, SEED_FILES[0]!), 'utf8');
    const dir2 = mkdtempSync(join(tmpdir(), 'shabaka-bands-in-'));
    for (const n of [1, 2, 3]) writeFileSync(join(dir2, `copy-${n}.txt`), nearCopy(copied, n));
    await ingestPaths(store, [dir2], {});
    const bands = () => (new Database(join(dir, 'shabaka.db'), { readonly: true }).prepare('SELECT count(*) AS n FROM article_bands').get() as { n: number }).n;
    const articles = await store.listArticles({ limit: 10 });
    assert.equal(articles.length, 3);
    assert.equal(new Set(articles.map((a) => a.duplicateGroup)).size, 1, 'the three copies are one story');
    const held = bands();
    assert.ok(held > 30, `${held} band rows`);
    await store.retractArticle(articles[0]!.id);
    assert.ok(bands() < held, 'the retracted article\'s bands went');
    for (const a of articles.slice(1)) await store.retractArticle(a.id);
    assert.equal(bands(), 0);
  } finally {
    await store.close();
  }
});
