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
  test('"اعتبارا من اليوم ولغاية الجمعة القادم": a visit begun today is dated today and done', () => {
    const lines = factLines(extractText('بدأ وزير الدفاع التونسي عماد مميش، اعتبارا من اليوم ولغاية الجمعة القادم، زيارة رسمية إلى روما.', '2024-06-04'), 'VISITED');
    assert.deepEqual(lines.filter((l) => l.includes(' IT ')), ['VISITED Imed Memmiche IT 2024-06-04 occurred']);
  });
  test('"الأسبوع المقبل" alone still makes a visit ahead planned', () => {
    const lines = factLines(extractText('يزور وزير الدفاع التونسي عماد مميش روما الأسبوع المقبل.', '2024-06-04'), 'VISITED');
    assert.ok(lines.every((l) => l.endsWith('planned')) && lines.length > 0, lines.join('\n'));
  });
});

describe('meetings on the sidelines of a trip', () => {
  test('a planned meeting "على هامش" the summit the traveller went to is dated by the trip\'s month', () => {
    const x = extractText('سافر رئيس بوركينا فاسو النقيب إبراهيم تراوري مساء أمس إلى موسكو لحضور منتدى اقتصادي.\nويستمر المنتدى ثلاثة أيام.\nوسيلتقي تراوري الرئيس فلاديمير بوتين على هامش المنتدى.', '2023-07-26');
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => l.includes('Vladimir Putin') && l.includes(' 2023-07 planned')), met.join('\n'));
  });
});

describe('exercises announced by one of their two states', () => {
  test('"أعلنت <capital> إجراء مناورات مشتركة مع <country>": the announcing state holds them', () => {
    const lines = factLines(extractText('أعلنت باريس إجراء مناورات بحرية مشتركة مع الهند الأسبوع المقبل.', '2024-05-06'), 'JOINT_EXERCISE');
    assert.ok(lines.some((l) => l.startsWith('JOINT_EXERCISE FR IN') || l.startsWith('JOINT_EXERCISE IN FR')), lines.join('\n'));
  });
  test('"أعلنت وزارة الدفاع <nisba> عن مواصلة مناورات مع البحرية <nisba> حتى <day>": the ministry\'s state; the last day gives only the month', () => {
    const lines = factLines(extractText('أعلنت وزارة الدفاع التونسية عن مواصلة مناورات مشتركة مع البحرية الإيطالية حتى 20 مايو 2024.', '2024-05-06'), 'JOINT_EXERCISE');
    assert.deepEqual(lines, ['JOINT_EXERCISE IT TN 2024-05 occurred']);
  });
  test('"تمرين مشترك بين القوة الجوية <nisba> ونظيرتها <nisba>": the force and its counterpart', () => {
    const lines = factLines(extractText('نفذت القوات تمرينا مشتركا بين القوة الجوية الأردنية ونظيرتها الفرنسية فوق الصحراء.', '2024-05-06'), 'JOINT_EXERCISE');
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.ok(lines[0]!.startsWith('JOINT_EXERCISE FR JO'), lines.join('\n'));
  });
});
