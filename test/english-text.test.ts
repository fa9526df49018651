// English sentences are read with one wink document per article (speed): the result must be what
// reading each line alone gives, so a sentence never runs across lines and no tag depends on the
// line before.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishSentences, tokenKey, type EnSentence } from '../src/extract/english/english-text.ts';
import type { ContentLine } from '../src/extract/furniture.ts';

function lines(text: string): ContentLine[] {
  const out: ContentLine[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ start, end: start + line.length, heading: !/[.!?]$/.test(line) });
    start += line.length + 1;
  }
  return out;
}

const plain = (ss: EnSentence[]) => ss.map(({ text, start, end, heading, tokens }) => ({ text, start, end, heading, tokens: tokens.map(({ slot: _slot, ...t }) => t) }));

const TEXT = [
  'Pakistani FM to visit Beijing',
  'ISLAMABAD (Reuters) - Pakistani Foreign Minister Ishaq Dar will travel to China on Monday. He will meet Wang Yi',
  'Egypt\'s President Abdel Fattah al-Sisi received the U.S. envoy. Talks focused on Gaza',
  'Türkiye\'s Erdoğan met Russian-Chinese delegations in Ankara on March 3, 2024.',
].join('\n');

test('one document per article gives the sentences, tokens, tags and offsets of one document per line', () => {
  const whole = englishSentences(TEXT, lines(TEXT));
  const perLine = lines(TEXT).flatMap((l) => englishSentences(TEXT, [l]));
  assert.deepEqual(plain(whole), plain(perLine));
  assert.deepEqual(whole.map((s) => s.index), whole.map((_, i) => i));
  // No sentence crosses a line, though the first and third lines do not end a sentence.
  for (const s of whole) assert.ok(!s.text.includes('\n'), s.text);
  assert.equal(whole[0]!.text, 'Pakistani FM to visit Beijing');
  for (const s of whole) for (const t of s.tokens) assert.equal(TEXT.slice(t.start, t.end), t.text);
  assert.ok(whole.some((s) => s.tokens.some((t) => t.text === 'al-Sisi' && t.key === 'al-sisi')));
});

test('token keys: lower case without dots or accents, the same for every token of a word', () => {
  assert.equal(tokenKey('U.S.'), 'us');
  assert.equal(tokenKey('Erdoğan'), 'erdogan');
  assert.equal(tokenKey('Erdoğan'), 'erdogan');
  const ss = englishSentences('Lavrov met Wang. Lavrov left.', [{ start: 0, end: 29, heading: false }]);
  const lavrovs = ss.flatMap((s) => s.tokens).filter((t) => t.text === 'Lavrov');
  assert.equal(lavrovs.length, 2);
  assert.equal(lavrovs[0]!.slot, lavrovs[1]!.slot);
});
