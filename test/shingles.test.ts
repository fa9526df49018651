import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { bandKeys, signature } from '../src/store/resolve/near-duplicates.ts';
import { shingleHashes, words } from '../src/store/resolve/shingles.ts';

/**
 * The signature as the first resolution round computed it (regular expressions, word strings joined
 * in threes): stored signatures and bands were written this way, so the one-pass fold must give the
 * same numbers for every text, or a copy ingested now would miss the story it copies.
 */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
const SEEDS = Array.from({ length: 60 }, (_, i) => mix(i + 1, 0x9e3779b9));
function referenceWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[إأآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')
    .split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}
function referenceSignature(text: string): number[] {
  const w = referenceWords(text);
  if (!w.length) return [];
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= Math.max(w.length, 3); i++) shingles.add(fnv1a(w.slice(i, i + 3).join(' ')));
  const sig = new Array<number>(60).fill(0xffffffff);
  for (const h of shingles) for (let k = 0; k < 60; k++) if (mix(h, SEEDS[k]!) < sig[k]!) sig[k] = mix(h, SEEDS[k]!);
  return sig;
}

function texts(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Strings at the edges of folding: marks, tatweel, letter variants, case that changes length, NFKC forms, surrogates. */
const HOSTILE = [
  '', ' ', '...', 'كلمة', 'كلمتان اثنتان', 'ثلاث كلمات هنا', 'مُحَمَّد بْنُ سَلْمَان', 'الـــرئيس', 'أحمد إلى آسيا ٱلله', 'مستشفى مدرسة',
  'İstanbul DİYARBAKIR', 'Straße GROSS ǅ', 'ﻻ ﷺ ﻟﻠﻪ', 'Ｔｏｋｙｏ ２０２３', 'x² ½ ℌ', '١٢٣ ٤٥٦ 7,8 9.10', 'a\u200db\u200cc\u00a0d\u2009e',
  'emoji 😀 here 𝐀𝐁𝐂 math', 'lone \ud83d high', 'lone \ude00 low', 'pair split \ud835\u064b\udc00 by a mark', 'ـــ', '\u064b\u064c',
  'كلمة\u064b\u064cكلمة', 'A-B_C/D\\E', 'ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ', 'ﬁne ﬂow', 'tab\tnew\nline\r\nend',
];

/** Deterministic random strings from a pool of the characters above and ordinary ones. */
function randomTexts(n: number): string[] {
  const pool = [...'ab AZ09ﻻإأآٱىة ـ\u064b\u0670\u0652-.,İß²١😀\u200dΣ\n'];
  let s = 7;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) >>> 8) % pool.length;
  return Array.from({ length: n }, (_, i) => Array.from({ length: 5 + (i % 60) }, () => pool[next()]).join(''));
}

test('signatures folded in one pass equal the regular-expression signatures on the seeds, the fixtures and hostile text', () => {
  const root = new URL('..', import.meta.url).pathname;
  const corpus = [...texts(join(root, 'seeds')), ...texts(join(root, 'test/fixtures/general')), ...HOSTILE, ...randomTexts(2000)];
  // Copies as the near-duplicate tests write them: a masthead, a line dropped, a word changed.
  corpus.push(...corpus.slice(0, 5).map((t, n) => `وكالة الأنباء رقم ${n} - نقلا عن مراسلها\n${t.split('\n').slice(1).join('\n')}`.replace('الجمعة', 'يوم الجمعة')));
  corpus.push(`خبر تجريبي رقم 7. `.repeat(40));
  assert.ok(corpus.length > 2000);
  for (const text of corpus) {
    const want = referenceSignature(text);
    assert.deepEqual(signature(text), want, JSON.stringify(text.slice(0, 80)));
    assert.deepEqual(bandKeys(signature(text)), bandKeys(want));
    assert.deepEqual(words(text), referenceWords(text));
  }
});

test('shingles: fewer than three words are one shingle, none for a text without words', () => {
  assert.equal(shingleHashes('').length, 0);
  assert.equal(shingleHashes(' ... ').length, 0);
  assert.equal(shingleHashes('one').length, 1);
  assert.equal(shingleHashes('one two').length, 1);
  assert.equal(shingleHashes('one two three').length, 1);
  assert.equal(shingleHashes('one two three four').length, 2);
  assert.equal(shingleHashes('a b c a b c').length, 3, 'a repeated shingle counts once');
});
