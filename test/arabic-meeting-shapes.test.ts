// Shapes from the development corpus (batch 2026-12-03d), written here in sentences of our own about
// other people: a day "of the current month", talks noun "لقاءات", calls that "brought together" two
// officials.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

const people = (text: string) => extractText(text, '2024-05-02').entities.filter((e) => e.type === 'Person').map((e) => e.nameAr);

describe('a day of the month of publication', () => {
  test('"في 18 من الشهر الجاري" is that day of the current month', () => {
    const x = extractText('وفي 18 من الشهر الجاري زار رئيس الوزراء الأردني سامر الحديدي تركيا.', '2021-11-27');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED سامر الحديدي TR 2021-11-18 occurred']);
  });
  test('"في 3 من الشهر الماضي" is that day of the month before, across a new year', () => {
    const x = extractText('وفي 3 من الشهر الماضي زار رئيس الوزراء الأردني سامر الحديدي تركيا.', '2022-01-10');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED سامر الحديدي TR 2021-12-03 occurred']);
  });
});

describe('"عقد عدة لقاءات ... مع"', () => {
  test('meetings held "including with" someone are a meeting with him', () => {
    const x = extractText('وزار رئيس الوزراء الأردني سامر الحديدي تركيا أمس وأجرى لقاءات عدة منها لقاء مع الرئيس التركي رجب طيب أردوغان.', '2021-11-27');
    assert.deepEqual(factLines(x, 'MET'), ['MET سامر الحديدي Recep Tayyip Erdogan 2021-11-26 occurred']);
  });
});

describe('a call that "brought together" two officials', () => {
  const CALL = 'كان جدول أعمال اللجنة الدائمة، المقرر انعقادها في أفريل القادم بالرباط، موضوع مكالمة هاتفية جمعت صباح اليوم الخميس وزير الدفاع الوطني سامر الحديدي بمساعد وزير الدفاع البريطاني للشؤون الأمنية والدولية جون بيكرفيلد.';
  const x = () => extractText(CALL, '2024-05-02');
  test('the call is a meeting of the two, dated by its own day, not by the aside about the committee', () => {
    assert.deepEqual(factLines(x(), 'MET'), ['MET جون بيكرفيلد سامر الحديدي 2024-05-02 occurred']);
  });
  test('"بمساعد" ends the first name; the deputy\'s portfolio and its qualifiers are no part of the second', () => {
    assert.deepEqual(factLines(x(), 'OFFICIAL_OF'), ['OFFICIAL_OF جون بيكرفيلد GB - occurred']);
  });
  test('a scheduled aside before the cue still dates and plans what it describes when no other date is given', () => {
    const y = extractText('ومن المقرر أن يزور وزير الدفاع البريطاني جون بيكرفيلد الرباط في أفريل القادم.', '2024-05-02');
    assert.deepEqual(factLines(y, 'VISITED'), ['VISITED جون بيكرفيلد MA 2025-04 planned']);
  });
});

describe('"عمان", Amman or Oman, decided by the article', () => {
  test('with Jordan named elsewhere it is Amman', () => {
    const x = extractText('وصل وزير الدفاع المصري محمد زكي إلى عمان اليوم.\nوبحث مع رئيس الأركان الأردني التعاون العسكري.', '2024-05-02');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Mohamed Zaki JO 2024-05-02 occurred']);
  });
  test('with Oman named elsewhere it is Oman', () => {
    const x = extractText('وصل وزير الدفاع المصري محمد زكي إلى عمان اليوم.\nوبحث مع نظيره العماني التعاون العسكري.', '2024-05-02');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Mohamed Zaki OM 2024-05-02 occurred']);
  });
  test('with neither, or both, it is left unread', () => {
    assert.deepEqual(factLines(extractText('وصل وزير الدفاع المصري محمد زكي إلى عمان اليوم.', '2024-05-02'), 'VISITED'), []);
    const both = extractText('وصل وزير الدفاع المصري محمد زكي إلى عمان اليوم.\nوبحث مع نظيريه الأردني والعماني التعاون العسكري.', '2024-05-02');
    assert.deepEqual(factLines(both, 'VISITED'), []);
  });
});

describe('a nationality typed with its final ي doubled', () => {
  test('"الرئيس الفرنسيي" is the French president named before', () => {
    const x = extractText(['وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر اليوم.', 'وكان في استقبال الرئيس الفرنسيي بالمطار رئيس مجلس الأمة صالح قوجيل.'].join('\n'), '2024-05-02');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('Emmanuel Macron') && l.includes('صالح قوجيل')), factLines(x).join('\n'));
  });
  test('a name that ends in يي is no nationality', () => {
    assert.ok(!factLines(extractText('وصل المبعوث يحيي العلييي إلى الجزائر.', '2024-05-02')).some((l) => /FR/.test(l)));
  });
});

describe('hosts named after the guest, one with two offices', () => {
  test('"ونائب وزير الدفاع رئيس أركان الجيش الفريق X" is one more host', () => {
    const x = extractText('وكان في استقبال الرئيس الإيطالي سيرجو ماتاريلا بالمطار رئيس مجلس الأمة صالح قوجيل الذي كان مرفوقا بالوزير الأول نذير العرباوي ونائب وزير الدفاع رئيس أركان الجيش الوطني الشعبي الفريق أول سعيد شنقريحة.', '2024-05-02');
    const met = factLines(x, 'MET');
    assert.equal(met.length, 3, met.join('\n'));
    assert.ok(met.some((l) => l.includes('Said Chengriha') || l.includes('سعيد شنقريحة')), met.join('\n'));
  });
});

describe('a meeting on the sidelines of a gathering held in a country', () => {
  test('"على هامش قمة ... في أوغندا" puts both in that country', () => {
    const x = extractText('وبحث وزير الخارجية الأردني سامر الحديدي، خلال لقائه وزير الخارجية الكيني موسى واتيتو، على هامش قمة الاتحاد الأفريقي في إثيوبيا، العلاقات الثنائية.', '2024-05-02');
    assert.deepEqual(factLines(x, 'VISITED').sort(), ['VISITED سامر الحديدي ET 2024-05-02 occurred', 'VISITED موسى واتيتو ET 2024-05-02 occurred']);
  });
  test('cooperation "in" a country is no place of a meeting', () => {
    const x = extractText('وبحث وزير الخارجية الأردني سامر الحديدي مع وزير الخارجية الكيني موسى واتيتو الأوضاع في السودان.', '2024-05-02');
    assert.deepEqual(factLines(x, 'VISITED'), []);
  });
});

describe('"طرابلس", Libya\'s capital or Lebanon\'s city, and troops that travel', () => {
  test('with Libya named, a meeting in Tripoli puts the foreign guests in Libya', () => {
    const x = extractText('بحث وزير الدفاع الليبي سامر الحديدي مع نظيره التركي يشار غولر في طرابلس التعاون العسكري.', '2024-05-02');
    assert.ok(factLines(x, 'VISITED').some((l) => /Yasar Guler/.test(l) && l.includes(' LY ')), factLines(x).join('\n'));
  });
  test('with Lebanon named, Tripoli is in Lebanon', () => {
    const x = extractText('وصل وزير الدفاع التركي يشار غولر إلى طرابلس اليوم، في زيارة إلى لبنان.', '2024-05-02');
    assert.ok(factLines(x, 'VISITED').every((l) => !l.includes(' LY ')), factLines(x).join('\n'));
  });
  test('troops named after a speaker are what travels, not the speaker', () => {
    const x = extractText('وقال الرئيس التركي رجب طيب أردوغان إن وحدات من الجيش التركي توجهت إلى ليبيا اليوم.', '2024-05-02');
    assert.deepEqual(factLines(x, 'VISITED'), []);
    assert.deepEqual(factLines(x, 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO TR LY 2024-05-02 occurred']);
  });
});

describe('a trip\'s programme and the people it meets (batch 2026-12-03e)', () => {
  const TRIP = ['أخر الأخبار', 'وصل وزير الخارجية التركي هاكان فيدان، اليوم الأحد، إلى العاصمة عمان في زيارة رسمية.',
    'وسيجتمع فيدان خلال زيارته التي تدوم يومين كلا من: نظيره الأردني أيمن الصفدي، ورئيس الوزراء الأردني بشر الخصاونة.'].join('\n');
  const x = () => extractText(TRIP, '2024-05-05');
  test('a "latest news" heading above the body is navigation, not the start of a related-news block', () => {
    assert.deepEqual(factLines(x(), 'VISITED'), ['VISITED Hakan Fidan JO 2024-05-05 occurred']);
  });
  test('"كلا من:" after a relative clause lists those he will meet, on the day of the trip', () => {
    const met = factLines(x(), 'MET');
    assert.equal(met.length, 2, met.join('\n'));
    assert.ok(met.every((l) => l.includes('Hakan Fidan') && l.endsWith('2024-05-05 planned')), met.join('\n'));
  });
});

describe('titles around a name', () => {
  test('a name titled before it takes no second title after it without a comma: that one is the object', () => {
    const x = extractText('واستقبل رئيس الإقليم سامر الحديدي الرئيس الإيراني مسعود بزشكيان في أربيل.', '2024-09-12');
    assert.ok(!factLines(x, 'OFFICIAL_OF').some((l) => l.includes('سامر الحديدي IR')), factLines(x).join('\n'));
  });
  test('a rank before the name does not stop the office after it from describing him', () => {
    const x = extractText('وحضر الحفل الفريق سامر الحديدي قائد القوات البرية الأردنية.', '2024-09-12');
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF سامر الحديدي JO - occurred']);
  });
  test('the head of a party is named after the party, and holds no office of state', () => {
    const x = extractText('بحث رئيس الحزب الديمقراطي الليبي سامر الحديدي مع وزير الدفاع التركي يشار غولر الأوضاع.', '2024-09-12');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('سامر الحديدي')), factLines(x).join('\n'));
    assert.ok(!factLines(x, 'OFFICIAL_OF').some((l) => l.includes('سامر الحديدي')), factLines(x).join('\n'));
  });
});

describe('arrivals and the hosts listed before "في استقباله"', () => {
  test('every host listed after كان receives the traveller', () => {
    const x = extractText('وصل الرئيس التونسي قيس سعيد اليوم إلى ليبيا.\nوكان رئيس المجلس الرئاسي الليبي محمد المنفي ورئيس الحكومة الليبية عبد الحميد الدبيبة في استقباله.', '2024-05-02');
    assert.deepEqual(factLines(x, 'MET'), ['MET Abdul Hamid Dbeibah Kais Saied 2024-05-02 occurred', 'MET Kais Saied Mohamed al-Menfi 2024-05-02 occurred']);
  });
  test('"سيصل البحرين": a past or future arrival takes the country as its object', () => {
    const x = extractText('وقال بيان رسمي إن الرئيس المصري عبد الفتاح السيسي سيصل البحرين اليوم الأربعاء لإجراء محادثات.', '2024-05-01');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Abdel Fattah el-Sisi BH 2024-05-01 planned']);
  });
  test('the bare present "يصل بيروت" is left alone', () => {
    assert.deepEqual(factLines(extractText('الرئيس الإيراني مسعود بزشكيان يصل بيروت اليوم', '2024-05-01'), 'VISITED'), []);
  });
});

describe('dates of plans', () => {
  test('"غدا الخميس" is tomorrow and makes the meeting planned', () => {
    const x = extractText('تستضيف عمان غدا الخميس الاجتماع الثلاثي بين وزير الدفاع الأردني سامر الحديدي ونظيره العراقي ثابت العباسي.', '2024-05-01');
    assert.deepEqual(factLines(x, 'MET'), ['MET سامر الحديدي Thabet al-Abbasi 2024-05-02 planned']);
  });
  test('a weekday between a reporting verb and "أن" dates the report, not the plan reported', () => {
    const x = extractText('وأفادت الوزارة مساء الخميس أن وزير الخارجية الأردني سامر الحديدي سيلتقي نظيره العراقي فؤاد حسين في بغداد.', '2024-05-03');
    assert.deepEqual(factLines(x, 'MET'), ['MET سامر الحديدي Fuad Hussein - planned']);
  });
});

describe('receptions told the Gulf way (batch 2026-12-03f)', () => {
  test('after the host and a comma, the place and a bracketed date, then each guest with his own title', () => {
    const x = extractText('استقبل حضرة صاحب الجلالة الملك حمد بن عيسى آل خليفة عاهل البلاد، في قصر الروضة ظهر الأحد (3 مارس/ آذار 2024) وزير الخارجية بالجمهورية التونسية الشقيقة سامر الحديدي، ووزير الخارجية والتعاون بالمملكة المغربية الشقيقة كريم الصافي، لبحث العلاقات بين البلدان.', '2024-03-04');
    const met = factLines(x, 'MET').filter((l) => l.includes('Hamad bin Isa'));
    assert.equal(met.length, 2, factLines(x).join('\n'));
  });
  test('a visitor "during a visit to" the host country, then after a comma the host with his title', () => {
    const x = extractText('التقى رئيس أركان الجيش التونسي الفريق كمال الصافي خلال زيارة رسمية إلى الكويت، وزير الدفاع الكويتي سامر الحديدي.', '2024-05-13');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('كمال الصافي') && l.includes('سامر الحديدي')), factLines(x).join('\n'));
  });
  test('"بقصر سموه", "وبدوره", "وأثناء تواجد" and a ship are no names', () => {
    const names = people('استقبل الأمير سامر الحديدي وزير الداخلية بقصر سموه بجدة أمس وزير الداخلية الكويتي كريم الصافي. وبدوره صافح الرئيس الغاني الوفد. وأثناء تواجد الرئيس الكيني في أديس أبابا التقى قائد السفينة نصر مع العقيد سالم الهاشمي.');
    assert.ok(!names.some((n) => /سموه|بدوره|تواجد|السفينه|السفينة/.test(n ?? '')), names.join(', '));
  });
});

describe('more reception and arrival shapes (batch 2026-12-03f)', () => {
  test('a reception set off by "وفي حفل ..." before the guest and her title', () => {
    const x = extractText('استقبل وزير الدفاع العراقي ثابت العباسي وفي حفل أقيم صباح الأحد بمقر الوزارة وزيرة الدفاع الهولندية إلسا يانسن.', '2024-05-06');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('إلسا يانسن')), factLines(x).join('\n'));
  });
  test('"وصول" with a person is an arrival', () => {
    const x = extractText('أفاد بيان، اليوم الثلاثاء، بوصول الوزير أندريه بيلوسوف إلى إيران في زيارة رسمية.', '2024-05-07');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Andrei Belousov IR 2024-05-07 occurred']);
  });
  test('"منتهية الولاية" is no name', () => {
    assert.ok(!people('وكان قد اجتمع برئيس حكومة الإنقاذ منتهية الولاية ووزير الداخلية سامر الحديدي.').some((n) => /منتهي/.test(n ?? '')));
  });
});

// Batch 2026-12-03g, in sentences of our own: an envoy "accredited to" a country, talks in one's own
// office, a guest joined by ب on his title, a prime minister named again by his title alone.
describe('talks at home with an accredited envoy', () => {
  const TALKS = 'تباحث وزير الدفاع الوطني هشام الفاضل صباح اليوم الأحد في مكتبه بمقر الوزارة في الرباط مع سفير إسبانيا المعتمد لدى المغرب خوان مارتينيز.';
  const x = () => extractText(TALKS, '2024-05-05');
  test('"سفير X المعتمد لدى Y" is X\'s envoy, and the name after it is his', () => {
    assert.deepEqual(factLines(x(), 'MET'), ['MET خوان مارتينيز هشام الفاضل 2024-05-05 occurred']);
  });
  test('one who holds talks in his own office is of the country he sits in', () => {
    assert.deepEqual(factLines(x(), 'OFFICIAL_OF'), ['OFFICIAL_OF خوان مارتينيز ES - occurred', 'OFFICIAL_OF هشام الفاضل MA - occurred']);
  });
});

describe('a guest joined by ب on his title', () => {
  test('"اجتمع X بقائد القوات ... الجنرال Y", after a full date, is a meeting of X and Y', () => {
    const x = extractText('اجتمع اليوم الأحد 5 مايو 2024 وزير الدفاع النيجيري محمد بدرو بقائد القوات الفرنسية في منطقة الساحل الجنرال بيير دوران.', '2024-05-05');
    assert.deepEqual(factLines(x, 'MET'), ['MET بيير دوران محمد بدرو 2024-05-05 occurred']);
  });
});

describe('a title in the construct state names the one it named before', () => {
  test('"يلتقي رئيس الوزراء أيضا بـ..." is the prime minister the article named', () => {
    const x = extractText('وصل رئيس الوزراء الأردني سامر الحديدي إلى القاهرة اليوم. وينتظر أن يلتقي رئيس الوزراء كذلك بالرئيس المصري حسن عبد الواحد.', '2024-05-05');
    assert.deepEqual(factLines(x, 'MET'), ['MET حسن عبد الواحد سامر الحديدي 2024-05-05 planned']);
  });
  test('not when a country follows the title: another state\'s minister', () => {
    const x = extractText('زار وزير الدفاع الهندي أجاي كومار طهران الأسبوع الماضي وأجرى محادثات مع وزير الدفاع والقوات المسلحة الإيرانية العميد رضا حسيني.', '2024-05-05');
    assert.deepEqual(factLines(x, 'MET'), ['MET أجاي كومار رضا حسيني 2024-04 occurred']);
  });
});

describe('the guest after an honorific or a French rank in Arabic letters', () => {
  test('"اتصالا هاتفيا، الاثنين، بصاحب السمو الشيخ Y": ب on the honorific joins the one called', () => {
    const x = extractText('أجرى الملك عبد الله الثاني اتصالا هاتفيا، الاثنين، بصاحب السمو الشيخ تميم بن حمد آل ثاني أمير دولة قطر.', '2021-09-06');
    assert.deepEqual(factLines(x, 'MET'), ['MET King Abdullah II Tamim bin Hamad Al Thani 2021-09-06 occurred']);
  });
  test('"الجنرال دو كور دارمي" is a rank and "السير" an honorific, neither a name', () => {
    const x = extractText('استقبل وزير الدفاع الوطني هشام الفاضل، اليوم الإثنين بمقر الوزارة، الجنرال دو كور دارمي، السير بيتر ويليامز، مستشار وزارة الدفاع البريطانية.', '2024-05-06');
    assert.deepEqual(factLines(x, 'MET'), ['MET بيتر ويليامز هشام الفاضل 2024-05-06 occurred']);
  });
});

describe('a name between an honorific and its title', () => {
  test('"السيد X Y نائب وزير الدفاع التشيكي" is a person, and "، أمس، السيد" no break before the guest', () => {
    const x = extractText('شارك الفريق الركن سالم الكعبي رئيس أركان القوات المسلحة الإماراتية في افتتاح المعرض. وقد التقى رئيس الأركان، أمس، السيد بافل نوفاك نائب وزير الدفاع التشيكي.', '2024-09-06');
    assert.deepEqual(factLines(x, 'MET'), ['MET بافل نوفاك سالم الكعبي 2024-09-05 occurred']);
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF بافل نوفاك CZ - occurred', 'OFFICIAL_OF سالم الكعبي AE - occurred']);
  });
});

describe('receptions told from the guest, and trips made at an invitation', () => {
  test('"حظي X باستقبال رسمي من طرف Y" is a meeting of the two, hosted by Y', () => {
    const x = extractText('حظي اليوم الاثنين، بمدريد، الفريق أول عمر بن علي رئيس أركان الجيش التونسي باستقبال رسمي من طرف الرئيس الإسباني خوان مارتينيز.', '2023-01-23');
    assert.deepEqual(factLines(x, 'MET'), ['MET خوان مارتينيز عمر بن علي 2023-01-23 occurred']);
  });
  test('a trip begun today at an invitation is under way, and the meeting with the one who invited is ahead', () => {
    const x = extractText('بدأ وزير الدفاع التونسي عماد مميش اليوم زيارة رسمية إلى فرنسا بدعوة من نظيره الفرنسي سيباستيان لوكورنو.', '2023-01-23');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Imed Memmiche FR 2023-01-23 occurred']);
    assert.deepEqual(factLines(x, 'MET'), ['MET Imed Memmiche Sebastien Lecornu 2023-01-23 planned']);
  });
  test('a trip told after it, at an invitation, met the one who invited', () => {
    const x = extractText('وكان وزير الدفاع التونسي عماد مميش قد زار باريس في نوفمبر الماضي بدعوة من نظيره الفرنسي سيباستيان لوكورنو.', '2023-01-23');
    assert.deepEqual(factLines(x, 'MET'), ['MET Imed Memmiche Sebastien Lecornu 2022-11 occurred']);
  });
});

describe('separate talks, "كما" going on with the subject, and حل that solves', () => {
  const TALKS = 'ويعقد الرئيس السنغالي ماكي ديوب اليوم الجمعة جلسات محادثات منفصلة مع نظيره المالي آدم كوني ورئيس الحكومة موسى تراوري كما سيزور ميناء باماكو النهري.';
  test('"محادثات منفصلة مع X وY" are talks with each, not between X and Y', () => {
    assert.deepEqual(factLines(extractText(TALKS, '2024-05-03'), 'MET').map((l) => l.split(' ').slice(0, 5).join(' ')), ['MET آدم كوني ماكي ديوب', 'MET ماكي ديوب موسى تراوري']);
  });
  test('"كما سيزور" goes on with the subject of the sentence, not the last person named', () => {
    assert.deepEqual(factLines(extractText(TALKS, '2024-05-03'), 'VISITED'), ['VISITED ماكي ديوب ML 2024-05-03 planned']);
  });
  test('"وحل النزاعات التي تعصف بالصومال" is solving, no arrival', () => {
    const x = extractText('وشدد الرئيس السنغالي ماكي ديوب على أهمية الجهود المشتركة وحل النزاعات التي تعصف بالصومال.', '2024-05-03');
    assert.deepEqual(factLines(x, 'VISITED'), []);
  });
});

describe('a title before a surname named before, and a visit that ended when the traveller left', () => {
  test('"الرئيس الحديدي" is the president of that surname, not the last president named: he is the guest received', () => {
    const x = extractText('حل الرئيس اليمني سالم الحديدي اليوم بالقاهرة بدعوة من نظيره المصري حسن عبد الواحد. وكان في استقبال الرئيس الحديدي عند هبوط طائرته وزير الرياضة المصري الدكتور سامي فؤاد.', '2024-05-03');
    assert.ok(factLines(x, 'MET').includes('MET سالم الحديدي سامي فؤاد 2024-05-03 occurred'), factLines(x, 'MET').join('; '));
  });
  test('"غادر X العاصمة Y ... بعد زيارة استمرت ستة أيام" visited Y, dated by the leaving', () => {
    const x = extractText('وصل الرئيس السنغالي ماكي ديوب ظهر الأربعاء إلى الدوحة. وكان ديوب غادر صباح اليوم العاصمة المالية باماكو بعد زيارة دامت أربعة أيام.', '2022-06-15');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED ماكي ديوب ML 2022-06-15 occurred', 'VISITED ماكي ديوب QA 2022-06-15 occurred']);
  });
});

describe('leaving as travel', () => {
  const cases: [string, string, string][] = [
    ['"سيغادر إلى" is a trip ahead to that country', 'سيغادر الرئيس السوداني حسن الأمين غدا الثلاثاء إلى القاهرة.', 'VISITED حسن الأمين EG 2025-03-04 planned'],
    ['"غادر X داكار متوجها إلى الرياض" goes to Riyadh, not to the city left', 'غادر الرئيس السنغالي ماكي ديوب داكار اليوم متوجها إلى الرياض.', 'VISITED ماكي ديوب SA 2025-03-03 occurred'],
    ['"غادر X القاهرة في ختام زيارة" visited Cairo', 'غادر وزير الخارجية المالي عمر با القاهرة في ختام زيارة رسمية استمرت يومين.', 'VISITED عمر با EG 2025-03-03 occurred'],
  ];
  for (const [what, text, expected] of cases) test(what, () => assert.deepEqual(factLines(extractText(text, '2025-03-03'), 'VISITED'), [expected]));
});

describe('a quoted name after its title', () => {
  for (const [open, close] of [['"', '"'], ['«', '»'], ['“', '”']] as const) {
    test(`${open}...${close} after a delegation head's title is his name`, () => {
      const x = extractText(`استقبل المشير سالم الدرسي، الثلاثاء، في مقر القيادة العامة في بنغازي، وفدا رفيع المستوى برئاسة الأمين العام لوزارة الخارجية الغابوني ${open}جان بيير موسى${close}.`, '2017-08-29');
      assert.deepEqual(factLines(x, 'MET'), ['MET جان بيير موسى سالم الدرسي 2017-08-29 occurred']);
    });
  }
});

describe('a credentials ceremony', () => {
  const CEREMONY = 'المنامة في 3 مارس 2024: تقبل الملك حمد بن عيسى آل خليفة في قصر الصخير اليوم أوراق اعتماد عدد من السفراء المعتمدين لدى المملكة.\nوشمل ذلك كلا من: سعادة السفير خوان مارتينيز، سفير مملكة إسبانيا؛ وسعادة السفير بيتر ويليامز، سفير المملكة المتحدة؛ وسعادة السفيرة آنا كوفاتش، سفيرة جمهورية كرواتيا.';
  test('the host met each envoy listed after the ceremony, on its day; the envoys did not meet one another', () => {
    const x = extractText(CEREMONY, '2024-03-03');
    assert.deepEqual(factLines(x, 'MET').map((l) => l.replace(/ (2024-03-03) occurred$/, ' $1')), [
      'MET آنا كوفاتش Hamad bin Isa Al Khalifa 2024-03-03', 'MET بيتر ويليامز Hamad bin Isa Al Khalifa 2024-03-03', 'MET خوان مارتينيز Hamad bin Isa Al Khalifa 2024-03-03',
    ]);
  });
  test('each envoy is an official of the state he represents', () => {
    assert.deepEqual(factLines(extractText(CEREMONY, '2024-03-03'), 'OFFICIAL_OF').filter((l) => !l.includes('Hamad')), [
      'OFFICIAL_OF آنا كوفاتش HR - occurred', 'OFFICIAL_OF بيتر ويليامز GB - occurred', 'OFFICIAL_OF خوان مارتينيز ES - occurred',
    ]);
  });
});

describe('a head and his deputies receiving a guest', () => {
  test('"وكان رئيس المجلس الانتقالي X ونائباه Y وZ في استقباله": the head of a body and the deputy read both receive the traveller', () => {
    const x = extractText('وصل الرئيس السنغالي ماكي ديوب اليوم إلى باماكو في زيارة رسمية.\nوهبط ديوب في مطار باماكو، وكان رئيس المجلس الانتقالي آدم سانغاري ونائباه موسى تراوري وعبدالله كانتي في استقباله.', '2024-05-03');
    assert.deepEqual(factLines(x, 'MET'), ['MET آدم سانغاري ماكي ديوب 2024-05-03 occurred', 'MET ماكي ديوب موسى تراوري 2024-05-03 occurred']);
  });
});

describe('a delegation described at length before its head', () => {
  test('"وفدا ... أوفد من قبل ... برئاسة ... X": "من قبل" is "by", and the head is met where the host received him', () => {
    const x = extractText('استقبل المشير سالم الدرسي، الثلاثاء، في مكتبه في مدينة بنغازي، وفدا من منظمة إقليمية أوفد من قبل رئاستها الدورية برئاسة نائب وزير الخارجية الغابوني “جان بيير موسى”.', '2017-08-29');
    assert.deepEqual(factLines(x, 'MET'), ['MET جان بيير موسى سالم الدرسي 2017-08-29 occurred']);
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED جان بيير موسى LY 2017-08-29 occurred']);
  });
});

describe('a trip told after the people met, in a clause of its own', () => {
  test('"التقى X ... Y وZ، حيث من المتوقع أن يتوجه إلى ..." is X\'s trip, not Z\'s', () => {
    const x = extractText('والتقى الرئيس السنغالي ماكي ديوب في باماكو الثلاثاء، نظيره المالي آدم سانغاري ورئيس الوزراء المالي موسى تراوري، حيث يرتقب أن يتوجه لاحقا إلى نيامي.', '2024-05-08');
    assert.deepEqual(factLines(x, 'VISITED').map((l) => l.split(' ').slice(0, 4).join(' ')), ['VISITED ماكي ديوب ML', 'VISITED ماكي ديوب NE']);
  });
  test('"بنيامين نتانياهو" (with alef) is the lexicon\'s Netanyahu; "سينتقل بعدها" after a title is no name', () => {
    const x = extractText('وقال الرئيس الأمريكي إنه التقى رئيس الوزراء بنيامين نتانياهو، وأشار البيت الأبيض الى أن الرئيس الأمريكي سينتقل بعدها الى عمان.', '2024-05-08');
    // (The American president of that day is resolved from his title alone.)
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort(), ['Benjamin Netanyahu', 'Joe Biden']);
  });
});
describe('an official without a nationality met where the traveller is not going next', () => {
  test('met in Bamako before a trip to Niamey, he is not made a Nigerien', () => {
    const x = extractText('والتقى الرئيس السنغالي ماكي ديوب في باماكو الثلاثاء، نظيره المالي آدم سانغاري ورئيس الوزراء موسى تراوري، حيث يتوجه بعد ذلك إلى نيامي.', '2024-05-08');
    assert.ok(!factLines(x, 'OFFICIAL_OF').some((l) => l.includes('تراوري NE')), factLines(x, 'OFFICIAL_OF').join('; '));
  });
});

describe('a meeting that "brought together" two officials, one named in Latin letters', () => {
  const MEETING = 'تناول اللقاء الذي جمع مساء الاثنين وزير الدفاع الوطني السيد سامي الحديدي بالفريق أول Pierre Durand قائد أركان جيش البر الفرنسي آفاق التعاون بين الجيشين التونسي والفرنسي.';
  test('the relative clause "الذي جمع X بـY" names the two who met', () => {
    assert.deepEqual(factLines(extractText(MEETING, '2020-03-03'), 'MET'), ['MET Pierre Durand سامي الحديدي 2020-03-02 occurred']);
  });
  test('the title after a name in Latin letters is his, and in a story of two states the other official is of the other', () => {
    assert.deepEqual(factLines(extractText(MEETING, '2020-03-03'), 'OFFICIAL_OF'), ['OFFICIAL_OF Pierre Durand FR - occurred', 'OFFICIAL_OF سامي الحديدي TN - occurred']);
  });
});

describe('a delegation listed after the traveller arrived', () => {
  test('"ويضم وفد السنغال بجانب الرئيس كلا من X وزير الخارجية، وY مدير جهاز المخابرات" travel with him; an office after two name words ends the name; "فال" is a name, no "ف + ال"', () => {
    const x = extractText('وصل الرئيس السنغالي ماكي ديوب اليوم إلى العاصمة القطرية الدوحة للمشاركة في القمة.\nويضم وفد السنغال بجانب الرئيس كلا من السفير عمر با وزير الخارجية، والفريق أول موسى فال مدير جهاز المخابرات العامة.', '2025-09-15');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED عمر با QA 2025-09-15 occurred', 'VISITED ماكي ديوب QA 2025-09-15 occurred', 'VISITED موسى فال QA 2025-09-15 occurred']);
  });
});

describe('the holder of an office named by his first name, and a meeting told after it', () => {
  test('"عقب اجتماع مع العاهل الأردني الملك عبد الله" is a meeting of the speaker with King Abdullah II', () => {
    const x = extractText('صرح وزير الدفاع الليبي سالم الدرسي اليوم بأن التنسيق سيتواصل.\nوأوضح الدرسي للصحفيين عقب اجتماع مع العاهل الأردني الملك عبد الله أن برامج التدريب ستنطلق قريبا.', '2014-12-23');
    assert.deepEqual(factLines(x, 'MET'), ['MET سالم الدرسي King Abdullah II 2014-12-23 occurred']);
  });
});

describe('"كما" going on with the subject in meetings, and reinforcements pushed abroad', () => {
  test('"توجه X إلى القصر للقاء Y، كما من المقرر أن يلتقي Z": X is to meet Z, not Y', () => {
    const x = extractText('وفور وصوله انتقل وزير الخارجية المغربي ناصر بوريطة إلى قصر قرطاج للقاء الرئيس التونسي قيس سعيد، كما ينتظر أن يلتقي رئيس الحكومة التونسي أحمد الحشاني.', '2024-05-03');
    assert.deepEqual(factLines(x, 'MET').map((l) => l.split(' ').slice(0, 5).join(' ')).sort(), ['MET Ahmed Hachani Nasser Bourita', 'MET Kais Saied Nasser Bourita']);
  });
  test('"دفع بتعزيزات عسكرية إلى X" sends troops there', () => {
    const x = extractText('قال مسؤول ليبي إن التحالف، الذي تقوده مصر، دفع بتعزيزات عسكرية وأمنية إلى مدينة بنغازي.', '2017-11-21');
    assert.deepEqual(factLines(x, 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO EG LY - occurred']);
  });
});

describe('two subjects who meet troops', () => {
  test('"والتقى X ورئيس الأركان Y جنوداً ..." is no meeting of X with Y', () => {
    const x = extractText('وصل وزير الدفاع المصري محمد زكي إلى طرابلس اليوم.\nوالتقى زكي ورئيس الأركان العامة للقوات المسلحة المصرية أسامة عسكر جنوداً مصريين وليبيين قرب مطار معيتيقة.', '2020-07-03');
    assert.deepEqual(factLines(x, 'MET'), []);
  });
});

describe('a meeting on the sidelines of a fair held in a venue named after its country', () => {
  test('"على هامش فعاليات معرض ... المنعقد في مركز مصر للمعارض": the foreign guests are in Egypt', () => {
    const x = extractText('التقى الفريق أول محمد زكى، وزير الدفاع والإنتاج الحربي المصري، ماريو روسيني، وزير الدفاع الإيطالي، وبيدرو غومارا، وزير الدفاع البرتغالي، خلال اليوم الثاني من معرض الصناعات الدفاعية المقام في مركز مصر الدولي للمعارض.', '2018-12-03');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED بيدرو غومارا EG 2018-12-03 occurred', 'VISITED ماريو روسيني EG 2018-12-03 occurred']);
  });
});
