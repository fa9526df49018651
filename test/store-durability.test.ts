import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { assertWholeArticles, factsPerText, seedCopies } from './helpers/corpus.ts';
import { seedGraphs } from './helpers/seed-graphs.ts';
import { writeSeedStore } from './helpers/seed-store.ts';

// Fault tests in the spirit of SQLite's own: a process killed at any moment, a file-size limit (as a
// full disk), two writers at once, a DATA_DIR that cannot be written. In each, every acknowledged
// article is there, none is half there, and the store opens.
const tmp = () => mkdtempSync(join(tmpdir(), 'shabaka-durable-'));
const CLI = new URL('../bin/shabaka.js', import.meta.url).pathname;
const fail = (msg: string): never => assert.fail(msg);

/** Runs the CLI (compiled; npm test builds first) with DATA_DIR, optionally under `ulimit -f` (KB) or as another user. */
function cli(args: string[], dataDir: string, opts: { fileLimitKb?: number; uid?: number; env?: Record<string, string> } = {}) {
  const env = { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '', ...opts.env };
  const [cmd, argv] = opts.fileLimitKb
    ? ['bash', ['-c', `ulimit -f ${opts.fileLimitKb}; exec "$0" "$@"`, process.execPath, CLI, ...args]]
    : [process.execPath, [CLI, ...args]];
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    execFile(cmd as string, argv as string[], { env, uid: opts.uid, gid: opts.uid }, (e, out, err) => resolve({ code: e ? (e.code as number) ?? null : 0, out, err }));
  });
}

async function open(dir: string) {
  const store = new SqliteStore({ dataDir: dir });
  await store.init();
  return store;
}

describe('embedded store durability (SQLite)', () => {
  test('entity records kept for reads follow writes: another process\'s commit, the store\'s own, a retract', async () => {
    const dir = tmp();
    const [a, b] = [new SqliteStore({ dataDir: dir }), new SqliteStore({ dataDir: dir })];
    const docs = seedGraphs();
    // An entity named by at least two seed articles, one written by each connection.
    const counts = new Map<string, number>();
    for (const d of docs) for (const id of new Set(d.entities.map((e) => e.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
    const id = [...counts].find(([, n]) => n >= 3)![0];
    const naming = docs.filter((d) => d.entities.some((e) => e.id === id));
    const mentions = async () => (await a.getEntities([id])).get(id) as { mentionCount: number } | undefined;
    await a.putArticle(naming[0]!);
    assert.equal((await mentions())?.mentionCount, 1);
    const kept = (await a.getEntity(id)) as unknown as { name: string };
    assert.throws(() => { kept.name = 'x'; }, TypeError, 'a kept record is frozen: no caller can change it for the next');
    await b.putArticle(naming[1]!);
    assert.equal((await mentions())?.mentionCount, 2, 'a commit by another connection is seen at the next read');
    await a.putArticle(naming[2]!);
    assert.equal(((await a.getEntity(id)) as unknown as { mentionCount: number }).mentionCount, 3, 'the store\'s own write is seen');
    for (const d of naming.slice(0, 3)) await b.retractArticle(d.article.id);
    assert.equal(await mentions(), undefined, 'an entity no article names any more is gone');
    await Promise.all([a.close(), b.close()]);
  });

  test('what was written is there after a restart', async () => {
    const dir = tmp();
    const before = await writeSeedStore(dir);
    const store = await open(dir);
    assert.deepEqual(await store.stats(), before);
    await store.close();
  });

  test('kill -9 during single-article commits: every acknowledged article is there, none is partial', async () => {
    const expected = new Map(seedGraphs().map((d) => [d.article.hash, d.facts.filter((f) => f.subject !== f.object).length]));
    for (const delay of [150 + Math.random() * 300, 400 + Math.random() * 600]) {
      const dir = tmp();
      const child = spawn(process.execPath, ['--import', 'tsx', new URL('./helpers/crash-child.ts', import.meta.url).pathname, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise((r) => child.once('exit', r));
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const acknowledged = out.split('\n').slice(1).filter((l) => l.startsWith('article:'));
      assert.ok(acknowledged.length > 0, 'the child acknowledged nothing before it was killed');
      const store = await open(dir);
      const present = new Set(await assertWholeArticles(store, expected, fail));
      for (const id of acknowledged) assert.ok(present.has(id), `acknowledged ${id} is missing`);
      assert.ok(present.size <= acknowledged.length + 1, 'at most the one article being committed is there unacknowledged');
      await store.close();
    }
  });

  test('kill -9 during a bulk CLI ingest: whole articles only, and ingesting again completes', async () => {
    const corpus = seedCopies(1000);
    const dir = tmp();
    // Batches of 100: the kill falls between commits, not only before the first.
    const child = spawn(process.execPath, [CLI, 'ingest', corpus], { env: { ...process.env, DATA_DIR: dir, NEO4J_URI: '', INGEST_BATCH: '100' }, stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, 1000 + Math.random() * 1500));
    child.kill('SIGKILL');
    await exited;
    const expected = factsPerText();
    let store = await open(dir);
    const before = await assertWholeArticles(store, expected, fail);
    await store.close();
    const again = await cli(['ingest', '--json', corpus], dir);
    assert.equal(again.code, 0, again.err);
    store = await open(dir);
    assert.equal((await assertWholeArticles(store, expected, fail)).length, 1000, `${before.length} were in before the rerun`);
    await store.close();
  });

  test('a file-size limit (as a full disk) during CLI ingest: a clear error, exit 1, earlier articles intact, the store opens', async () => {
    const dir = tmp();
    const seeded = await writeSeedStore(dir);
    // Batches of 100 articles, so that some commit before the limit is reached.
    const result = await cli(['ingest', seedCopies(1500)], dir, { fileLimitKb: 6144, env: { INGEST_BATCH: '100' } });
    assert.equal(result.code, 1, result.err);
    assert.match(result.err, /shabaka ingest: the store could not write: .*disk is full or a file-size limit.*; [1-9]\d* articles were written before and are intact/);
    const store = await open(dir);
    const stats = await store.stats();
    assert.ok(stats.articles >= seeded.articles && stats.articles < 1505, `articles: ${stats.articles}`);
    for (const d of seedGraphs()) assert.equal((await store.getArticle(d.article.id))?.hash, d.article.hash);
    await store.close();
    const after = await cli(['stats', '--json'], dir);
    assert.equal(after.code, 0, after.err);
    assert.equal(JSON.parse(after.out).articles, stats.articles);
  });

  test('two ingests at once: both finish, every article of both is there', async () => {
    const dir = tmp();
    const [a, b] = await Promise.all([cli(['ingest', '--json', seedCopies(150, 'x')], dir), cli(['ingest', '--json', seedCopies(150, 'y')], dir)]);
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    assert.equal(JSON.parse(a.out).articles.created + JSON.parse(b.out).articles.created, 300);
    const store = await open(dir);
    assert.equal((await assertWholeArticles(store, factsPerText(), fail)).length, 300);
    await store.close();
  });

  test('a DATA_DIR that cannot be written: a clear error naming it, exit 1', async () => {
    const dir = tmp();
    await writeSeedStore(dir);
    // root writes anywhere: run the CLI as nobody then; otherwise take the write bit away.
    const asRoot = process.getuid?.() === 0;
    if (!asRoot) chmodSync(dir, 0o555);
    const target = asRoot ? join(dir, 'sub') : dir;
    const result = await cli(['ingest', seedCopies(3)], target, { uid: asRoot ? 65534 : undefined });
    if (!asRoot) chmodSync(dir, 0o755);
    assert.equal(result.code, 1, result.err);
    assert.match(result.err, /shabaka ingest: cannot open the store .*is DATA_DIR .* writable\?/);
  });

  test('a DATA_DIR of the earlier embedded format is converted on first open, its files kept aside', async () => {
    const dir = tmp();
    const [first, second, third] = seedGraphs();
    writeFileSync(join(dir, 'snapshot.ndjson'), `${JSON.stringify({ format: 'shabaka-embedded/2' })}\n${JSON.stringify(first)}\n${JSON.stringify(second)}\n`);
    const ops = [{ op: 'put', doc: third }, { op: 'retract', id: second!.article.id }];
    writeFileSync(join(dir, 'journal.ndjson'), `${ops.map((o) => JSON.stringify(o)).join('\n')}\n{"op":"put","doc":{"article":`);
    const notices: string[] = [];
    const store = new SqliteStore({ dataDir: dir, notice: (m) => notices.push(m) });
    await store.init();
    assert.deepEqual((await store.listArticles()).map((a) => a.id).sort(), [first!.article.id, third!.article.id].sort());
    assert.match(notices.join('\n'), /converted the earlier embedded store .*2 articles, 1 torn journal line skipped/);
    assert.ok(existsSync(join(dir, 'legacy', 'snapshot.ndjson')) && !existsSync(join(dir, 'snapshot.ndjson')));
    await store.close();
  });

  test('a database of a newer schema version is refused with a message, not misread', async () => {
    const dir = tmp();
    await writeSeedStore(dir);
    const db = new Database(join(dir, 'shabaka.db'));
    db.pragma('user_version = 99');
    db.close();
    assert.throws(() => new SqliteStore({ dataDir: dir }), /schema version 99, newer than this shabaka/);
  });

  test('a version 2 database gets the covering fact indexes of version 3 on open and answers as before', async () => {
    const dir = tmp();
    await writeSeedStore(dir);
    const questions = async (s: SqliteStore) => JSON.stringify([
      await s.facts({ predicates: ['VISITED'], object: 'country:KP' }), await s.facts({ either: 'person:sergey-lavrov' }), await s.stats(),
    ]);
    let store = await open(dir);
    const before = await questions(store);
    await store.close();
    // Back to version 2 as it was written: the subject and object indexes without the other columns.
    const db = new Database(join(dir, 'shabaka.db'));
    db.exec(`DROP INDEX facts_by_subject; DROP INDEX facts_by_object;
      CREATE INDEX facts_by_subject ON facts (subject, predicate, date DESC, object);
      CREATE INDEX facts_by_object ON facts (object, predicate, date DESC, subject);`);
    db.pragma('user_version = 2');
    db.close();
    store = await open(dir);
    assert.equal(await questions(store), before);
    await store.close();
    const after = new Database(join(dir, 'shabaka.db'), { readonly: true });
    assert.equal(after.pragma('user_version', { simple: true }), 3);
    const columns = (index: string) => after.prepare(`SELECT name FROM pragma_index_info('${index}') ORDER BY seqno`).pluck().all();
    assert.deepEqual(columns('facts_by_subject'), ['subject', 'predicate', 'date', 'object', 'precision', 'status', 'sources', 'independent', 'confidence']);
    assert.deepEqual(columns('facts_by_object'), ['object', 'predicate', 'date', 'subject', 'precision', 'status', 'sources', 'independent', 'confidence']);
    after.close();
  });
});
