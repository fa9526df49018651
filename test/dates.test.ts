import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDates, parseDay } from '../src/extract/dates.ts';
import { defaultLexicon } from '../src/extract/lexicon/lexicon.ts';
import { tokenize } from '../src/extract/text/tokenize.ts';

const lx = defaultLexicon();
const resolve = (text: string, published: string, future = false) => {
  const ds = findDates(tokenize(text), lx);
  return ds.length ? ds[0]!.resolve(parseDay(published), future)?.value ?? null : null;
};

describe('dates resolve against the published date', () => {
  // published, text, tense (future?), expected
  const cases: [string, string, boolean, string | null][] = [
    ['2025-07-12', 'في 11 يوليو/تموز 2025', false, '2025-07-11'],
    ['2023-09-05', 'بتاريخ 5 سبتمبر 2023', false, '2023-09-05'],
    ['2025-07-12', 'نشر في 12/7/2025', false, '2025-07-12'],
    ['2025-07-12', 'تشرين الأول 2024', false, '2024-10'],
    ['2025-07-12', 'أمس الجمعة', false, '2025-07-11'],
    ['2025-07-12', 'أول أمس', false, '2025-07-10'],
    ['2019-03-03', 'أمس الأول الجمعة', false, '2019-03-01'],
    ['2024-12-22', 'بحث اليوم في دمشق', false, '2024-12-22'],
    ['2020-07-29', 'والاثنين الماضي، وصلت قوات', false, '2020-07-27'],
    ['2020-09-10', 'زار طهران الاسبوع الماضي', false, '2020-09'], // a week is the month most of its days fall in
    ['2020-10-03', 'زار طهران الاسبوع الماضي', false, '2020-09'],
    ['2024-12-22', 'احتفلت بـ اليوم الوطني', false, null],
    ['2024-12-22', 'لا تزال قائمة حتى اليوم', false, null],
    ['2024-12-22', 'وقعت في اليوم نفسه', false, null],
    ['2025-07-11', 'يوم الجمعة', false, '2025-07-11'], // published on a Friday: that day
    ['2025-07-11', 'يوم الجمعة', true, '2025-07-11'],
    ['2024-07-18', 'يوم الأربعاء', false, '2024-07-17'],
    ['2024-07-18', 'يوم الأربعاء', true, '2024-07-24'], // a future Wednesday is next week's
    ['2024-07-18', 'الخميس الماضي', false, '2024-07-11'],
    ['2024-07-18', 'في الشهر الماضي', false, '2024-06'],
    ['2024-01-10', 'الشهر الماضي', false, '2023-12'],
    ['2024-11-29', 'في يونيو الماضي', false, '2024-06'],
    ['2024-06-10', 'في يونيو الماضي', false, '2023-06'], // "last June" said in June is a year ago
    ['2024-11-29', 'في العام الماضي', false, '2023'],
    ['2024-11-29', 'العام المقبل', false, '2025'],
    ['2025-07-11', 'في نوفمبر', false, '2024-11'], // past tense: the last November
    ['2025-07-11', 'في نوفمبر', true, '2025-11'], // planned: the next one
    ['2023-09-05', 'في سبتمبر/أيلول الجاري', false, '2023-09'],
    ['2023-09-05', 'الشهر المقبل', false, '2023-10'],
    ['2024-07-18', 'عام 2022', false, '2022'],
    ['2025-07-12', 'في ١١ يوليو ٢٠٢٥', false, '2025-07-11'],
    ['2025-07-12', 'الأسبوع الماضي', false, '2025-07'],
    ['2025-07-12', '31 فبراير 2025', false, null], // no such day: no date rather than a wrong one
  ];
  for (const [published, text, future, want] of cases) {
    test(`${text} (published ${published}${future ? ', planned' : ''}) -> ${want}`, () => assert.equal(resolve(text, published, future), want));
  }
  test('no published date: relative dates stay unresolved, absolute ones resolve', () => {
    assert.equal(findDates(tokenize('أمس الجمعة'), lx)[0]!.resolve(null, false), null);
    assert.equal(findDates(tokenize('في 11 يوليو 2025'), lx)[0]!.resolve(null, false)?.value, '2025-07-11');
  });
  test('a number that is not a day is not a date', () => {
    assert.equal(findDates(tokenize('أرسلت 10 آلاف جندي'), lx).length, 0);
  });
});

describe('a year after a month, with its word', () => {
  test('"في آذار/ مارس عام 2018"، "في 22 مارس من العام 2018": the year named, not the year of publication', async () => {
    const { extractText, factLines } = await import('./helpers/extract.ts');
    const a = factLines(extractText('وزار الرئيس الصيني شي جين بينغ فيتنام في آذار/ مارس عام 2018.', '2023-09-14'), 'VISITED');
    assert.ok(a.some((l) => / VN 2018-03 /.test(l)), a.join('\n'));
    const b = factLines(extractText('وزار الرئيس الصيني شي جين بينغ فيتنام في 22 مارس من العام 2018.', '2023-09-14'), 'VISITED');
    assert.ok(b.some((l) => / VN 2018-03-22 /.test(l)), b.join('\n'));
  });
  test('"in March of 2018" in English', async () => {
    const { extractText, factLines } = await import('./helpers/extract.ts');
    const a = factLines(extractText('Moon Jae-in, then president of South Korea, visited Vietnam in March of 2018 on his first trip to Southeast Asia.', '2023-09-14'), 'VISITED');
    assert.ok(a.some((l) => / VN 2018-03 /.test(l)), a.join('\n'));
  });
});
