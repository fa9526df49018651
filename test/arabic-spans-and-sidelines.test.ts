// Dates of events told as spans of days or on the sidelines of a trip; sentences of our own
// (the corpus texts are third-party and never copied into tests).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

describe('spans of days', () => {
  test('"بين 17 و 27 فبراير": an exercise held between two days is dated by the first', () => {
    const lines = factLines(extractText('أعلنت البحرية الهندية أنها ستجري مناورات بحرية مشتركة مع فرنسا بين 17 و 27 فبراير.', '2023-02-01'), 'JOINT_EXERCISE');
    assert.deepEqual(lines, ['JOINT_EXERCISE FR IN 2023-02-17 planned']);
  });
  test('"ابتداء من هذا الثلاثاء وإلى غاية الخميس المقبل": a visit begun today is dated today and done', () => {
    const lines = factLines(extractText('شرع وزير الدفاع التونسي عماد مميش، ابتداء من هذا الثلاثاء وإلى غاية الخميس المقبل، في زيارة إلى روما.', '2024-06-04'), 'VISITED');
    assert.deepEqual(lines.filter((l) => l.includes(' IT ')), ['VISITED Imed Memmiche IT 2024-06-04 occurred']);
  });
  test('"الأسبوع المقبل" alone still makes a visit ahead planned', () => {
    const lines = factLines(extractText('يزور وزير الدفاع التونسي عماد مميش روما الأسبوع المقبل.', '2024-06-04'), 'VISITED');
    assert.ok(lines.every((l) => l.endsWith('planned')) && lines.length > 0, lines.join('\n'));
  });
});

describe('meetings on the sidelines of a trip', () => {
  test('a planned meeting "على هامش" the summit the traveller went to is dated by the trip\'s month', () => {
    const x = extractText('غادر الرئيس الانتقالي في بوركينا فاسو، النقيب إبراهيم تراوري، العاصمة واغادوغو، مساء أمس متوجها إلى موسكو للمشاركة في القمة.\nوتناولت القمة ملفات الأمن.\nومن المقرر أن يلتقي تراوري بالرئيس الروسي فلاديمير بوتين، على هامش هذه القمة.', '2023-07-26');
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => l.includes('Vladimir Putin') && l.includes(' 2023-07 planned')), met.join('\n'));
  });
});
