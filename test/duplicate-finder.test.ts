import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PER_BAND } from '../src/store/resolve/near-duplicates.ts';
import { openDatabase } from '../src/store/sqlite/database.ts';
import { DuplicateFinder, signed } from '../src/store/sqlite/duplicate-finder.ts';

/** Stores articles of the given texts as the writer does (row, then bands); ids a01, a02 ... in rowid order. */
function store(texts: string[]) {
  const db = openDatabase(null);
  const finder = new DuplicateFinder(db);
  const insert = db.prepare(`INSERT INTO articles (id, file, language, hash, facts_hash, text, ingested_at, dup_group, minhash)
    VALUES (?, 'f', 'en', 'h', 'h', ?, 't', ?, ?)`);
  texts.forEach((text, i) => {
    const id = `a${String(i + 1).padStart(2, '0')}`;
    const found = finder.find(id, signed(text));
    const rowid = Number(insert.run(id, text, found.group, found.minhash).lastInsertRowid);
    finder.index(rowid, signed(text).bands);
  });
  return { db, finder };
}

const STORY = 'The defence ministers of South Korea, Japan and the United States met in Tokyo on Sunday to discuss North Korea and agreed to hold joint exercises in the summer.';

test('duplicate finder: a copy joins the group of the story it copies; another story stays its own', () => {
  const { db, finder } = store([STORY, 'Russia and China opened a naval drill in the Sea of Japan on Monday with ships and aircraft, the ministry said.']);
  assert.equal(finder.find('c', signed(`Reuters - ${STORY} Read more.`)).group, 'a01');
  assert.equal(finder.find('d', signed('An entirely different text about the weather in Cairo and the price of bread this week.')).group, 'd');
  assert.equal(finder.find('e', signed('')).group, 'e');
  db.close();
});

test(`duplicate finder: only the newest ${PER_BAND} articles of a band are candidates, whatever the band's size`, () => {
  // Twelve identical texts share every band: with all of them candidates, ties would go to a01 (the
  // smallest id); the newest PER_BAND are a05 to a12, so a05. Each stored copy joined a01's group,
  // so the groups say nothing: the stored rows are renamed to their own groups first.
  const { db, finder } = store(Array.from({ length: 12 }, () => STORY));
  db.exec('UPDATE articles SET dup_group = id');
  assert.equal(finder.find('x', signed(STORY)).group, `a${String(12 - PER_BAND + 1).padStart(2, '0')}`);
  // A band with fewer than PER_BAND articles: all are candidates.
  const small = store(Array.from({ length: 3 }, () => STORY));
  small.db.exec('UPDATE articles SET dup_group = id');
  assert.equal(small.finder.find('x', signed(STORY)).group, 'a01');
  db.close();
  small.db.close();
});
