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

describe('a meeting owned by "his"', () => {
  test('"وجاء هذا أثناء استقبال سيادته اليوم في قصر ... السفير X": the subject of the sentence before received him', () => {
    const x = extractText('أكد الرئيس اللبناني ميشال عون دعم بلاده للحوار الإقليمي.\nوجاء هذا الموقف أثناء استقبال سيادته صباح اليوم في قصر بعبدا السفير الإيطالي لدى لبنان السيد ماركو فيراري.', '2019-05-08');
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => /Michel Aoun/.test(l) && /ماركو فيراري/.test(l)), met.join('\n'));
  });
  test('"وكان في استقبال سيادته الوزير X، وسفير بلاده Y": both received the traveller, neither met the other', () => {
    const x = extractText('وصل الرئيس الموريتاني محمد ولد الغزواني اليوم إلى الرباط في زيارة رسمية.\nوكان في استقبال سيادته بمطار الرباط وزير الداخلية المغربي عبد الوافي لفتيت، وسفير موريتانيا لدى المغرب محمد الأمين ولد آبي.', '2024-02-20');
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => /Ghazouani/.test(l) && /لفتيت/.test(l)), met.join('\n'));
    assert.ok(met.some((l) => /Ghazouani/.test(l) && /ولد آبي/.test(l)), met.join('\n'));
    assert.ok(!met.some((l) => /لفتيت/.test(l) && /ولد آبي/.test(l)), met.join('\n'));
  });
});

describe('exercises', () => {
  test('"المشروع التدريبي ... المشترك من 12 ـ 18 مارس": a training project is an exercise, dated by its first day', () => {
    const lines = factLines(extractText('وأعلنت القيادة العامة أن المشروع التدريبي الأردني السعودي المشترك سيجري في الفترة من 12 ـ 18 مارس المقبل.', '2022-02-20'), 'JOINT_EXERCISE');
    assert.deepEqual(lines, ['JOINT_EXERCISE JO SA 2022-03-12 planned']);
  });
  test('"تجمع نحو 900 مشارك من السنغال، وفرنسا": participants from a country take part', () => {
    const lines = factLines(extractText('وهي مناورات مشتركة تجمع نحو 900 مشارك من السنغال، وفرنسا، وتستمر أسبوعين.', '2023-06-05'), 'JOINT_EXERCISE');
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /^JOINT_EXERCISE (FR SN|SN FR) /);
  });
  test('"وطبقا لبيان صدر أمس، فإن التمرين سينطلق في 3 أبريل": the day of the statement is not the exercise\'s', () => {
    const lines = factLines(extractText('وطبقا لبيان صادر عن الجيش التونسي أمس الأحد، فإن التمرين التونسي الجزائري المشترك سينطلق في 3 أبريل المقبل.', '2023-03-27'), 'JOINT_EXERCISE');
    assert.deepEqual(lines, ['JOINT_EXERCISE DZ TN 2023-04-03 planned']);
  });
});

describe('a group and its foremost members', () => {
  test('"سيلتقي مع كبار المسؤولين وفي مقدمتهم الرئيس X ووزير الخارجية Y": he meets each, they do not meet each other', () => {
    const met = factLines(extractText('ومن المقرر أن يلتقي وزير الخارجية التركي هاكان فيدان خلال زيارته إلى القاهرة مع كبار المسؤولين المصريين وفي مقدمتهم الرئيس عبد الفتاح السيسي ووزير الخارجية بدر عبد العاطي.', '2024-02-10'), 'MET');
    assert.ok(met.some((l) => /Fidan/.test(l) && /Sisi/.test(l)), met.join('\n'));
    assert.ok(met.some((l) => /Fidan/.test(l) && /Abdelatty|عبد العاطي/.test(l)), met.join('\n'));
    assert.ok(!met.some((l) => /Sisi/.test(l) && /Abdelatty|عبد العاطي/.test(l)), met.join('\n'));
  });
});

describe('trips and talks told around other words', () => {
  test('"أكد X ونظيره Y ... عقب محادثات يوم الاثنين مع Z": the three met', () => {
    const met = factLines(extractText('أكد وزير الخارجية الأردني أيمن الصفدي ونظيره العراقي فؤاد حسين أهمية التنسيق عقب محادثات يوم الاثنين مع وزير الخارجية المصري سامح شكري.', '2022-03-15'), 'MET');
    assert.equal(met.length, 3, met.join('\n'));
  });
  test('"بدأ جولة ...، ومنها سيتوجه إلى X": the later stops are the future verb\'s, planned', () => {
    const visits = factLines(extractText('وبدأ الرئيس الكوبي ميغيل دياز كانيل اليوم جولة إلى ثلاث دول آسيوية، حيث تشكل الصين محطته الأولى، ومنها سيتوجه إلى فيتنام ولاوس.', '2022-11-24'), 'VISITED');
    assert.ok(visits.some((l) => / VN .* planned$/.test(l)), visits.join('\n'));
    assert.ok(!visits.some((l) => / VN .* occurred$/.test(l)), visits.join('\n'));
  });
  test('"هبطت طائرة الرئيس X اليوم في Y": the plane landing brings him there', () => {
    const visits = factLines(extractText('هبطت طائرة الرئيس الغاني نانا أكوفو أدو صباح اليوم في أبوجا في زيارة تستغرق يومين.', '2021-06-02'), 'VISITED');
    assert.ok(visits.some((l) => / NG 2021-06-02 occurred$/.test(l)), visits.join('\n'));
  });
});

describe('meetings a journey is made for', () => {
  test('"يتوجه غدا إلى X لحضور ...، ولإجراء محادثات مع Y": the talks fall on the journey\'s day, ahead', () => {
    const met = factLines(extractText('ومن المتوقع أن يتوجه الرئيس التونسي قيس سعيد غدا إلى قصر الإليزيه لحضور حفل الاستقبال، ولإجراء محادثات مع الرئيس الفرنسي إيمانويل ماكرون.', '2023-06-21'), 'MET');
    assert.ok(met.some((l) => /Macron/.test(l) && / 2023-06-22 planned$/.test(l)), met.join('\n'));
  });
  test('"سيتوجه X إلى قصر ... لتناول غداء عمل مع Y": a working lunch is a meeting, and one ahead', () => {
    const met = factLines(extractText('وسيتوجه الرئيس التونسي قيس سعيد بعد ذلك إلى قصر ماتينيون لتناول غداء عمل مع رئيسة الوزراء الفرنسية إليزابيث بورن.', '2023-06-21'), 'MET');
    assert.ok(met.some((l) => /بورن|Borne/.test(l) && / planned$/.test(l)), met.join('\n'));
  });
});

describe('long Gulf names', () => {
  test('"اللواء الركن X بن Y بن Z البلوشي قائد ...": the family name after the chain is part of the name; "ختام" is no name word', () => {
    const x = extractText('افتتح اللواء الركن جاسم بن محمد بن علي الكعبي قائد القوات البحرية القطرية أعمال المؤتمر، وحضر العميد سعيد المري ختام الجلسة.', '2022-08-24');
    const lines = factLines(x, 'OFFICIAL_OF');
    assert.ok(lines.includes('OFFICIAL_OF جاسم بن محمد بن علي الكعبي QA - occurred'), lines.join('\n'));
    assert.ok(!x.entities.some((e) => /ختام/.test(e.nameAr ?? '')), x.entities.map((e) => e.nameAr).join(', '));
  });
});

describe('plans told by a future verb of holding, or on the eve', () => {
  test('"وسيجري السيد X خلال هذه الزيارة مباحثات مع Y" is planned', () => {
    const met = factLines(extractText('وسيجري السيد وزير الخارجية الموريتاني محمد سالم ولد مرزوك خلال هذه الزيارة مباحثات مع نظيره الروسي سيرغي لافروف.', '2024-05-02'), 'MET');
    assert.ok(met.length === 1 && / planned$/.test(met[0]!), met.join('\n'));
  });
  test('"حرس الشرف" after a title is no one', () => {
    const x = extractText('واستعرض الرئيس الموريتاني ورئيس الوزراء الإسباني حرس الشرف في مطار نواكشوط.', '2024-05-02');
    assert.ok(!x.entities.some((e) => /حرس/.test(e.nameAr ?? '')), x.entities.map((e) => e.nameAr).join(', '));
  });
});

describe('clause openers inside names', () => {
  test('"مون جاي إن": the last word of the name opens no clause, so the date after it is the visit\'s', () => {
    const visits = factLines(extractText('وزار الرئيس الكوري الجنوبي مون جاي إن إندونيسيا في تشرين الثاني/ نوفمبر عام 2017.', '2023-09-14'), 'VISITED');
    assert.ok(visits.some((l) => / ID 2017-11 /.test(l)), visits.join('\n'));
  });
});

describe('more meeting shapes', () => {
  test('"حيث التقى X، بالإضافة إلى Y": both met the traveller named before, not each other', () => {
    const met = factLines(extractText('وزار وزير الخارجية الأردني أيمن الصفدي الشهر الماضي العاصمة بغداد، حيث التقى الرئيس العراقي عبد اللطيف رشيد، بالإضافة إلى وزير الخارجية العراقي فؤاد حسين.', '2023-04-01'), 'MET');
    assert.ok(met.some((l) => /Safadi/.test(l) && /Rashid/.test(l)), met.join('\n'));
    assert.ok(met.some((l) => /Safadi/.test(l) && /Fuad Hussein/.test(l)), met.join('\n'));
    assert.ok(!met.some((l) => /Rashid/.test(l) && /Fuad Hussein/.test(l)), met.join('\n'));
  });
  test('"استقبل X، منذ قليل، نظيره Y": "a while ago" is a time, not a break', () => {
    const met = factLines(extractText('استقبل وزير الخارجية الجزائري أحمد عطاف، منذ قليل، نظيره التونسي نبيل عمار في مقر الوزارة.', '2023-04-01'), 'MET');
    assert.equal(met.length, 1, met.join('\n'));
  });
  test('"في 26 من شباط الماضي": "of" between the day and its month', () => {
    const met = factLines(extractText('واجتمع الرئيس اللبناني جوزاف عون برئيس الوزراء العراقي محمد شياع السوداني في بغداد في 12 من آذار الماضي.', '2025-04-17'), 'MET');
    assert.ok(met.some((l) => / 2025-03-12 occurred$/.test(l)), met.join('\n'));
  });
});
