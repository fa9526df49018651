// Relative clauses set off by commas, guests after those who attend, friendly epithets in an envoy's
// title, and one-word names the article has already given to someone; sentences of our own (the corpus
// texts are third-party and never copied into tests).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

describe('asides between commas', () => {
  test('"X، الذي يزور حاليا ...، Y": the clause goes on after the aside, and a visit under way is done', () => {
    const x = extractText('اجتمع رئيس الوزراء الهندي ناريندرا مودي، الذي يزور حاليا العاصمة اليابانية طوكيو، مساء الخميس، بنظيره الياباني، فوميو كيشيدا.', '2023-03-16');
    const lines = factLines(x);
    assert.ok(lines.some((l) => /^MET/.test(l) && /Modi/.test(l) && /Kishida/.test(l)), lines.join('\n'));
    assert.ok(lines.includes('VISITED Narendra Modi JP 2023-03-16 occurred'), lines.join('\n'));
  });
  test('"بعدما شارك الثلاثاء ...": the day of what came before is not the visit\'s', () => {
    const x = extractText('وصل وزير الخارجية البرازيلي ماورو فييرا اليوم إلى لشبونة، وهي زيارته الأولى إلى البرتغال بعدما شارك الثلاثاء في اجتماع وزاري في مدريد.', '2024-06-14');
    const visits = factLines(x, 'VISITED');
    assert.ok(visits.includes('VISITED Mauro Vieira PT 2024-06-14 occurred'), visits.join('\n'));
    assert.ok(!visits.some((l) => /PT 2024-06-11/.test(l)), visits.join('\n'));
  });
  test('"جولة في أمريكا اللاتينية": a region is no visit to the United States', () => {
    const x = extractText('يختتم وزير الخارجية الصيني وانغ يي اليوم جولة في أمريكا اللاتينية شملت البرازيل وكولومبيا.', '2024-08-10');
    assert.ok(!factLines(x, 'VISITED').some((l) => / US /.test(l)), factLines(x).join('\n'));
  });
});

describe('a guest after those who attend', () => {
  test('"استقبل X وبحضور Y، سفير الهند لدى البلاد Z": Z is the guest', () => {
    const x = extractText('استقبل وزير الداخلية العماني حمود بن فيصل البوسعيدي صباح اليوم الاثنين وبحضور وكيل الوزارة هلال بن سعيد الحجري، سفير جمهورية الهند الصديقة لدى السلطنة أميت نارانغ.', '2023-02-06');
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => /حمود بن فيصل البوسعيدي/.test(l) && /أميت نارانغ/.test(l)), met.join('\n'));
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF أميت نارانغ IN - occurred'), factLines(x).join('\n'));
  });
});

describe('names', () => {
  test('"والأخير" after a title names no one', () => {
    const x = extractText('الرئيس المصري يستقبل وزير الدفاع القطري والأخير يشيد بالتعاون بين البلدين', '2024-01-20');
    assert.ok(!x.entities.some((e) => /الاخير|الأخير/.test(e.nameAr ?? '')), x.entities.map((e) => e.nameAr).join(', '));
  });
  test('a one-word form the lexicon gives another man is the surname of the one the article named', () => {
    const x = extractText('التقى الرئيس الأرجنتيني خافيير ميلي في بوينس آيرس وزير الخارجية الإسباني خوسيه مانويل ألباريس.\nوتواجه حكومة ميلي احتجاجات واسعة.', '2024-05-10');
    assert.ok(!factLines(x).some((l) => /Milley/.test(l)), factLines(x).join('\n'));
  });
});
