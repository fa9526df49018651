import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../src/cli/main.ts';

const seeds = new URL('../seeds', import.meta.url).pathname;

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('ingest, stats, retract and reindex against the embedded store in DATA_DIR', async () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, NEO4J_URI: process.env.NEO4J_URI };
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'shabaka-cli-store-'));
  process.env.NEO4J_URI = '';
  try {
    const first = await run(['ingest', '--json', seeds]);
    assert.equal(first.code, 0, first.err);
    const s1 = JSON.parse(first.out);
    assert.deepEqual(s1.articles, { created: 5, updated: 0, unchanged: 0 });
    assert.ok(s1.newEntities > 20 && s1.facts > 50);
    const again = JSON.parse((await run(['ingest', '--json', seeds])).out);
    assert.deepEqual(again.articles, { created: 0, updated: 0, unchanged: 5 });
    assert.equal(again.newEntities, 0);

    const stats = JSON.parse((await run(['stats', '--json'])).out);
    assert.equal(stats.store, 'embedded');
    assert.equal(stats.articles, 5);
    assert.ok(stats.facts.VISITED > 0 && stats.entities.Person > 10);

    const reindexed = JSON.parse((await run(['reindex', '--json'])).out);
    assert.equal(reindexed.articles.unchanged + reindexed.articles.updated, 5);
    assert.deepEqual(JSON.parse((await run(['stats', '--json'])).out).facts, stats.facts);

    const bad = mkdtempSync(join(tmpdir(), 'shabaka-cli-bad-'));
    writeFileSync(join(bad, 'empty.txt'), '');
    const failed = await run(['ingest', bad]);
    assert.equal(failed.code, 1);
    assert.match(failed.err, /empty\.txt: file is empty/);

    const { SqliteStore } = await import('../src/store/sqlite/sqlite-store.ts');
    const reader = new SqliteStore({ dataDir: process.env.DATA_DIR!, readOnly: true });
    await reader.init();
    const id = (await reader.listArticles({ limit: 1 }))[0]!.id;
    const retracted = await run(['retract', id]);
    assert.equal(retracted.code, 0, retracted.err);
    assert.equal(JSON.parse((await run(['stats', '--json'])).out).articles, 4);
    assert.equal((await run(['retract', id])).code, 1);
  } finally {
    process.env.DATA_DIR = saved.DATA_DIR;
    process.env.NEO4J_URI = saved.NEO4J_URI;
  }
});

test('a wrong setting names its variable', async () => {
  const saved = process.env.NEO4J_URI;
  process.env.NEO4J_URI = 'http://localhost:7474';
  try {
    const r = await run(['stats']);
    assert.equal(r.code, 2);
    assert.match(r.err, /NEO4J_URI must be a neo4j:\/\//);
  } finally {
    process.env.NEO4J_URI = saved;
  }
});

test('an export that cannot be written names the file asked for, not its temporary name', async () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, NEO4J_URI: process.env.NEO4J_URI };
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'shabaka-cli-export-'));
  process.env.NEO4J_URI = '';
  try {
    const target = join(process.env.DATA_DIR, 'no-such-folder', 'graph.json');
    const r = await run(['export', '--format', 'json', '--out', target]);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`cannot write ${target}: the folder .*no-such-folder does not exist`));
    assert.doesNotMatch(r.err, /\.partial/);
  } finally {
    process.env.DATA_DIR = saved.DATA_DIR;
    process.env.NEO4J_URI = saved.NEO4J_URI;
  }
});
