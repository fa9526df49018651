// The development corpus's committed half: manifest and gold agree, splits and breadth are as the
// README says. The texts are third-party and never committed, so nothing here reads the cache.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDevCorpus } from '../src/eval/dev-corpus.ts';

const dir = new URL('../eval/dev/', import.meta.url).pathname;
const corpus = readDevCorpus(dir);
const kept = corpus.articles.filter((a) => !a.dropped);

test('every kept article has a url, a query, an outlet, a date, a split and a gold entry', () => {
  const goldFiles = new Set(corpus.gold.articles.map((a) => a.file));
  for (const a of kept) {
    assert.match(a.url, /^https?:\/\//, a.file);
    assert.ok(a.query && a.outlet && a.language, a.file);
    assert.match(a.published ?? '', /^\d{4}-\d{2}-\d{2}$/, a.file);
    assert.ok(a.split === 'dev' || a.split === 'blind', a.file);
    assert.ok(goldFiles.has(a.file), `${a.file} has no gold`);
  }
  assert.equal(new Set(kept.map((a) => a.file)).size, kept.length, 'file names are unique');
});

test('every entity a gold fact names is defined, and predicates and statuses are those of FORMAT.md', () => {
  const predicates = new Set(['VISITED', 'MET', 'DEPLOYED_TROOPS_TO', 'JOINT_EXERCISE', 'SUPPLIED_ARMS_TO', 'OFFICIAL_OF']);
  for (const a of corpus.gold.articles) {
    for (const f of a.facts) {
      assert.ok(corpus.gold.entities[f.s] && corpus.gold.entities[f.o], `${a.file}: ${f.s} / ${f.o}`);
      assert.ok(predicates.has(f.p), `${a.file}: ${f.p}`);
      if (f.p !== 'OFFICIAL_OF') assert.ok(['occurred', 'planned', 'possible'].includes(f.status ?? ''), `${a.file}: ${f.status}`);
    }
  }
});

test('the corpus is as broad as the extraction issue asks, with a blind third', () => {
  const ar = kept.filter((a) => a.language === 'ar');
  assert.ok(ar.length >= 60, `${ar.length} Arabic articles`);
  assert.ok(new Set(ar.map((a) => a.outlet)).size >= 25);
  const blind = kept.filter((a) => a.split === 'blind').length;
  assert.ok(blind >= kept.length / 4 && blind <= kept.length / 2, `${blind} blind of ${kept.length}`);
  const countries = new Set(corpus.gold.articles.flatMap((a) => a.facts.flatMap((f) => [f.s, f.o])).filter((k) => corpus.gold.entities[k]?.type === 'Country'));
  assert.ok(countries.size >= 35, `${countries.size} countries`);
});

test('eval:dev without the cache says which texts are missing and how to refill them, and exits 0', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'devcorpus-'));
  try {
    cpSync(join(dir, 'manifest.json'), join(tmp, 'manifest.json'));
    cpSync(join(dir, 'gold.json'), join(tmp, 'gold.json'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-dev.ts', '--dir', tmp], { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /article texts are not in .*\.cache/);
    assert.match(r.stderr, /Refill the cache/);
    assert.match(r.stderr, new RegExp(kept.filter((a) => a.split === 'dev')[0]!.file.replace(/\./g, '\\.')));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
