import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FactIndex } from '../src/store/embedded/fact-index.ts';
import type { FactSource } from '../src/store/graph-store.ts';

const fact = (predicate: FactSource['predicate'], subject: string, object: string, articleId: string): FactSource => ({
  key: `${predicate}|${subject}|${object}|`, predicate, subject, object, articleId, date: null, precision: null, status: 'occurred',
  evidence: '', evidenceStart: 0, evidenceEnd: 0, confidence: 1, rule: 'test', role: null, eventId: null,
});

test('the fact index finds each source under both ends, by predicate, and forgets an article whole', () => {
  const ix = new FactIndex();
  const a = [fact('VISITED', 'p:1', 'c:KP', 'a'), fact('MET', 'p:1', 'p:2', 'a')];
  const b = [fact('VISITED', 'p:2', 'c:KP', 'b'), fact('VISITED', 'p:1', 'c:KP', 'b')];
  for (const f of [...a, ...b]) ix.add(f);
  assert.equal([...ix.all()].length, 4, 'each source once');
  assert.equal([...ix.of('c:KP')].length, 3);
  assert.equal([...ix.of('p:1', ['MET'])].length, 1);
  assert.equal([...ix.of('p:2')].length, 2, 'the met person sees the meeting too');
  assert.equal(ix.degree('p:1'), 3);
  ix.removeArticle('a', a);
  assert.equal([...ix.all()].length, 2);
  assert.deepEqual([...ix.of('p:1')].map((f) => f.articleId), ['b']);
  assert.deepEqual([...ix.of('p:2', ['MET'])], []);
  assert.equal([...ix.of('c:KP')].length, 2);
  ix.removeArticle('b', b);
  assert.equal([...ix.all()].length, 0);
  assert.equal(ix.degree('c:KP'), 0);
});
