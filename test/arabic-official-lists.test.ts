// Shapes from the development corpus (batch 2026-12-03d), written here in sentences of our own about
// other people: a list of guests each followed by his title, an office with a second portfolio, and a
// second round of meetings told with "كما" after two sentences on what was discussed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

const people = (text: string) => extractText(text, '2024-05-02').entities.filter((e) => e.type === 'Person').map((e) => e.nameAr);
const LIST = 'التقى الفريق أول سامي الحسن، القائد العام للقوات المسلحة وزير الدفاع والإنتاج الحربي، ماريو روسيني، وزير الدفاع الإيطالي، وبيدرو غومارا، وزير الدفاع البرتغالي، على هامش المعرض.';

describe('a list of guests, each named before his title', () => {
  test('the list\'s و is not the first letter of the next name', () => {
    const names = people(LIST);
    assert.ok(names.includes('بيدرو غومارا'), names.join(', '));
    assert.ok(!names.some((n) => n?.startsWith('وبيدرو')), names.join(', '));
  });
  test('the host meets each guest, over his own chain of titles; the guests do not meet one another', () => {
    assert.deepEqual(factLines(extractText(LIST, '2024-05-02'), 'MET'), [
      'MET بيدرو غومارا سامي الحسن 2024-05-02 occurred',
      'MET سامي الحسن ماريو روسيني 2024-05-02 occurred',
    ]);
  });
  test('each guest holds the office of his own title', () => {
    const lines = factLines(extractText(LIST, '2024-05-02'), 'OFFICIAL_OF');
    assert.ok(lines.includes('OFFICIAL_OF بيدرو غومارا PT - occurred'), lines.join('\n'));
    assert.ok(lines.includes('OFFICIAL_OF ماريو روسيني IT - occurred'), lines.join('\n'));
  });
  test('a short name that begins with و keeps it', () => {
    const names = people('التقى وزير الخارجية الأردني سامي الحسن، وزير الخارجية، وليد فارس، وزير الخارجية اللبناني.');
    assert.ok(names.includes('وليد فارس'), names.join(', '));
  });
});

describe('an office with a second portfolio', () => {
  test('"وزير الدفاع والإنتاج الحربي" names no one', () => {
    assert.ok(!people(LIST).some((n) => /الانتاج|الإنتاج/.test(n ?? '')));
  });
  test('a given name that begins with "وال" after a title is still a name', () => {
    assert.ok(people('وصل الرئيس والتر شتاينهوف إلى عمان.').includes('والتر شتاينهوف'));
  });
});

describe('"كما التقى" after two sentences on the talks', () => {
  test('is the same day\'s programme and takes the lead\'s day', () => {
    const text = [LIST, 'وناقش القائد العام مع الوزراء أهم المستجدات الإقليمية.', 'وأعرب الوزراء عن تقديرهم لتنظيم المعرض.',
      'كما التقى الفريق كريم الصافي، رئيس أركان حرب القوات المسلحة، يانغ هوتشين، وزير الصناعات الدفاعية الكوري الجنوبي.'].join('\n');
    const lines = factLines(extractText(text, '2024-05-02'), 'MET');
    assert.ok(lines.includes('MET كريم الصافي يانغ هوتشين 2024-05-02 occurred'), lines.join('\n'));
  });
});

describe('names and titles in a Gulf phone call', () => {
  const CALL = 'بحث الشيخ سلطان بن محمد بن راشد آل مكتوم، نائب رئيس مجلس الوزراء، في اتصال هاتفي أجراه مع نائب رئيس الوزراء لشؤون الأمن في سلطنة عمان الشقيقة، فهد بن محمود آل سعيد، مستجدات المنطقة.';
  test('a known person after بن is the father in a chained name, not the one named', () => {
    const names = people(CALL);
    assert.ok(names.includes('سلطان بن محمد بن راشد آل مكتوم'), names.join(', '));
  });
  test('a deputy\'s title is no office holder, and the name after "الشقيقة،" is the deputy', () => {
    const lines = factLines(extractText(CALL, '2024-05-02'), 'MET');
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /فهد بن محمود آل سعيد/);
    assert.match(lines[0]!, /سلطان بن محمد بن راشد آل مكتوم/);
  });
  test('"الركن الطيار" between rank and name is no part of the name', () => {
    const names = people('استقبل قائد الجيش الأردني وفدا كويتيا يترأسه العميد الركن الطيار جاسم بن علي المري قائد القوات الجوية القطرية.');
    assert.ok(names.includes('جاسم بن علي المري'), names.join(', '));
  });
});

describe('"حل ... ب" and a host named after "وكان في استقباله"', () => {
  const TEXT = ['حل رئيس أركان الجيش التونسي، الفريق أول كمال بن سالم، اليوم الأربعاء، بباماكو، في زيارة رسمية.',
    'وكان في استقباله رئيس أركان الجيوش المالية، الفريق سيدي بله كوناتي، بحضور سفير تونس.'].join('\n');
  test('to alight somewhere with ب is a visit there', () => {
    assert.deepEqual(factLines(extractText(TEXT, '2024-05-01'), 'VISITED'), ['VISITED كمال بن سالم ML 2024-05-01 occurred']);
  });
  test('the host after the cue receives the traveller, whose name may hold a short word such as "بله"', () => {
    assert.deepEqual(factLines(extractText(TEXT, '2024-05-01'), 'MET'), ['MET سيدي بله كوناتي كمال بن سالم 2024-05-01 occurred']);
  });
  test('a solution is no visit: "لحل الأزمة في ..."', () => {
    const x = extractText('ودعا الرئيس الفرنسي إيمانويل ماكرون إلى العمل لحل الأزمة في ليبيا.', '2024-05-01');
    assert.deepEqual(factLines(x, 'VISITED'), []);
  });
  test('a unit received by officers ("في استقبالهم") makes no meeting with its commander', () => {
    const x = extractText(['وصل الفوج الأول من الكتيبة، بقيادة المقدم محمد ولد أحمد، إلى نواكشوط.', 'وكان في استقبالهم عدد من الضباط، بينهم العقيد سيدي ولد محمد.'].join('\n'), '2024-05-01');
    assert.deepEqual(factLines(x, 'MET'), []);
  });
});

describe('talks "مع كل من" several leaders, this evening', () => {
  const TEXT = ['يعقد الرئيس التونسي قيس سعيد مباحثات مساء اليوم بمقر إقامته في نيامي عاصمة النيجر',
    'مع كل من رئيس تشاد محمد ديبي ورئيس بنين باتريس تالون والنائب الأول لرئيس السودان مالك عقار.',
    'وكان الرئيس التونسي قد وصل صباح اليوم إلى نيامي للمشاركة في القمة.'].join('\n');
  const x = () => extractText(TEXT, '2024-05-02');
  test('a sentence broken over two lines before "مع" is one sentence; each leader meets the host, not one another', () => {
    const met = factLines(x(), 'MET');
    assert.equal(met.length, 3, met.join('\n'));
    assert.ok(met.every((l) => l.includes('Kais Saied') || l.includes('قيس سعيد')), met.join('\n'));
  });
  test('"والنائب الأول لرئيس ..." joins the list', () => {
    assert.ok(factLines(x(), 'MET').some((l) => l.includes('مالك عقار')));
  });
  test('talks held in the present "مساء اليوم" are planned', () => {
    assert.ok(factLines(x(), 'MET').every((l) => l.endsWith('planned')));
  });
  test('the trip the article tells itself keeps its status beside the planned talks held there', () => {
    const visits = factLines(x(), 'VISITED').filter((l) => /Kais Saied|قيس سعيد/.test(l));
    assert.deepEqual(visits, [visits.find((l) => l.includes(' NE '))].filter(Boolean));
    assert.match(visits[0]!, /NE 2024-05-02 occurred$/);
  });
});

// Batch 2026-12-03g, in sentences of our own: words that stand where a name would and are none.
describe('words in a name\'s place that are no name', () => {
  test('"التي يقوم بها الرئيس الموريتاني": a verb and a pronoun before a title are no name; the title is the office holder', () => {
    assert.deepEqual(people('وهذه الزيارة هي الثالثة التي يقوم بها الرئيس الموريتاني إلى السنغال هذا العام.'), ['محمد ولد الشيخ الغزواني']);
  });
  test('the body an office heads, and the honorific after it, are no name: "رئيس هيئة الموانئ والمناطق الحرة السيد/"', () => {
    assert.deepEqual(people('ويرافق الرئيس في هذه الزيارة وفد يضم رئيس هيئة الموانئ والمناطق الحرة السيد/ سالم عمر يوسف.'), []);
  });
});
