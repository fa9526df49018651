// Shapes seen in the development corpus's newer outlets (names, titles, dates, entourages), written here in
// sentences of our own about other people: the corpus texts are third-party and never copied into tests.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tokenize } from '../src/extract/text/tokenize.ts';
import { phraseKey } from '../src/extract/text/normalize.ts';
import { MentionFinder } from '../src/extract/entities/find-mentions.ts';
import { dropFurniture } from '../src/extract/furniture.ts';
import { defaultLexicon } from '../src/extract/lexicon/lexicon.ts';
import { splitSentences } from '../src/extract/text/sentences.ts';
import { extractText, factLines } from './helpers/extract.ts';

describe('"عبد" names spaced or joined', () => {
  test('"عبد الله" is one token with the key of "عبدالله", offsets spanning both words', () => {
    const text = 'استقبل عبد الله بن زايد';
    const toks = tokenize(text);
    assert.deepEqual(toks.map((t) => t.key), ['استقبل', 'عبدالله', 'بن', 'زايد']);
    assert.equal(text.slice(toks[1]!.start, toks[1]!.end), 'عبد الله');
    assert.equal(phraseKey('الملك عبد الله الثاني'), phraseKey('الملك عبدالله الثاني'));
  });
  test('a known person written joined is found by the lexicon form written spaced', () => {
    const x = extractText('استقبل الملك عبدالله الثاني اليوم في عمان وزير الدفاع البريطاني جون هيلي.', '2025-03-04');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF King Abdullah II JO - occurred'), factLines(x).join('\n'));
  });
});

describe('"علي" and "على"', () => {
  const lx = defaultLexicon();
  const mentionsOf = (text: string) => {
    const finder = new MentionFinder(lx);
    return splitSentences(text, dropFurniture(text, lx.furniture).lines).map((s) => finder.find(s));
  };
  test('"على" before a first name opens a name (Egyptian spelling of Ali); before another word it stays a preposition', () => {
    const x = extractText('والتقى الوزير مع القائم بأعمال وزير خارجية الصومال على محمد عمر على هامش القمة.', '2024-01-20');
    assert.ok(x.entities.some((e) => e.nameAr === 'على محمد عمر'), x.entities.map((e) => e.nameAr).join(', '));
    const y = extractText('وقال وزير خارجية الصومال على هامش القمة إن بلاده مستعدة.', '2024-01-20');
    assert.deepEqual(y.entities.filter((e) => e.type === 'Person').map((e) => e.nameAr), []);
  });
  test('"علي" with ya opens a name; a later preposition "على" does not refer back to him', () => {
    const [first, second] = mentionsOf('وقال الرئيس اليمني الأسبق علي ناصر محمد إن الوضع صعب.\nوأكد وزير الخارجية العماني بدر البوسعيدي حرص بلاده على الحوار.');
    const ali = first!.find((m) => m.type === 'Person');
    assert.ok(ali && ali.ids[0]!.includes('علي-ناصر-محمد'), JSON.stringify(first));
    assert.deepEqual(second!.filter((m) => m.ids[0] === ali.ids[0]), []);
  });
});

describe('an office named after the body it heads', () => {
  test('"قائد <body> الأميركية، الجنرال <name>": the nationality after the body is the office\'s, the rank opens the name', () => {
    const x = extractText('استقبل وزير الدفاع الأردني يوسف الحنيطي اليوم الثلاثاء، قائد القيادة الأوروبية الأميركية، الجنرال كريستوفر كافولي، الذي يزور المملكة حاليا.', '2025-03-04');
    const lines = factLines(x);
    assert.ok(lines.includes('OFFICIAL_OF كريستوفر كافولي US - occurred'), lines.join('\n'));
    assert.ok(lines.includes('MET كريستوفر كافولي Yousef Huneiti 2025-03-04 occurred'), lines.join('\n'));
    assert.ok(lines.includes('VISITED كريستوفر كافولي JO 2025-03-04 occurred'), lines.join('\n'));
  });
  test('without a nationality within a few words the body stays out of the title', () => {
    const x = extractText('وقال رئيس لجنة الشؤون الخارجية في البرلمان سامي نصار إن اللجنة ستجتمع.', '2025-03-04');
    assert.deepEqual(factLines(x, 'OFFICIAL_OF'), []);
  });
});

describe('dates', () => {
  test('troops told before their arrival verb are deployed on the day they arrived', () => {
    const x = extractText('وقال مسؤولون إن كتيبة من الجنود الروانديين قوامها مئتا جندي وصلت إلى موزمبيق الثلاثاء لتعزيز البعثة.', '2024-06-27');
    assert.ok(factLines(x, 'DEPLOYED_TROOPS_TO').includes('DEPLOYED_TROOPS_TO RW MZ 2024-06-25 occurred'), factLines(x).join('\n'));
  });
  test('"this visit comes after the one X made to Y in mid-June": the relative clause dates the earlier visit', () => {
    const x = extractText('وتأتي هذه الزيارة بعد تلك التي قام بها الرئيس التونسي قيس سعيد إلى الصين منتصف مايو الماضي.', '2024-07-20');
    assert.ok(factLines(x, 'VISITED').includes('VISITED Kais Saied CN 2024-05 occurred'), factLines(x).join('\n'));
  });
  test('a sending verb with no troops or arms after it does not take the date of the visit before it; "كان ... قد" + past is done', () => {
    const x = extractText('وكان رئيس مجلس السيادة السوداني عبد الفتاح البرهان قد توجه إلى القاهرة مع تقدم المعارك صوب الخرطوم في أبريل الماضي.', '2024-07-20');
    assert.deepEqual(factLines(x, 'VISITED'), ['VISITED Abdel Fattah al-Burhan EG 2024-04 occurred']);
  });
});

describe('a traveller\'s entourage and an office shared out over a list', () => {
  const text = [
    'وصل الرئيس الإندونيسي برابوو سوبيانتو اليوم الثلاثاء إلى أنقرة في زيارة رسمية.',
    'ويرافق برابوو في زيارته إلى تركيا، وزراء الزراعة أمران سليمان، والطاقة والثروة المعدنية بهليل لاهاداليا، والتجارة بودي سانتوسو.',
    'كما يرافقه رؤساء هيئة الاستثمار روسان روسلاني، ووكالة الفضاء الوطنية أندي ويجايا.',
  ].join('\n');
  const x = extractText(text, '2025-03-04');
  const visits = factLines(x, 'VISITED');
  test('each holder of "وزراء الخارجية X، والطاقة Y" is found with his own portfolio, the name without the portfolio words', () => {
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.nameAr);
    for (const name of ['أمران سليمان', 'بهليل لاهاداليا', 'بودي سانتوسو', 'روسان روسلاني', 'أندي ويجايا']) assert.ok(people.includes(name), `${name} in ${people.join(', ')}`);
  });
  test('the companions visit where the traveller went, on his day, and are his compatriots', () => {
    for (const name of ['أمران سليمان', 'بهليل لاهاداليا', 'بودي سانتوسو', 'روسان روسلاني', 'أندي ويجايا']) {
      assert.ok(visits.includes(`VISITED ${name} TR 2025-03-04 occurred`), visits.join('\n'));
      assert.ok(factLines(x, 'OFFICIAL_OF').includes(`OFFICIAL_OF ${name} ID - occurred`), factLines(x, 'OFFICIAL_OF').join('\n'));
    }
  });
  test('a companion sentence with no trip before it or in it makes no visit', () => {
    const y = extractText('ويرافقه في العادة وزراء الزراعة أمران سليمان، والتجارة بودي سانتوسو.', '2025-03-04');
    assert.deepEqual(factLines(y, 'VISITED'), []);
  });
});

describe('arms deals and receipts', () => {
  test('a signed deal with no delivery told is planned, dated by its signing', () => {
    const x = extractText('وفي مارس 2021 أبرمت اليونان صفقة شراء 18 مقاتلة رافال من فرنسا.', '2022-01-19');
    assert.deepEqual(factLines(x, 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO FR GR 2021-03 planned']);
  });
  test('the nationality on the arms received is their maker, not the buyer', () => {
    const x = extractText('النيجر تتسلم دفعة جديدة من الطائرات الحربية الصينية والمسيرات من تركيا.', '2024-05-24');
    assert.deepEqual(factLines(x, 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO TR NE - occurred']);
  });
});

describe('"تسلم": handing over or receiving', () => {
  test('with the army right after it, it is the receipt, from the nationality on the aid', () => {
    const x = extractText('تسلم الجيش الأردني أمس الثلاثاء شحنة من المساعدات العسكرية البريطانية تضمنت 20 آلية مدرعة.', '2024-05-22');
    assert.deepEqual(factLines(x, 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO GB JO 2024-05-21 occurred']);
  });
});

describe('receipts told around a parenthesis, and Malian titles', () => {
  test('"تسلّم ... في X، الخميس، المزيد من الطائرات الحربية من Y": taken from Y, the arms found past the parenthesis', () => {
    const x = extractText('تسلّم الحكام العسكريون في النيجر، الخميس، المزيد من الطائرات الحربية من الصين التي تعد حليفتهم.', '2024-05-23');
    assert.deepEqual(factLines(x, 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO CN NE 2024-05-23 occurred']);
  });
  test('"وزير الدفاع المالي" is Malian; "وزير المالية" is no nationality', () => {
    const x = extractText('وقال وزير الدفاع المالي ساديو كامارا إن الطائرات وصلت.\nوقال وزير المالية أحمد الحسن إن الميزانية جاهزة.', '2023-03-16');
    const lines = factLines(x, 'OFFICIAL_OF');
    assert.ok(lines.includes('OFFICIAL_OF Sadio Camara ML - occurred'), lines.join('\n'));
    assert.ok(!lines.some((l) => l.includes('أحمد الحسن ML')), lines.join('\n'));
  });
});

describe('lists after a title, demonstratives and family names', () => {
  test('"X، رئيس مجلس الوزراء، وY": the و after the title\'s comma opens the next person, not the title\'s holder', () => {
    const x = extractText('وعقد الرئيس الغاني جون ماهاما اجتماعا مع سامويل أوكودزيتو، رئيس مجلس النواب، وجوزيف بواهين وزير الدفاع.', '2025-03-04');
    assert.ok(!x.entities.some((e) => e.type === 'Person' && /^وجوزيف/.test(e.nameAr ?? '')), x.entities.map((e) => e.nameAr).join(', '));
  });
  test('a demonstrative after a title is no name', () => {
    const x = extractText('أشاد السفير الكيني بهذه الخطوة، مشيرا إلى أهميتها.', '2025-03-04');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person').map((e) => e.nameAr), []);
  });
  test('"الشيخ آل <family>" is the member of that family named before', () => {
    const x = extractText('وصل رئيس الوزراء الهندي ناريندرا مودي إلى الدوحة في زيارة رسمية يلتقي خلالها بالأمير الشيخ تميم بن حمد آل ثاني.\nوسيجري مودي محادثات مع الشيخ آل ثاني أمير دولة قطر.', '2024-02-14');
    assert.deepEqual(x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort(), ['Narendra Modi', 'Tamim bin Hamad Al Thani']);
    assert.deepEqual(factLines(x, 'MET'), ['MET Narendra Modi Tamim bin Hamad Al Thani 2024-02-14 planned']);
  });
});

describe('dates and status of what is announced', () => {
  test('"من 16 وحتى 26 نوفمبر": a range of days is dated by its first day', () => {
    const x = extractText('أعلنت القوات المسلحة المصرية تنفيذ التدريب المصري السعودي المشترك خلال الفترة من 16 وحتى 26 نوفمبر 2024.', '2024-11-10');
    assert.ok(factLines(x, 'JOINT_EXERCISE').some((l) => l.includes(' 2024-11-16 ')), factLines(x).join('\n'));
  });
  test('"أتطلع إلى لقاء" is planned, and the day of the statement does not date the meeting', () => {
    const x = extractText('وقال رئيس الوزراء الهندي ناريندرا مودي في بيان مغادرته يوم الخميس "أتطلع إلى لقاء الرئيس الإماراتي محمد بن زايد".', '2023-07-15');
    assert.deepEqual(factLines(x, 'MET'), ['MET Mohamed bin Zayed Narendra Modi - planned']);
  });
});

describe('spellings and prefixes', () => {
  test('"الشئون" and "مسئول" (Egyptian spelling) read as "الشؤون" and "مسؤول"', () => {
    assert.equal(tokenize('الشئون')[0]!.key, tokenize('الشؤون')[0]!.key);
    assert.equal(tokenize('مسئول')[0]!.key, tokenize('مسؤول')[0]!.key);
  });
  test('a title after ب ("بالرئيس الفرنسي"، "بنظيريهما") opens a mention; an adverb after the name ends it', () => {
    const x = extractText('ومن المقرر أن يلتقي الرئيس الكيني ويليام روتو في باريس بالرئيس الفرنسي جان لوك بيرار.\nوحضر اللقاء العميد الركن سامي حداد ممثلا قائد الجيش الكيني.', '2024-05-01');
    const lines = factLines(x);
    assert.ok(lines.includes('OFFICIAL_OF جان لوك بيرار FR - occurred'), lines.join('\n'));
    assert.ok(x.entities.some((e) => e.nameAr === 'سامي حداد'), x.entities.map((e) => e.nameAr).join(', '));
  });
});

describe('a reception of a delegation, with those who attend', () => {
  test('the head of a delegation named after a long parenthesis is the guest; "بحضور Y" takes part', () => {
    const x = extractText('استقبل الرئيس الجزائري عبد المجيد تبون اليوم الأحد، في قصر المرادية بالعاصمة، وفدا عسكريا تركيا رفيع المستوى برئاسة الفريق أول متين غوراك، رئيس الأركان التركي، وذلك بحضور الفريق أول سعيد شنقريحة.', '2024-03-03');
    const met = factLines(x, 'MET');
    assert.ok(met.some((l) => /Tebboune/.test(l) && /Metin Gurak/.test(l)), met.join('\n'));
    assert.ok(met.some((l) => /Chengriha/.test(l) && /Metin Gurak/.test(l)), met.join('\n'));
  });
});

describe('a minister named by his portfolio', () => {
  test('"وزير النفط الإيراني X": the portfolio is part of the title, the nationality after it is his', () => {
    const x = extractText('وكان وزير النفط الكويتي سعد البراك زار أبوجا في 4 مايو الماضي للاجتماع مع الرئيس النيجيري بولا تينوبو.', '2024-06-11');
    const lines = factLines(x);
    assert.ok(lines.includes('OFFICIAL_OF سعد البراك KW - occurred'), lines.join('\n'));
    assert.ok(lines.includes('VISITED سعد البراك NG 2024-05-04 occurred'), lines.join('\n'));
  });
});

describe('two counterparts after a dual title', () => {
  test('"بنظيريهما الأستراليين X وY": the first name is not swallowed by a known second one', () => {
    const x = extractText('والتقى وزير الدفاع البريطاني جون هيلي الجمعة بنظيريهما الأستراليين سام موستين وبيني وونج في سيدني.', '2025-07-26');
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF سام موستين AU - occurred'), factLines(x).join('\n'));
    assert.ok(factLines(x, 'OFFICIAL_OF').includes('OFFICIAL_OF Penny Wong AU - occurred'), factLines(x).join('\n'));
  });
});
