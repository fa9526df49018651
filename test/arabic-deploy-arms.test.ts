// Deployments and arms transfers in shapes seen in the development corpus (batches 2026-12-03b and c),
// written here in sentences of our own about other countries.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

const lines = (text: string, predicate: string) => factLines(extractText(text, '2024-05-02'), predicate);

describe('arms', () => {
  test('a model named between the arms and the recipient: "بتوريد منظومات دفاعية ... من طراز ... إلى X"', () => {
    assert.deepEqual(lines('وقالت الوكالة إن الصين بدأت بتوريد منظومات دفاعية مضادة للطائرات من طراز اتش كيو 9 إلى صربيا.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO CN RS - occurred']);
  });
  test('the arrival of a nation\'s military equipment in another\'s capital', () => {
    assert.deepEqual(lines('وأعلنت الحكومة عن وصول معدات عسكرية تركية إلى العاصمة الصومالية مقديشو.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO TR SO - occurred']);
  });
  test('equipment that is not military is no arms', () => {
    assert.deepEqual(lines('وأعلنت الحكومة عن وصول معدات طبية تركية إلى العاصمة الصومالية مقديشو.', 'SUPPLIED_ARMS_TO'), []);
  });
});

describe('deployments', () => {
  test('"تنشر لواء عسكريا في X": a brigade is troops', () => {
    assert.deepEqual(lines('بولندا تنشر لواءً عسكرياً في لاتفيا.', 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO PL LV 2024-05 occurred']);
  });
  test('"وحدات من الجيش X توجهت إلى Y": units drawn from a national army', () => {
    assert.deepEqual(lines('وقال المتحدث إن وحدات من الجيش الروسي توجهت إلى مالي.', 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO RU ML 2024-05 occurred']);
  });
});

describe('warships received, one at a time (batch 2026-12-03d)', () => {
  test('"تسلمت X فرقاطة من Y": a single frigate is arms', () => {
    assert.deepEqual(lines('تسلمت الجزائر، الأربعاء، فرقاطة ألمانية من نوع ميكو من ألمانيا.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO DE DZ 2024-05-01 occurred']);
  });
  test('"بعد استلام X زورقي الصواريخ من Y": the receipt noun with a dual', () => {
    assert.deepEqual(lines('وجاء ذلك بعد استلام تونس زورقي الصواريخ من إيطاليا.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO IT TN - occurred']);
  });
});

describe('weapons named by model (batch 2026-12-03e)', () => {
  test('a model bought says who sells when the sentence does not: "تسلمت X 4 طائرات من صفقة 36 طائرة رافال"', () => {
    assert.deepEqual(lines('تسلمت الهند اليوم 4 طائرات من صفقة 36 طائرة "رافال" في حفل بقاعدة جوية.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO FR IN 2024-05-02 occurred']);
  });
  test('"طائرات أباتشي" is arms, with the seller named after', () => {
    assert.deepEqual(lines('وقالت مصادر إن الحكومة العراقية تسلمت ست طائرات أباتشي من الولايات المتحدة.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO US IQ - occurred']);
  });
  test('a numbered model written with or without its hyphen', () => {
    for (const model of ['إس-400', 'إس 400']) {
      assert.deepEqual(lines(`وتسلمت الجزائر منظومة ${model} الدفاعية.`, 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO RU DZ - occurred'], model);
    }
  });
  test('the maker of the model is not the buyer', () => {
    assert.deepEqual(lines('وتسلمت روسيا منظومة إس-400 جديدة من مصانعها.', 'SUPPLIED_ARMS_TO'), []);
  });
});

describe('sales approved, hesitated over or wished for', () => {
  test('a state body with a nationality approves a sale: planned', () => {
    assert.deepEqual(lines('وافقت وزارة الخارجية الأميركية أمس على بيع تونس 12 طائرة مقاتلة من طراز إف-16.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO US TN 2024-05-01 planned']);
  });
  test('a buyer who hesitated bought nothing', () => {
    assert.deepEqual(lines('وكانت الأرجنتين آخر من تردد في شراء رافال عام 2019.', 'SUPPLIED_ARMS_TO'), []);
  });
  test('a wish to buy is planned', () => {
    assert.deepEqual(lines('وأكد أمير الكويت رغبته في شراء 24 طائرة مقاتلة من طراز رافال.', 'SUPPLIED_ARMS_TO'), ['SUPPLIED_ARMS_TO FR KW - planned']);
  });
});

describe('the forces taking part in an exercise (batch 2026-12-03f)', () => {
  test('"بمشاركة واسعة من القوات الأردنية والإماراتية والبحرينية": each country of the list, every pair', () => {
    assert.deepEqual(lines('بدأ التدريب المشترك "ميدوزا" بمشاركة واسعة من القوات الأردنية والإماراتية والبحرينية.', 'JOINT_EXERCISE'),
      ['JOINT_EXERCISE AE BH 2024-05-02 occurred', 'JOINT_EXERCISE AE JO 2024-05-02 occurred', 'JOINT_EXERCISE BH JO 2024-05-02 occurred']);
  });
  test('a country named later, outside the list, does not join it', () => {
    const got = lines('بدأ التدريب المشترك بمشاركة القوات الأردنية والإماراتية، في حين تراقب تركيا الوضع.', 'JOINT_EXERCISE');
    assert.ok(!got.some((l) => l.includes('TR')), got.join('\n'));
  });
});

// Batch 2026-12-03g, in sentences of our own: peacekeeping contributions, troops present "since" a date,
// a sending "بصدد" (about to happen).
describe('peacekeeping and troops present since a date', () => {
  const cases: [string, string, string][] = [
    ['a country taking part in peacekeeping in another has troops there, since the year given', 'وتشارك السنغال منذ 2014 في عمليات حفظ السلام بجمهورية مالي، عبر كتيبة متمركزة قرب غاو.', 'DEPLOYED_TROOPS_TO SN ML 2014 occurred'],
    ['an army taking part in a peacekeeping force "منذ شهر آذار 2012"', 'ومعلوم أن الجيش الأردني يساهم في قوة حفظ السلام في جنوب السودان منذ شهر آذار 2012.', 'DEPLOYED_TROOPS_TO JO SS 2012-03 occurred'],
    ['a participation named by its nationality', 'وتمثل الخطوة بداية المشاركة المصرية في قوات حفظ السلام في الصومال.', 'DEPLOYED_TROOPS_TO EG SO 2021-03 occurred'],
    ['troops present on the ground since a month were sent then', 'ومنذ كانون الثاني/يناير 2019 يتواجد جنود من القوات الخاصة الفرنسية على الأرض في مالي لتدريب القوات المحلية.', 'DEPLOYED_TROOPS_TO FR ML 2019-01 occurred'],
    ['"بصدد إرسال" is a sending to come', 'أعلن متحدث باسم الجيش الفرنسي الخميس أن باريس بصدد إرسال 300 جندي إضافي إلى مالي.', 'DEPLOYED_TROOPS_TO FR ML - planned'],
  ];
  for (const [what, text, expected] of cases) {
    test(what, () => assert.deepEqual(factLines(extractText(text, '2021-03-09'), 'DEPLOYED_TROOPS_TO'), [expected]));
  }
});

describe('arms named with their maker inside, and military words that are no troops', () => {
  const cases: [string, string, string, string[]][] = [
    ['"أنظمة دفاعات جوية" are arms', 'ذكرت وزارة الدفاع الروسية أن روسيا تنوي تسليم أنظمة دفاعات جوية حديثة إلى فنزويلا.', 'SUPPLIED_ARMS_TO', ['SUPPLIED_ARMS_TO RU VE - planned']],
    ['"الطائرات بدون طيار" are arms', 'قال المسؤول إن الحكومة الإيرانية تستعد لتزويد فنزويلا بعدة مئات من الطائرات بدون طيار.', 'SUPPLIED_ARMS_TO', ['SUPPLIED_ARMS_TO IR VE - planned']],
    ['"طائرات تركية مسيرة": the maker inside the name; a state council buys', 'أقر مجلس الوزراء الليبي خطة لشراء طائرات تركية مسيرة من طراز أكينجي.', 'SUPPLIED_ARMS_TO', ['SUPPLIED_ARMS_TO TR LY - planned']],
    ['"مصادر عسكرية ليبية" and "وفد عسكري ليبي إلى أنقرة" send no troops', 'كشفت مصادر عسكرية ليبية اليوم أنه من المرجح توجه وفد عسكري ليبي إلى أنقرة خلال الفترة المقبلة.', 'DEPLOYED_TROOPS_TO', []],
  ];
  for (const [what, text, predicate, expected] of cases) {
    test(what, () => assert.deepEqual(factLines(extractText(text, '2021-12-02'), predicate), expected));
  }
});

describe('units from a list of countries in an exercise', () => {
  test('"وحدات عسكرية من A، وB، وC، إضافة لثلاث سرايا D، وسرية من E" are all participants', () => {
    const x = extractText('وشاركت في المناورات وحدات عسكرية من فرنسا، وبلجيكا، والبرتغال، فضلا عن ثلاث سرايا سنغالية، وسرية من اتشاد.', '2019-02-23');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE').map((l) => l.split(' ').slice(1, 3).join(' ')), ['BE FR', 'BE PT', 'BE SN', 'BE TD', 'FR PT', 'FR SN', 'FR TD', 'PT SN', 'PT TD', 'SN TD']);
  });
});

describe('forces not invited to an exercise', () => {
  test('"لم تتم دعوة قوات فرنسية ... وتشمل مناورات X" gives France no part', () => {
    const x = extractText('وأوضحت الوكالة المغربية أنه لم تتم دعوة قوات فرنسية للمشاركة، وتشمل المناورات المغربية الموريتانية المشتركة تدريبات للقوات الجوية.', '2016-02-17');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE').map((l) => l.split(' ').slice(1, 3).join(' ')), ['MA MR']);
  });
});

describe('troops reported where they are', () => {
  test('an undated presence is dated to the month of the report; a sending told in the past, or planned, stays undated', () => {
    assert.deepEqual(factLines(extractText('وتنتشر قوات روسية في سوريا لحماية القواعد.', '2021-03-09'), 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO RU SY 2021-03 occurred']);
    assert.deepEqual(factLines(extractText('وأرسلت باكستان ألف جندي إلى السعودية.', '2021-03-09'), 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO PK SA - occurred']);
    assert.deepEqual(factLines(extractText('أعلن متحدث باسم الجيش الفرنسي أن باريس بصدد إرسال 300 جندي إضافي إلى مالي.', '2021-03-09'), 'DEPLOYED_TROOPS_TO'), ['DEPLOYED_TROOPS_TO FR ML - planned']);
  });
});
