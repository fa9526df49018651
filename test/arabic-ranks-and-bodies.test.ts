// Gulf ranks, chained names and the bodies officers command, in shapes seen in the development corpus
// (batch 2026-12-03c), written here in sentences of our own about other people.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

const offices = (text: string) => factLines(extractText(text, '2024-05-02'), 'OFFICIAL_OF');

describe('ranks and names', () => {
  test('"اللواء الركن طيار" is a rank: the pilot\'s word is not part of the name', () => {
    assert.deepEqual(offices('وصل قائد سلاح الجو الكويتي اللواء الركن طيار ناصر بن حمد الدوسري إلى مسقط.'), ['OFFICIAL_OF ناصر بن حمد الدوسري KW - occurred']);
  });
  test('a given name that spells a nationality ("تركي") before بن is a name, not the officer\'s country', () => {
    assert.deepEqual(offices('استقبل الوزير الفريق الركن تركي بن ناصر بن محمد، قائد القوات البرية الملكية السعودية.'), ['OFFICIAL_OF تركي بن ناصر بن محمد SA - occurred']);
  });
  test('an award after a title is not a name', () => {
    const x = extractText('قلد الملك قائد القوات البحرية الملكية الأردنية وسام الاستقلال.', '2024-05-02');
    assert.ok(!x.entities.some((e) => /وسام/.test(e.nameAr ?? '')), x.entities.map((e) => e.nameAr).join(', '));
  });
});

describe('the body an officer commands', () => {
  test('"القوات الجوية الملكية السعودية": the feminine adjective "السعودية" is the body\'s nationality', () => {
    assert.deepEqual(offices('وقال قائد القوات الجوية الملكية السعودية الفريق الركن فهد بن سعد إن التمرين انتهى.'), ['OFFICIAL_OF فهد بن سعد SA - occurred']);
  });
});

describe('"رئيس وزراء X" without the article', () => {
  test('is a head of government, not the head of state the lexicon knows', () => {
    const x = extractText('رئيس وزراء ماليزيا هاشم عثمان يصل جاكرتا.', '2024-05-02');
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF هاشم عثمان MY - occurred']);
  });
});
