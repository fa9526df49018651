import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { EmbeddedStore } from '../src/store/embedded/embedded-store.ts';
import { StoreLockedError } from '../src/store/embedded/persistence.ts';
import { seedGraphs } from './helpers/seed-graphs.ts';
import { writeSeedStore } from './helpers/seed-store.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'shabaka-durable-'));

describe('embedded store durability', () => {
  test('what was written is there after a restart', async () => {
    const dir = tmp();
    const before = await writeSeedStore(dir);
    const b = new EmbeddedStore({ dataDir: dir });
    await b.init();
    assert.deepEqual(await b.stats(), before);
    await b.close();
  });

  test('a second writer is refused with a clear message; a reader is not', async () => {
    const dir = tmp();
    const a = new EmbeddedStore({ dataDir: dir });
    await a.init();
    await a.putArticle(seedGraphs()[0]!);
    // Another process holds the lock: simulate its pid with our parent's, which is alive.
    const other = new EmbeddedStore({ dataDir: dir });
    const lock = join(dir, 'writer.lock');
    assert.equal(Number(readFileSync(lock, 'utf8')), process.pid);
    writeFileSync(lock, String(process.ppid));
    await assert.rejects(other.init(), (e: Error) => e instanceof StoreLockedError && /being written by another shabaka process \(pid \d+\)/.test(e.message));
    const reader = new EmbeddedStore({ dataDir: dir, readOnly: true });
    await reader.init();
    assert.equal((await reader.stats()).articles, 1);
    writeFileSync(lock, String(process.pid));
    await a.close();
  });

  test('a torn last journal line is ignored on load', async () => {
    const dir = tmp();
    const a = new EmbeddedStore({ dataDir: dir });
    await a.init();
    await a.putArticle(seedGraphs()[0]!);
    appendFileSync(join(dir, 'journal.ndjson'), '{"op":"put","doc":{"article":{"id":"article:half');
    rmSync(join(dir, 'writer.lock'));
    const b = new EmbeddedStore({ dataDir: dir });
    await b.init();
    assert.equal((await b.stats()).articles, 1);
    assert.equal(b.loadReport.skipped, 1);
    await b.close();
  });

  test('kill -9 in the middle of an ingest: the store reloads with whole articles only', async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./helpers/crash-child.ts', import.meta.url).pathname, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const store = new EmbeddedStore({ dataDir: dir });
    await store.init(); // the dead child's lock is taken over
    const articles = await store.listArticles({ limit: 100 });
    assert.ok(articles.length > 0, 'the child wrote nothing before it was killed');
    const originals = new Map(seedGraphs().map((d) => [d.article.id, d]));
    const edgesPerArticle = new Map<string, number>();
    for (const src of store.mem.factIndex.all()) edgesPerArticle.set(src.articleId, (edgesPerArticle.get(src.articleId) ?? 0) + 1);
    for (const a of articles) {
      const original = originals.get(a.id.replace(/-\d+$/, ''))!;
      assert.equal(edgesPerArticle.get(a.id), original.facts.length, `article ${a.id} is partial`);
    }
    await store.close();
  });
});
