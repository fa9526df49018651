// Places added to seeds/lexicon/places.json: a meeting held in one of the new cities makes the
// visiting foreigner a visitor of that city's country, in Arabic and in English. Sentences of our own.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../src/extract/pipeline.ts';
import { parseArticle } from '../src/extract/read/read-article.ts';
import { factLines } from './helpers/extract.ts';

const extract = (text: string, language: 'ar' | 'en') =>
  extractArticle(parseArticle(text, 't.txt', { published: '2025-03-12', source: 't', url: null, language, title: null }));

describe('a meeting in a newly listed city is a visit to its country', () => {
  const cases: [string, 'ar' | 'en', string][] = [
    ['التقى وزير الدفاع الياباني جين ناكاتاني نظيره الأسترالي ريتشارد مارلز في سيدني أمس.', 'ar', 'VISITED Gen Nakatani AU 2025-03-11 occurred'],
    ['اجتمع رئيس الوزراء الهندي ناريندرا مودي مع الرئيس الروسي فلاديمير بوتين في سمرقند الجمعة.', 'ar', 'VISITED Narendra Modi UZ 2025-03-07 occurred'],
    ['التقى وزير الدفاع البريطاني جون هيلي رئيس الوزراء العراقي محمد شياع السوداني في البصرة الاثنين.', 'ar', 'VISITED John Healey IQ 2025-03-10 occurred'],
    ['Japanese Defense Minister Gen Nakatani met his Australian counterpart Richard Marles in Sydney on Monday.', 'en', 'VISITED Gen Nakatani AU 2025-03-10 occurred'],
    ['Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Samarkand on Friday.', 'en', 'VISITED Narendra Modi UZ 2025-03-07 occurred'],
  ];
  for (const [text, lang, expected] of cases) {
    test(`${lang}: ${expected}`, () => {
      const lines = factLines(extract(text, lang), 'VISITED');
      assert.ok(lines.includes(expected), lines.join('\n'));
    });
  }
});

describe('forms left out because they are ordinary words stay ordinary words', () => {
  // العقبة 'the obstacle', العين 'the eye', حماة 'protectors', صور 'pictures', الزاوية 'the angle'.
  test('no place is read in a sentence made of them', () => {
    const x = extract('قال الوزير إن العقبة الرئيسية هي الثقة، وإن العين على حماة الاتفاق، ونشر صور الزاوية الشمالية.', 'ar');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Place').map((e) => e.name), []);
  });
  test('the bare name stands only after مدينة', () => {
    const x = extract('وصل الوزير إلى مدينة العقبة.', 'ar');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Place').map((e) => e.name), ['Aqaba']);
  });
});
