// Shapes seen in the development corpus (eval/dev), written here in sentences of our own about other
// people: the corpus texts are third-party and are never copied into tests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArticle } from '../src/extract/read/read-article.ts';
import { extractArticle } from '../src/extract/pipeline.ts';
import { Lexicon } from '../src/extract/lexicon/lexicon.ts';
import { detectLanguage } from '../src/extract/read/language.ts';
import { extractText, factLines } from './helpers/extract.ts';

const bare = new Lexicon({ people: false });
/** An Arabic article published 2024-03-05, read with no people in the lexicon. */
const readBare = (text: string) => extractArticle(parseArticle(text, 't.txt', { published: '2024-03-05', source: 't', url: null, language: 'ar', title: null }), bare);
const names = (text: string) => readBare(text).entities.filter((e) => e.type === 'Person').map((e) => e.nameAr).sort();

describe('people found by shape, with no people in the lexicon', () => {
  const cases: [string, string, string[]][] = [
    ['honorific after the office', 'قال وزير الخارجية سمو الأمير نواف بن سعد آل مالك إن المحادثات مثمرة.', ['نواف بن سعد آل مالك']],
    ['a chained name past four words', 'استقبل وزير الدفاع الكويتي فهد بن ناصر بن حمد بن جابر آل نهيان نظيره.', ['فهد بن ناصر بن حمد بن جابر آل نهيان']],
    ['علي inside a name', 'وصل وزير الداخلية البحريني عبدالرحمن علي عبدالرحمن الخليفي إلى مسقط.', ['عبدالرحمن علي عبدالرحمن الخليفي']],
    ['a tight apposition', 'وقال مستشهدا سامي رشيد المتحدث باسم وزارة الخارجية الأردنية إن الزيارة مهمة.', ['سامي رشيد']],
    ['the delegation words end the name', 'وصل وزير الخارجية العماني بدر حمد والوفد المرافق له إلى عمان.', ['بدر حمد']],
    ['a modality verb ends the name', 'قال الرئيس الغاني جون ماهاما يعتزم زيارة أكرا.', ['جون ماهاما']],
  ];
  for (const [what, text, expected] of cases) test(what, () => assert.deepEqual(names(text), expected));

  test('counterparts listed by nationality after "ونظراؤه": each nisba opens the next name', () => {
    assert.deepEqual(names('بدأ وزير الخارجية الأردني عمر الرزاز، ونظرائه المغربي سعيد الحداوي، والتونسي منير الطرابلسي، والليبي خالد المبروك اجتماعا في الرباط.'),
      ['خالد المبروك', 'سعيد الحداوي', 'عمر الرزاز', 'منير الطرابلسي']);
  });
  test("an Arabic wire dateline gives officials named without a nationality its country; a place named after a president is no person", () => {
    const x = readBare('ليما (رويترز) - قال وزير الدفاع والتر أستوديو إن الجيش تسلم طائرات جديدة في حفل أقيم بمطار الرئيس خورخي تشافيز الدولي.');
    const people = x.entities.filter((e) => e.type === 'Person');
    assert.deepEqual(people.map((e) => [e.nameAr, e.countryCode]), [['والتر أستوديو', 'PE']]);
  });
  test('two cities in a dateline name no single country', () => {
    const x = readBare('ليما – كيتو (وكالات) – قال وزير الدفاع والتر أستوديو إن الجيش مستعد.');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person').map((e) => e.countryCode ?? null), [null]);
  });
  test('a cancelled visit is no visit', () => {
    const x = readBare('ويشارك وزير الخارجية البلجيكي أندريه فان دن بوش عبر الفيديو بعد إلغاء زيارته للأردن.');
    assert.deepEqual(x.facts.filter((f) => f.predicate === 'VISITED'), []);
  });

  test('a nationality the lexicon added this round (Tanzanian, Colombian) gives the official his country', () => {
    for (const [text, code] of [['وصل الرئيس التنزاني جون كيكويتي إلى نيروبي.', 'TZ'], ['قال وزير الدفاع الكولومبي بيدرو سانشيز إن الجيش مستعد.', 'CO']] as const) {
      const x = readBare(text);
      assert.deepEqual(x.facts.filter((f) => f.predicate === 'OFFICIAL_OF').map((f) => f.object), [`country:${code}`], text);
    }
  });

  test('the head of a national delegation is an official of that nation', () => {
    const x = readBare('التقى الرئيس الكيني وليام روتو وفدا إثيوبيا برئاسة وزير الدفاع أبرهام بيلاي في نيروبي.');
    const p = x.entities.find((e) => e.nameAr === 'أبرهام بيلاي');
    assert.equal(p?.countryCode, 'ET');
  });
});

describe('meetings told in other word orders', () => {
  test('a meeting noun after the people holding it, named as a list', () => {
    const x = extractText('بدأ وزير الخارجية المغربي ناصر بوريطة، ونظيره الموريتاني محمد سالم ولد مرزوك، اجتماعا في الرباط الخميس.', '2024-03-08');
    assert.deepEqual(factLines(x, 'MET').map((l) => l.split(' ').slice(-2).join(' ')), ['2024-03-07 occurred'], factLines(x).join('\n'));
  });
  test("a guest's own title after a time word does not break the reception", () => {
    const x = extractText('ناصر بوريطة، التقى الخميس، وزير أوروبا والشؤون الخارجية الفرنسي ستيفان سيجورنيه في الرباط.', '2024-03-08');
    assert.equal(factLines(x, 'MET').length, 1, factLines(x).join('\n'));
  });
});

describe('exercise participants named in other ways', () => {
  const pairs = (text: string) => factLines(extractText(text, '2024-03-08'), 'JOINT_EXERCISE').map((l) => l.split(' ').slice(1, 3).sort().join(' ')).sort();
  test('capitals standing for their states', () => {
    assert.deepEqual(pairs('ذكر الجيش البرازيلي اليوم أن برازيليا وبوينس آيرس بدأت تدريبا بحريا يستمر يومين.'), ['AR BR']);
  });
  test('forces from each country', () => {
    assert.deepEqual(pairs('اختتمت الأحد مناورات متعددة الجنسيات شاركت فيها قوات خاصة من كينيا وأوغندا.'), ['KE UG']);
  });
  test('troops of each nationality', () => {
    assert.deepEqual(pairs('وسيشارك نحو 3000 جندي كيني و1500 عسكري أوغندي في المناورات المشتركة.'), ["KE UG"]);
  });
});

describe('meetings past appositions, brackets and envoys', () => {
  test('a name with its title in apposition, a bracketed date, then "مع" the other', () => {
    const x = extractText('اجتمع أحمد الخطيب، رئيس ديوان الرئاسة التونسية، مساء اليوم (الثلاثاء، 5 آذار 2024)، مع كاترين كولونا، وزيرة الخارجية الفرنسية.', '2024-03-05');
    assert.deepEqual(factLines(x, 'MET').map((l) => l.split(' ').slice(-2).join(' ')), ['2024-03-05 occurred'], factLines(x).join('\n'));
  });
  test('"الأخير" after a verb is the person named last, and "ونظيره" after it is someone else', () => {
    const x = extractText('وخلال زيارة قائد البحرية التركية الأدميرال أرجومنت طاطلي أوغلو إلى الدوحة، بحث الأخير ونظيره القطري اللواء عبدالله الحسن سبل التعاون.', '2024-03-05');
    assert.equal(factLines(x, 'MET').length, 1, factLines(x).join('\n'));
    assert.ok(factLines(x, 'OFFICIAL_OF').some((l) => l.includes('طاطلي') && l.includes(' TR ')), factLines(x).join('\n'));
  });
  test('an envoy "لدى بلاده" is still the envoy named next', () => {
    const x = extractText('جاء ذلك خلال لقاء وزير الخارجية العماني بدر البوسعيدي السفير الفرنسي لدى بلاده فيليب جيرار في مسقط.', '2024-03-05');
    assert.ok(x.entities.some((e) => e.nameAr === 'فيليب جيرار' && e.countryCode === 'FR'), x.entities.map((e) => `${e.nameAr} ${e.countryCode}`).join(', '));
  });
});

describe('arms deals "with" a supplier', () => {
  test('a deal with a country buys from it, even with its value and year between', () => {
    const x = extractText('ووقعت إندونيسيا صفقة مع فرنسا لشراء 42 مقاتلة من طراز رافال.\nوأبرمت فيتنام صفقة مع روسيا بقيمة مليار دولار في عام 2019 للحصول على منظومات صواريخ جديدة.', '2024-03-05');
    assert.deepEqual(factLines(x, 'SUPPLIED_ARMS_TO').map((l) => l.split(' ').slice(1, 4).join(' ')), ['FR ID -', 'RU VN 2019']);
  });
});

describe('exercises with each of a list', () => {
  const pairs = (text: string) => factLines(extractText(text, '2024-03-08'), 'JOINT_EXERCISE').map((l) => l.split(' ').slice(1).join(' ')).sort();
  test('"مع ... كل من A وB" is one exercise with each partner, held by the country before, planned on a schedule', () => {
    assert.deepEqual(pairs('ويتضمن جدول القيادة العسكرية الصينية لعام 2024 تدريبات مشتركة مع القوات المسلحة في كل من تايلاند وكمبوديا.'), ['CN KH 2024 planned', 'CN TH 2024 planned']);
  });
  test('a threat prepared for is no participant', () => {
    assert.deepEqual(pairs('أعلن الجيش الياباني أن طوكيو وواشنطن بدأت تدريبا استعدادا لأي اختبار صاروخي تجريه كوريا الشمالية.').map((l) => l.split(' ').slice(0, 2).join(' ')), ['JP US']);
  });
});

describe('visits to a list of countries', () => {
  test('the later stops of a tour that began are planned, in the month it began', () => {
    const x = extractText('بدأ الرئيس البرازيلي لولا دا سيلفا أمس جولة في أوروبا.\nوزيارة لولا للبرتغال هي الأولى في جولة للرئيس البرازيلي يزور خلالها إسبانيا وإيطاليا.', '2024-03-08');
    const stops = factLines(x, 'VISITED').filter((l) => / (ES|IT) /.test(l));
    assert.deepEqual(stops.map((l) => l.split(' ').slice(-2).join(' ')), ['2024-03 planned', '2024-03 planned'], factLines(x).join('\n'));
  });
  test('each country of the list is visited', () => {
    const x = extractText('بدأ الرئيس الكولومبي غوستافو بيترو جولة تقوده إلى إسبانيا وإيطاليا، والبرتغال أمس.', '2024-03-08');
    assert.deepEqual(factLines(x, 'VISITED').map((l) => l.split(' ').slice(-3, -2)[0]).sort(), ['ES', 'IT', 'PT'], factLines(x).join('\n'));
  });
});

describe('several receptions by one host', () => {
  test('"كما استقبل" in the next sentence is the same host receiving again, at home', () => {
    const x = extractText('استقبل وزير الدفاع العماني سالم بن حمد الحارثي، في مطار مسقط اليوم، وزير الدفاع الأردني خالد بن فيصل الزعبي.\nكما استقبل وزير الدفاع البحريني حمد بن سلمان الجودر.', '2024-03-05');
    const met = factLines(x, 'MET');
    assert.equal(met.length, 2, met.join('\n'));
    assert.ok(met.every((l) => l.includes('سالم بن حمد الحارثي')), met.join('\n'));
  });
});

describe('a host with a bare title receiving several guests', () => {
  const text = [
    'استقبل رئيس الأركان الفريق أول راشد بن سيف المهيري، في مطار أبوظبي اليوم، وزير الدفاع الأردني خالد بن فيصل الزعبي.',
    'واستقبل أيضا سمو الشيخ حمد بن سلمان الجودر وزير الدفاع في مملكة البحرين.',
    'وفي وقت سابق استقبل رئيس الأركان، وزير الدفاع العماني سالم بن حمد الحارثي.',
  ].join('\n');
  const lines = factLines(extractText(text, '2024-03-05'));
  test('the host is an official of the country he receives in', () => {
    assert.ok(lines.includes('OFFICIAL_OF راشد بن سيف المهيري AE - occurred'), lines.join('\n'));
  });
  test('honorifics after "أيضا" and the bare title again name the guest and the same host', () => {
    const met = lines.filter((l) => l.startsWith('MET '));
    assert.equal(met.length, 3, lines.join('\n'));
    assert.ok(met.every((l) => l.includes('راشد بن سيف المهيري')), met.join('\n'));
  });
  test('every guest visited the host country on the day of the first reception', () => {
    const visits = lines.filter((l) => l.startsWith('VISITED '));
    assert.equal(visits.length, 3, lines.join('\n'));
    assert.ok(visits.every((l) => l.endsWith('AE 2024-03-05 occurred')), visits.join('\n'));
  });
});

describe('two travellers and the host who welcomed them', () => {
  const text = 'وصل الرئيس الغاني جون ماهاما، والرئيس التوغولي فور غناسينغبي، اليوم الثلاثاء، للعاصمة البوركينية واغادوغو في زيارة عمل.\nوقالت الإذاعة الرسمية إن الرئيس البوركيني إبراهيم تراوري كان في استقبالهما في المطار.';
  const lines = factLines(extractText(text, '2024-03-05'));
  test('both listed visitors visited the country of the capital named by its nisba', () => {
    assert.deepEqual(lines.filter((l) => l.startsWith('VISITED ')), ['VISITED Faure Gnassingbe BF 2024-03-05 occurred', 'VISITED John Dramani Mahama BF 2024-03-05 occurred']);
  });
  test('"كان في استقبالهما" is a meeting of the host with both', () => {
    const met = lines.filter((l) => l.startsWith('MET ') && l.includes('Ibrahim Traore'));
    assert.equal(met.length, 2, lines.join('\n'));
  });
  test('a topic noun after a name ends the name', () => {
    const x = extractText('وبحث الرئيس الغاني جون ماهاما أمس مع الزعيم النيجيري بولا تينوبو العلاقات بين البلدين.', '2024-03-05');
    assert.ok(x.entities.some((e) => e.nameAr === 'بولا تينوبو'), x.entities.map((e) => e.nameAr).join(', '));
  });
});

describe('the officials a visitor meets', () => {
  test('officials named without a nationality whom the visitor meets are of the country he visits', () => {
    const x = extractText('يصل الرئيس الكوبي ميغيل دياز كانيل اليوم إلى بكين في زيارة رسمية.\nكما سيلتقي دياز كانيل رئيس البرلمان وانغ تشيانغ.', '2024-03-05');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF وانغ تشيانغ CN - occurred'), factLines(x).join('\n'));
  });
});

describe('receptions told with the noun after في', () => {
  test('"X كان في استقبال Y لدى وصوله" meets the traveller on the day he arrived, in the host country', () => {
    const text = 'وصل الرئيس الموريتاني محمد ولد الغزواني، أمس، إلى داكار في زيارة رسمية.\nوكان الرئيس السنغالي باسيرو ديوماي فاي في استقبال محمد ولد الغزواني لدى وصوله.';
    const lines = factLines(extractText(text, '2024-03-05'));
    const met = lines.filter((l) => l.startsWith('MET '));
    assert.equal(met.length, 1, lines.join('\n'));
    assert.ok(met[0]!.endsWith('2024-03-04 occurred'), met[0]);
  });
  test('"وكان في استقبال GUEST ... HOST الذي كان مرفوقا بـ A وB": the guest meets each host, the hosts not one another', () => {
    const text = 'وكان في استقبال رئيس الوزراء الإسباني بيدرو سانشيز بمطار الرباط رئيس الحكومة المغربي عزيز أخنوش الذي كان مرفوقا بوزير الخارجية المغربي ناصر بوريطة.';
    const met = factLines(extractText(text, '2024-03-05'), 'MET');
    assert.equal(met.length, 2, met.join('\n'));
    assert.ok(met.every((l) => l.includes('Pedro Sanchez')), met.join('\n'));
  });
  test('a chain of offices before a name is not itself a name', () => {
    const x = extractText('وصل ولي العهد، نائب رئيس مجلس الوزراء، وزير الدفاع الأمير سلطان بن فهد، أمس، إلى دولة الكويت في زيارة رسمية.', '2024-03-05');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person').map((e) => e.nameAr), ['سلطان بن فهد']);
    assert.equal(factLines(x, 'VISITED').length, 1, factLines(x).join('\n'));
  });
});

describe('who meets whom in a list', () => {
  const pairs = (text: string) => factLines(extractText(text, '2024-03-05'), 'MET').map((l) => l.split(' 2024')[0]!.replace(/ -$/, ''));
  test("a verb's direct objects each meet its subject, not one another", () => {
    const met = pairs('التقى وزير الخارجية الياباني يوكو كاميكاوا أمس الرئيس الفلبيني فرديناند ماركوس ووزير الدفاع الفلبيني جيلبرتو تيودورو.');
    assert.equal(met.length, 2, met.join('\n'));
    assert.ok(met.every((l) => l.includes('يوكو كاميكاوا') || l.includes('Kamikawa')), met.join('\n'));
  });
  test('"مع Y وZ" is one meeting of all three, dual titles included', () => {
    const met = pairs('اجتمع وزير الدفاع الإيطالي غيدو كروسيتو أمس مع وزيري الدفاع الألماني بوريس بيستوريوس ونظيره الفرنسي سيباستيان لوكورنو في روما.');
    assert.equal(met.length, 3, met.join('\n'));
  });
});

describe('the host described after his name', () => {
  test("the host's own title and a time word between him and his guest do not break the meeting, and date it", () => {
    const x = extractText('التقى الأمير تركي بن طلال بن عبدالعزيز نائب وزير الدفاع الأردني مساء أمس الاثنين، وزير الدفاع الإيطالي غيدو كروسيتو خلال زيارته لعمّان.', '2024-03-05');
    assert.deepEqual(factLines(x, 'MET').map((l) => l.split(' ').slice(-2).join(' ')), ['2024-03-04 occurred'], factLines(x).join('\n'));
  });
  test('a reporting verb with only its subject before a date makes it the report\'s day', () => {
    const x = extractText('وقال وزير الخارجية المغربي ناصر بوريطة يوم الاثنين إنه سيلتقي وزير الخارجية الإسباني خوسيه مانويل ألباريس الشهر المقبل.', '2024-03-05');
    assert.deepEqual(factLines(x, 'MET').map((l) => l.split(' ').slice(-2).join(' ')), ['2024-04 planned'], factLines(x).join('\n'));
  });
});

describe('dates of what is yet to come and of troops arriving', () => {
  test('a planned meeting is not dated by the day it was reported; the visit in the sentence dates it', () => {
    const x = extractText('وقال رئيس الوزراء الأسترالي أنتوني ألبانيزي يوم الاثنين إنه سيناقش التجارة مع الرئيس الإندونيسي برابوو سوبيانتو عندما يزور طوكيو الشهر المقبل.', '2024-03-04');
    assert.deepEqual(factLines(x, 'MET').map((l) => l.split(' ').slice(-2).join(' ')), ['2024-04 planned'], factLines(x).join('\n'));
  });
  test('troops arriving on a day are deployed that day', () => {
    const x = extractText('والاثنين الماضي، وصلت قوات عسكرية تركية إلى أذربيجان للمشاركة في مناورات.', '2024-03-06');
    assert.ok(factLines(x, 'DEPLOYED_TROOPS_TO').includes('DEPLOYED_TROOPS_TO TR AZ 2024-03-04 occurred'), factLines(x).join('\n'));
  });
});

describe('a meeting told without a time during a dated trip', () => {
  const arrival = 'وصل وزير الدفاع الكولومبي إيفان فيلاسكيز أمس إلى ليما في زيارة رسمية.';
  const meeting = 'والتقى فيلاسكيز خلال الزيارة نظيره البيروفي والتر أستوديو.';
  const met = (text: string) => factLines(extractText(text, '2024-03-08'), 'MET');
  test('told next to the arrival, it takes the day', () => {
    assert.deepEqual(met(`${arrival}\n${meeting}`).map((l) => l.split(' ').at(-2)), ['2024-03-07']);
  });
  test('told further on, only the month', () => {
    const filler = 'وتناولت المباحثات التعاون العسكري.\nوتشهد العلاقات بين البلدين تطورا.';
    assert.deepEqual(met(`${arrival}\n${filler}\n${meeting}`).map((l) => l.split(' ').at(-2)), ['2024-03']);
  });
});

describe('dates of the lead event of a same-day brief', () => {
  test('an undated visit in the lead takes the publication day; background further down stays undated', () => {
    const x = extractText('وصل وزير الخارجية البرازيلي ماورو فييرا إلى القاهرة في زيارة رسمية.\nوتناولت المباحثات التعاون الاقتصادي.\nوكانت مصر والبرازيل قد أجرتا مناورات بحرية مشتركة.', '2024-03-05');
    const lines = factLines(x);
    assert.ok(lines.includes('VISITED Mauro Vieira EG 2024-03-05 occurred'), lines.join('\n'));
    assert.ok(lines.includes('JOINT_EXERCISE BR EG - occurred'), lines.join('\n'));
  });
  test("a headline's announced meeting does not make the headline the lead", () => {
    const x = extractText('ترتيبات للقاء مرتقب بين السيسي ولولا دا سيلفا\n\n5 مارس 2024\n\nكشفت مصادر دبلوماسية أن وزير الخارجية البرازيلي ماورو فييرا وصل إلى القاهرة في زيارة رسمية.', '2024-03-05');
    assert.ok(factLines(x, 'VISITED').includes('VISITED Mauro Vieira EG 2024-03-05 occurred'), factLines(x).join('\n'));
  });
  test('a deployment in the lead is a process, not an event of the day: it stays undated', () => {
    const lines = factLines(extractText('أرسلت كوريا الشمالية آلاف الجنود إلى روسيا.', '2024-03-05'));
    assert.ok(lines.some((l) => l.startsWith('DEPLOYED_TROOPS_TO KP RU - ')), lines.join('\n'));
  });
});

describe('language', () => {
  test('Arabic typed with the Persian ی and ک (Iranian outlets\' Arabic services) is Arabic', () => {
    assert.equal(detectLanguage('وافادت وكالة الانباء الايرانية ان الرئیس تلقی خلال اللقاء شرحا من وزير الدفاع عن آخر المستجدات في المنطقة وأکد الرئیس ان التعاون مستمر'), 'ar');
    assert.equal(detectLanguage('وزیر امور خارجه ایران امروز برای دیدار با همتای روسی خود به مسکو سفر کرد و گفت‌وگو کرد.'), 'fa');
  });
  test('a Persian letter in an outlet\'s name does not make Arabic text Persian: function words decide', () => {
    assert.equal(detectLanguage('تبريز (پارس نیوز) – أعلنت وزارة الدفاع عن إجراء تدريبات مشترکة مع القوات الباكستانية في بحر العرب خلال الأسبوع المقبل بمشاركة سفن من البلدين.'), 'ar');
    assert.equal(detectLanguage('پارس نیوز – وزیر دفاع گفت که این رزمایش مشترک با پاکستان در دریای عرب برگزار می شود و از هفته آینده آغاز خواهد شد.'), 'fa');
  });
});

describe('a title without a name', () => {
  const lx = new Lexicon();
  const people = (text: string, published: string) =>
    extractArticle(parseArticle(text, 't.txt', { published, source: 't', url: null, language: 'ar', title: null }), lx).entities.filter((e) => e.type === 'Person').map((e) => e.name);
  test('resolves to the holder of that office on the article date when the lexicon dates the term', () => {
    const text = 'وصل وزير الخارجية الروسي إلى القاهرة في زيارة رسمية.';
    assert.deepEqual(people(text, '2024-03-05'), ['Sergey Lavrov']);
  });
  test('the main lexicon\'s officials carry dated terms: the Egyptian president, the Turkish foreign minister and the Saudi king of their day', () => {
    assert.deepEqual(people('وصل الرئيس المصري إلى عمان.', '2020-03-05'), ['Abdel Fattah el-Sisi']);
    assert.deepEqual(people('وصل وزير الخارجية التركي إلى عمان.', '2024-03-05'), ['Hakan Fidan']);
    assert.deepEqual(people('وصل العاهل السعودي إلى عمان.', '2020-03-05'), ['Salman bin Abdulaziz Al Saud']);
    assert.deepEqual(people('وصل الرئيس الأمريكي إلى عمان.', '2022-03-05'), ['Joe Biden']);
  });
  test('stays unresolved for a former holder or where the lexicon knows nobody then', () => {
    assert.deepEqual(people('وصل وزير الخارجية الروسي السابق إلى القاهرة.', '2024-03-05'), []);
    assert.deepEqual(people('وصل وزير الخارجية الروسي إلى القاهرة في زيارة رسمية.', '1999-03-05'), []);
  });
});
