import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

describe('page furniture', () => {
  test('teasers about other stories yield no fact', () => {
    const text = [
      'قاذفات صينية وروسية تنفذ دورية مشتركة',
      'قال وزير الدفاع الياباني جين ناكاتاني إن طوكيو قلقة.',
      'شاهد أيضاً: زيلينسكي يلتقي ماكرون في باريس لبحث الدعم العسكري',
      'اقرأ أيضا: الهند وفرنسا تجريان مناورات بحرية مشتركة في بحر العرب',
      'شارك الخبر:',
      'FacebookTwitterLinkedInEmail',
      'أخبار ذات صلة',
      'Loading...',
      'وصل الرئيس الأمريكي دونالد ترامب إلى بكين في زيارة رسمية.',
      'أضف تعليق',
    ].join('\n');
    const x = extractText(text, '2024-12-01');
    const lines = factLines(x);
    // Only the headline's patrol and the minister's office: nothing from the teasers below them.
    assert.deepEqual(lines, ['JOINT_EXERCISE CN RU 2024-12-01 occurred', 'OFFICIAL_OF Gen Nakatani JP - occurred']);
    const reasons = new Set(x.dropped.map((d) => d.reason));
    assert.ok(reasons.has('page furniture') && reasons.has('related-news heading') && reasons.has('after related-news heading'));
  });

  test('image captions are content', () => {
    const x = extractText('وزير الخارجية الروسي سيرغي لافروف (وسط) يصل إلى كوريا الشمالية، في 11 يوليو/تموز 2025 (رويترز)', '2025-07-12');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Sergey Lavrov KP 2025-07-11 occurred']);
  });

  test('the seed with related-news teasers keeps none of their people', () => {
    const text = readFileSync(new URL('../seeds/003_a62b695d63cea908.txt', import.meta.url), 'utf8');
    const x = extractText(text, '2024-07-18');
    for (const teaser of ['Paetongtarn Shinawatra', 'Lee Jae-myung']) assert.ok(!x.entities.some((e) => e.name === teaser), teaser);
    const evidenceStarts = x.facts.map((f) => f.evidence.start);
    assert.ok(Math.max(...evidenceStarts) < text.indexOf('أخبار ذات صلة'));
  });
});

describe('evidence', () => {
  test('offsets point into the article text at the sentence and the cue', () => {
    const text = 'مقدمة الخبر هنا.\nوذكرت وكالة الأنباء أن وزير الخارجية الروسي سيرغي لافروف وصل إلى كوريا الشمالية، أمس الجمعة.';
    const x = extractText(text, '2025-07-12');
    const f = x.facts.find((f) => f.predicate === 'VISITED')!;
    assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.sentence);
    assert.equal(text.slice(f.evidence.cueStart, f.evidence.cueEnd), 'وصل');
    assert.match(f.rule, /^visit:/);
    assert.ok(f.confidence > 0 && f.confidence <= 1);
    assert.equal(f.precision, 'day');
  });
});
