import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MentionIndex } from '../src/store/embedded/mention-index.ts';
import { StoredFact } from '../src/store/embedded/stored-fact.ts';
import { factKey } from '../src/store/article-graph.ts';
import type { FactSource } from '../src/store/graph-store.ts';

test('mentions go from one id to an array to a set and back, counting each article once', () => {
  const m = new MentionIndex();
  m.add('e', 'a1');
  m.add('e', 'a1');
  assert.equal(m.count('e'), 1);
  for (let i = 2; i <= 40; i++) m.add('e', `a${i}`);
  m.add('e', 'a7');
  assert.equal(m.count('e'), 40);
  assert.deepEqual(new Set(m.articles('e')).size, 40);
  for (let i = 40; i >= 2; i--) assert.equal(m.remove('e', `a${i}`), i - 1);
  assert.deepEqual(m.articles('e'), ['a1']);
  assert.equal(m.remove('e', 'other'), 1, 'an article that never mentioned it changes nothing');
  assert.equal(m.remove('e', 'a1'), 0);
  assert.equal(m.count('e'), 0);
  assert.deepEqual([...m.entities()], []);
});

const source = (over: Partial<FactSource> = {}): FactSource => {
  const f: FactSource = {
    key: '', predicate: 'VISITED', subject: 'person:x', object: 'country:KP', articleId: 'article:1', date: '2025-07', precision: 'month',
    status: 'occurred', evidence: 'زار كوريا', evidenceStart: 3, evidenceEnd: 12, confidence: 0.85, rule: 'visit:زار', role: null, eventId: null, ...over,
  };
  return { ...f, key: over.key ?? factKey(f.predicate, f.subject, f.object, f.date) };
};

test('a stored fact derives its key and returns a plain source equal to the one written', () => {
  const written = source();
  const kept = new StoredFact(written);
  assert.equal(kept.key, 'VISITED|person:x|country:KP|2025-07');
  assert.equal(Object.keys(kept).includes('key'), false, 'the key is not held');
  const back = kept.toSource('');
  assert.deepEqual(back, written);
  assert.deepEqual(JSON.parse(JSON.stringify(back)), written, 'the key survives JSON, as snapshots write it');
  kept.evidence = '';
  assert.equal(kept.toSource('from the text').evidence, 'from the text');
});

test('a key that does not follow predicate|subject|object|date is kept as given', () => {
  const odd = source({ key: 'legacy-key-7' });
  assert.equal(new StoredFact(odd).key, 'legacy-key-7');
  assert.equal(new StoredFact(source({ date: null })).key, 'VISITED|person:x|country:KP|');
});
