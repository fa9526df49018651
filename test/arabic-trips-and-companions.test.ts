// Trips told by their destination and their companions, as the fifth session's new batch showed them; the
// sentences are our own, about other people (the corpus texts are third-party and never copied into tests).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

const TRIP = 'انتقل رئيس الوزراء الأردني بشر الخصاونة صباح اليوم إلى العاصمة اليونانية أثينا، في زيارة عمل، يرافقه وزير المالية محمد العسعس، ورئيس غرفة التجارة السيد خليل توفيق.';

describe('a visit noun after the place travelled to', () => {
  test('"إلى <capital>، في زيارة" makes a visit whatever verb took the traveller there', () => {
    const lines = factLines(extractText(TRIP, '2023-05-09'), 'VISITED');
    assert.ok(lines.includes('VISITED Bisher Khasawneh GR 2023-05-09 occurred'), lines.join('\n'));
  });
  test('a place of the sentence that is not the destination before the noun makes no visit', () => {
    const lines = factLines(extractText('وقال رئيس الوزراء الأردني بشر الخصاونة في أثينا إن بلاده ترحب بالتعاون، في زيارة هي الأولى له.', '2023-05-09'), 'VISITED');
    assert.deepEqual(lines.filter((l) => l.includes('GR') && !l.includes('Khasawneh')), []);
  });
  test('a travel verb the cues know keeps its own tense: "يصل ... إلى <capital>، في زيارة" is planned', () => {
    const lines = factLines(extractText('يصل رئيس الوزراء الأردني بشر الخصاونة غدا إلى أثينا، في زيارة رسمية.', '2023-05-09'), 'VISITED');
    assert.deepEqual(lines.filter((l) => l.startsWith('VISITED Bisher Khasawneh GR')).map((l) => l.split(' ').at(-1)), ['planned']);
  });
});

describe('companions named after a visit in its sentence', () => {
  const x = extractText(TRIP, '2023-05-09');
  test('each one named after "يرافقه" visits the destination, dated as the trip', () => {
    const lines = factLines(x, 'VISITED');
    assert.ok(lines.includes('VISITED محمد العسعس GR 2023-05-09 occurred'), lines.join('\n'));
    assert.ok(lines.includes('VISITED خليل توفيق GR 2023-05-09 occurred'), lines.join('\n'));
  });
  test('a minister whose title names no country is the traveller\'s compatriot', () => {
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF محمد العسعس JO - occurred'), factLines(x).join('\n'));
  });
  test('the head of a chamber of commerce, named after an honorific, holds no office of state', () => {
    assert.deepEqual(factLines(x, 'OFFICIAL_OF').filter((l) => l.includes('توفيق') || l.includes('غرفة')), []);
  });
  test('"برفقة" after a departure: the companions left the place visited with him', () => {
    const lines = factLines(extractText('وكان رئيس الوزراء الأردني بشر الخصاونة غادر مساء أمس العاصمة اليونانية أثينا برفقة وزير المالية محمد العسعس، بعد زيارة استمرت يومين.', '2023-05-09'), 'VISITED');
    assert.ok(lines.some((l) => l.startsWith('VISITED محمد العسعس GR')), lines.join('\n'));
  });
});

describe('"غدا" (tomorrow), whose key folds to that of "جدا" (very)', () => {
  test('"غدا" alone dates a planned trip the day after publication', () => {
    const lines = factLines(extractText('يصل رئيس الوزراء الأردني بشر الخصاونة غدا إلى أثينا.', '2023-05-09'), 'VISITED');
    assert.deepEqual(lines, ['VISITED Bisher Khasawneh GR 2023-05-10 planned']);
  });
  test('"جداً" is no date: the arrival keeps the day of publication, not the next', () => {
    const lines = factLines(extractText('وصل رئيس الوزراء الأردني بشر الخصاونة إلى أثينا في زيارة مهمة جداً.', '2023-05-09'), 'VISITED');
    assert.deepEqual(lines, ['VISITED Bisher Khasawneh GR 2023-05-09 occurred']);
  });
});

describe('a state named by its formal style', () => {
  for (const [style, code] of [['الجمهورية الإسلامية الموريتانية', 'MR'], ['المملكة الأردنية الهاشمية', 'JO'], ['الجمهورية التونسية', 'TN'], ['الجمهورية الجزائرية الديمقراطية الشعبية', 'DZ']] as const) {
    test(`"إلى ${style}" is a visit to ${code}, not a mention of someone of it`, () => {
      const lines = factLines(extractText(`بدأ وزير الدفاع التركي يشار غولر اليوم زيارته الرسمية إلى ${style}.`, '2024-10-19'), 'VISITED');
      assert.deepEqual(lines, [`VISITED Yasar Guler ${code} 2024-10-19 occurred`]);
    });
  }
});

describe('"زيارته" after a sentence naming a host and his guest', () => {
  test('the trip is the one of the two who is a stranger to its destination, not the last named', () => {
    const x = extractText('ترأس رئيس أركان الجيش التونسي الفريق محمد الغول، رفقة نظيره الموريتاني الفريق المختار بله شعبان، أمس اجتماعا عسكريا.\nوفي اليوم الثاني من زيارته إلى الجمهورية الإسلامية الموريتانية، زار الفريق الغول مدرسة عسكرية.', '2024-10-19');
    const lines = factLines(x, 'VISITED');
    assert.ok(lines.some((l) => l.startsWith('VISITED محمد الغول MR')), lines.join('\n'));
  });
});

describe('an office of a named government', () => {
  test('"وكيل وزارة الداخلية بحكومة تصريف الأعمال، <name>" names the undersecretary who receives', () => {
    const x = extractText('التقى وكيل وزارة الداخلية بحكومة تصريف الأعمال، سالم الفيتوري، صباح الأحد، سفير جمهورية ألمانيا لدى ليبيا، يورغ بارتو.', '2025-03-02');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('سالم الفيتوري')), factLines(x).join('\n'));
  });
});

describe('places named after people', () => {
  test('an airport named after a known president is no mention of him', () => {
    const x = extractText('حطت طائرة الرئيس الأوغندي يويري موسيفيني في مطار جومو كينياتا بنيروبي.', '2022-09-12');
    assert.deepEqual(x.entities.filter((e) => e.name === 'Uhuru Kenyatta'), []);
  });
});

describe('arrivals told verb first', () => {
  test('"وصل مطار <city> الدولي، منذ قليل، <traveller>": the traveller after the place, the airport\'s country visited', () => {
    const lines = factLines(extractText('وصل مطار القاهرة الدولي، مساء اليوم، الرئيس الفلسطيني محمود عباس.', '2024-03-04'), 'VISITED');
    assert.deepEqual(lines, ['VISITED Mahmoud Abbas EG 2024-03-04 occurred']);
  });
  test('"وصل إلى <capital> اليوم <traveller>"', () => {
    const lines = factLines(extractText('وصل إلى الرباط اليوم الرئيس الموريتاني محمد ولد الغزواني.', '2024-03-04'), 'VISITED');
    assert.deepEqual(lines, ['VISITED Mohamed Ould Ghazouani MA 2024-03-04 occurred']);
  });
  test('"في <country>" inside the traveller\'s title is his home, not where he goes', () => {
    const lines = factLines(extractText('غادر الرئيس الانتقالي في غينيا، العقيد مامادي دومبويا، العاصمة كوناكري، صباح اليوم متوجها إلى مدينة نيامي للمشاركة في قمة إقليمية.', '2024-03-04'), 'VISITED');
    assert.deepEqual(lines.filter((l) => l.startsWith('VISITED Mamady Doumbouya')), ['VISITED Mamady Doumbouya NE 2024-03-04 occurred']);
  });
});

describe('a reception "في العاصمة <nisba>، <city>"', () => {
  test('the guest of a reception in the host\'s capital, named by its nisba, visited the host\'s country', () => {
    const x = extractText('أعلنت الرئاسة عن استقبال الرئيس القبرصي نيكوس خريستودوليدس، لوزير الخارجية اليوناني جورج جيرابتريتيس، في القصر الرئاسي في العاصمة القبرصية، نيقوسيا.', '2024-03-04');
    assert.ok(factLines(x, 'VISITED').some((l) => l.endsWith('CY 2024-03-04 occurred')), factLines(x).join('\n'));
  });
});

describe('an ambassador "في <country>"', () => {
  test('"السفير الإيراني في العراق <name>": the country he is posted to is part of his title', () => {
    const x = extractText('وحضر الاجتماع السفير الإيراني في العراق حسن رضائي.', '2024-03-04');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF حسن رضائي IR - occurred'), factLines(x).join('\n'));
  });
  test('"السفيرة السابقة في <capital> تركت منصبها": a verb and "her post" are no name', () => {
    const x = extractText('وكانت السفيرة البريطانية السابقة في عمان تركت منصبها العام الماضي.', '2024-03-04');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person'), []);
  });
  test('an adverb after a surname ("باقري انسجاما مع ...") ends the name', () => {
    const x = extractText('وعقد الاجتماع برئاسة رئيس الأركان الإيراني اللواء حسين سلامي انسجاما مع سياسة البلاد.', '2024-03-04');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person' && (e.nameAr ?? '').includes('انسجاما')), []);
  });
});

describe('kings by their country', () => {
  test('"ملك <country> <name>" after a subject is the verb\'s object, whom the subject meets', () => {
    const lines = factLines(extractText('التقى الرئيس الفرنسي إيمانويل ماكرون ملك الأردن عبدالله الثاني في باريس.', '2024-03-04'), 'MET');
    assert.deepEqual(lines, ['MET Emmanuel Macron King Abdullah II 2024-03-04 occurred']);
  });
  test('"سيصل <traveller> <country> اليوم في زيارة يلتقي خلالها ملك <country> <name>"', () => {
    const x = extractText('سيصل الرئيس الفرنسي إيمانويل ماكرون الأردن اليوم في زيارة يلتقي خلالها ملك الأردن عبدالله الثاني.', '2024-03-04');
    assert.ok(factLines(x, 'VISITED').includes('VISITED Emmanuel Macron JO 2024-03-04 planned'), factLines(x).join('\n'));
    assert.ok(factLines(x, 'MET').includes('MET Emmanuel Macron King Abdullah II 2024-03-04 planned'), factLines(x).join('\n'));
  });
});

describe('a trip told by its arrival and by its leaving', () => {
  test('the visit is dated by the arrival, not by the day its traveller left', () => {
    const x = extractText('غادر الرئيس الفرنسي إيمانويل ماكرون، اليوم الإثنين، المملكة الأردنية الهاشمية، بعد زيارة استغرقت يومين.\nوكان ماكرون قد وصل، أمس الأحد، إلى الأردن.', '2024-03-04');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Emmanuel Macron JO 2024-03-03 occurred']);
  });
  test('told alone, the leaving still dates the visit', () => {
    const x = extractText('غادر الرئيس الفرنسي إيمانويل ماكرون، اليوم الإثنين، المملكة الأردنية الهاشمية، بعد زيارة استغرقت يومين.', '2024-03-04');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Emmanuel Macron JO 2024-03-04 occurred']);
  });
});

describe('meetings told by a discussion', () => {
  test('"لمناقشة ... مع نظيره <name>" after an arrival: the traveller meets him', () => {
    const lines = factLines(extractText('وصل الرئيس الكوري الجنوبي يون سوك يول إلى طوكيو اليوم لمناقشة عدة ملفات مع رئيس الوزراء الياباني فوميو كيشيدا.', '2023-03-16'), 'MET');
    assert.ok(lines.some((l) => l.includes('Kishida')), lines.join('\n'));
  });
  test('"عضو مجلس القيادة الرئاسي <name>" is someone, who meets the one he discusses with', () => {
    const lines = factLines(extractText('ناقش عضو مجلس القيادة الرئاسي عيدروس الزبيدي، اليوم مع سفير فرنسا لدى اليمن جان ماري صفا، تطورات الأوضاع.', '2024-02-01'), 'MET');
    assert.deepEqual(lines, ['MET جان ماري صفا عيدروس الزبيدي 2024-02-01 occurred']);
  });
});

describe('"his country" in a report', () => {
  test('"قال مسؤول ... الإندونيسية إن فرنسا وافقت على تزويد بلاده بغواصتين": the speaker\'s country receives', () => {
    const lines = factLines(extractText('قال مسؤول في البحرية الإندونيسية إن فرنسا وافقت على تزويد بلاده بغواصتين حديثتين.', '2024-03-04'), 'SUPPLIED_ARMS_TO');
    assert.deepEqual(lines, ['SUPPLIED_ARMS_TO FR ID - planned']);
  });
});

describe('taking part in an event held abroad', () => {
  test('"شارك <official> في افتتاح المعرض المقام في مدينة «X» <nisba>": he went to that country', () => {
    const lines = factLines(extractText('شارك رئيس أركان الجيش الكويتي الفريق الركن خالد الشريعان، في افتتاح معرض الدفاع المقام في مدينة «كيل» الألمانية.', '2024-09-06'), 'VISITED');
    assert.ok(lines.some((l) => l.includes(' DE ')), lines.join('\n'));
  });
  test('"جرت مراسم التسليم بمدينة <city> <nisba> بحضور <minister>": the minister present went there; the envoy posted there did not travel', () => {
    const x = extractText('جرت مراسم التسليم بمدينة تولون الفرنسية بحضور وزير الدفاع المصري عبد المجيد صقر والسفير المصري المعتمد بباريس علاء يوسف.', '2024-09-06');
    const lines = factLines(x, 'VISITED');
    assert.ok(lines.some((l) => l.includes('Saqr') && l.includes(' FR ')), lines.join('\n'));
    assert.deepEqual(lines.filter((l) => l.includes('علاء يوسف')), []);
  });
  test('an official at an event in his own country visits nothing', () => {
    const lines = factLines(extractText('شارك وزير الدفاع الفرنسي سيباستيان لوكورنو في افتتاح المعرض المقام في مدينة «ليون» الفرنسية.', '2024-09-06'), 'VISITED');
    assert.deepEqual(lines, []);
  });
});

describe('where an official belongs, told around his name', () => {
  test('"سفير تركيا إلى قطر <name> بأن ...": posted "to" a country; "بأن" after the name ends it', () => {
    const x = extractText('وصرح سفير اليابان إلى مصر أوكا هيروشي بأن التعاون سيتوسع.', '2024-03-04');
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF أوكا هيروشي JP - occurred']);
  });
  test('"<rank> <name>، من البحرية الملكية السعودية": the force he is from gives his state', () => {
    const x = extractText('والتقى قائد الفرقاطة مع قائد الأسطول الشرقي، اللواء بحري ماجد سعد الحربي، من البحرية الملكية السعودية.', '2024-03-04');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF ماجد سعد الحربي SA - occurred'), factLines(x).join('\n'));
  });
});

describe('a spokesman of a service', () => {
  test('"المتحدث باسم القوة البحرية <nisba> \\"<name>\\"": the force\'s words belong to the title', () => {
    const x = extractText('وأعلن المتحدث باسم القوة البحرية الإندونيسية "أري سانتوسو" أن التدريبات ستبدأ قريبا.', '2024-03-04');
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), ['OFFICIAL_OF أري سانتوسو ID - occurred']);
  });
});

describe('envoys and senators', () => {
  test('"بسفير بريطانيا بتونس <name>": posted in a capital named with ب', () => {
    const x = extractText('جمع اللقاء وزير الدفاع الوطني التونسي عماد مميش صباح اليوم بسفير اليابان بتونس أوساهيرو إيتو.', '2024-03-04');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF أوساهيرو إيتو JP - occurred'), factLines(x).join('\n'));
  });
  test('"السيناتور الأمريكي <name>" is an official, his title no part of his name', () => {
    const x = extractText('التقى الأمير خالد بن سلمان في واشنطن السيناتور الأمريكي تيد كروز.', '2024-03-04');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF تيد كروز US - occurred'), factLines(x).join('\n'));
  });
});

describe('a meeting "بحضور" someone', () => {
  test('"والتقى X، بحضور ولي العهد Y، مع Z": X meets Z, with Y attending', () => {
    const lines = factLines(extractText('والتقى الملك عبدالله الثاني، بحضور ولي العهد الأمير الحسين بن عبدالله الثاني، مع وزير الدفاع الأميركي لويد أوستن في البنتاغون.', '2022-05-12'), 'MET');
    assert.ok(lines.includes('MET King Abdullah II Lloyd Austin 2022-05-12 occurred'), lines.join('\n'));
  });
});

describe('the sides of a meeting', () => {
  test('"حضر اللقاء من الجانب الأردني X، وY، ومن الجانب الفرنسي Z": each side gives its people their state', () => {
    const x = extractText('حضر اللقاء من الجانب الأردني اللواء يوسف الحنيطي رئيس هيئة الأركان، والسيد سامر المجالي مساعد وزير الخارجية، ومن الجانب الفرنسي الجنرال فابيان ماندون رئيس الأركان.', '2024-03-04');
    const lines = factLines(x, 'OFFICIAL_OF');
    assert.ok(lines.includes('OFFICIAL_OF سامر المجالي JO - occurred'), lines.join('\n'));
    assert.ok(lines.includes('OFFICIAL_OF Fabien Mandon FR - occurred'), lines.join('\n'));
  });
  test('"نائب رئيس المراسم <name>": the protocol office is no part of the name', () => {
    const x = extractText('وكان في استقباله من الجانب الأمريكي نائب رئيس المراسم جيمس ديفيس.', '2024-03-04');
    assert.ok(x.entities.some((e) => e.nameAr === 'جيمس ديفيس'), x.entities.map((e) => e.nameAr).join(', '));
  });
});

describe('an ambassador received where he is posted', () => {
  test('meets his host, but his meeting there is no trip', () => {
    const x = extractText('التقى العماد جوزاف عون في اليرزة سفيرة فرنسا في لبنان السيدة Anne Grillo.', '2023-10-03');
    assert.ok(factLines(x, 'MET').some((l) => l.includes('Anne Grillo')), factLines(x).join('\n'));
    assert.deepEqual(factLines(x, 'VISITED'), []);
  });
});

describe('a Western officer named by his surname alone', () => {
  test('"قائد القوات الأمريكية الجنرال <surname>،" is a person', () => {
    const x = extractText('وصل قائد القوات الأمريكية الجنرال غريفكيتش، اليوم، إلى وارسو.', '2024-03-04');
    assert.deepEqual(factLines(x), ['OFFICIAL_OF غريفكيتش US - occurred', 'VISITED غريفكيتش PL 2024-03-04 occurred']);
  });
  test('a rank before an Arabic phrase names no one', () => {
    const x = extractText('وقال الجنرال المتقاعد إن الوضع خطير.', '2024-03-04');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person'), []);
  });
});

describe('the stops of a tour and the trip after another', () => {
  test('"في مستهل جولته ... والتي ستشمل أيضا الأردن ومصر": each stop is a planned visit, dated by the month', () => {
    const lines = factLines(extractText('يصل وزير الدفاع البريطاني جون هيلي إلى الرياض، اليوم الأحد، في مستهل جولته الأولى في المنطقة، والتي ستشمل أيضا الأردن ومصر.', '2025-03-02'), 'VISITED');
    assert.ok(lines.includes('VISITED John Healey JO 2025-03 planned') && lines.includes('VISITED John Healey EG 2025-03 planned'), lines.join('\n'));
  });
  test('"ويتوجه X بعد ختام زيارته للعراق إلى مسقط": the next trip, not the one ending, is where he goes, and it lies ahead', () => {
    const lines = factLines(extractText('ويتوجه وزير الخارجية التركي هاكان فيدان بعد ختام زيارته للعراق إلى العاصمة العمانية مسقط.', '2025-03-02'), 'VISITED');
    assert.ok(lines.some((l) => l.startsWith('VISITED Hakan Fidan OM') && l.endsWith('planned')), lines.join('\n'));
  });
});

describe('nouns that are no names', () => {
  for (const [text, noun] of [['وقال وزير الخارجية الإيراني إن هدف زيارتنا هو التعاون.', 'زيارتنا'], ['وقدم وزير الدفاع الروسي قائمة ترشيحاته للمناصب.', 'ترشيحاته'], ['وقدم وزير الدفاع الإيراني شرحاً لبرنامج التعاون.', 'شرح']] as const) {
    test(`"${noun}" after a title is no one's name (the title alone may still name the office's holder)`, () => {
      const people = extractText(text, '2024-03-04').entities.filter((e) => e.type === 'Person');
      assert.deepEqual(people.filter((e) => (e.nameAr ?? '').includes(noun)), []);
    });
  }
});
