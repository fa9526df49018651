import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cliticReadings } from '../src/extract/text/clitics.ts';
import { foldName, normalizeArabic, phraseKey } from '../src/extract/text/normalize.ts';
import { tokenize } from '../src/extract/text/tokenize.ts';
import { defaultLexicon } from '../src/extract/lexicon/lexicon.ts';

describe('normalisation', () => {
  const cases: [string, string][] = [
    ['سيرغيْ لافروفُ', 'سيرغي لافروف'], // diacritics
    ['مـــناورات', 'مناورات'], // tatweel
    ['أحمد إبراهيم آمال ٱلعربي', 'احمد ابراهيم امال العربي'], // alef variants
    ['مصطفى', 'مصطفي'], // alef maqsura
    ['الكورية', 'الكوريه'], // ta marbuta
    ['١٢/٧/٢٠٢٥', '12/7/2025'], // Eastern Arabic digits
    ['۱۴۰۳', '1403'], // Persian digits
    ['كو\u200cريا\u200f', 'كوريا'], // zero-width and bidi controls
    ['ﻻ', 'لا'], // presentation forms
    ['يoon', 'يoon'], // stray Latin kept inside the word
  ];
  for (const [input, want] of cases) test(`${input} -> ${want}`, () => assert.equal(normalizeArabic(input), want));

  test('name folding merges g/j transliterations', () => {
    assert.equal(foldName(normalizeArabic('سيرغي')), foldName(normalizeArabic('سيرجي')));
    assert.equal(phraseKey('بيونغ يانغ'), phraseKey('بيونج يانج'));
    assert.notEqual(phraseKey('بيونغ يانغ'), phraseKey('بيونغ'));
  });
});

describe('tokens keep original offsets', () => {
  test('offsets point at the written word, diacritics and all', () => {
    const text = 'وصلَ وزيرُ الخارجية، أمس.';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(tokenize(text).map((t) => t.norm), ['وصل', 'وزير', 'الخارجيه', '،', 'امس', '.']);
  });
  test('a zero-width character inside a word does not split it', () => {
    const toks = tokenize('روس\u200bيا');
    assert.equal(toks.length, 1);
    assert.equal(toks[0]!.norm, 'روسيا');
  });
});

describe('clitics', () => {
  const lx = defaultLexicon();
  const cases: [string, string | null, string][] = [
    ['لكوريا الشمالية', 'country:KP', 'ل'],
    ['وروسيا', 'country:RU', 'و'],
    ['بكين', 'country:CN', ''], // Beijing, not ب + كين
    ['للصين', 'country:CN', 'ل'], // ل + الصين
    ['وللصين', 'country:CN', 'ول'],
    ['بالصين', 'country:CN', 'ب'],
    ['والولايات المتحدة', 'country:US', 'و'],
    ['وزير', null, ''], // not و + زير
    ['بيلوسوف', 'person:andrei-belousov', ''], // not ب + يلوسوف
    ['فرنسا', 'country:FR', ''], // not ف + رنسا
  ];
  for (const [text, id, prefix] of cases) {
    test(`${text} -> ${id ?? 'nothing'}`, () => {
      const m = lx.matchEntity(tokenize(text), 0);
      assert.equal(m?.entry.entityId ?? null, id);
      if (m) assert.equal(m.prefix, prefix);
    });
  }
  test('readings put the unstripped word first', () => {
    assert.deepEqual(cliticReadings('وزير')[0], { prefix: '', stem: 'وزير' });
    assert.ok(cliticReadings('للصين').some((r) => r.prefix === 'ل' && r.stem === 'الصين'));
  });
});
