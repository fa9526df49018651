import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText } from './helpers/extract.ts';

const person = (text: string, name: string) => extractText(text).entities.find((e) => e.type === 'Person' && (e.name === name || e.nameAr === name));

describe('people introduced by an office and a nationality', () => {
  // Known officials keep the lexicon role; people found in text keep the title they were introduced with.
  const cases: [string, string, string | null, RegExp][] = [
    ['قال وزير الدفاع الكوري الشمالي، نو كوانغ تشول، إن التعاون يتزايد.', 'No Kwang Chol', 'KP', /Minister of Defence/],
    ['وقالت المتحدثة باسم مجلس الأمن القومي الأميركي أدريان واتسون إن المحادثات تتقدم.', 'Adrienne Watson', 'US', /spokesperson/],
    ['وصل الأدميرال الكوري الجنوبي كيم ميونج سو إلى طوكيو.', 'Kim Myung-soo', 'KR', /Joint Chiefs/],
    // Known since the lexicon grew to 1,200 officials: found by the lexicon, canonical name and role.
    ['قال وزير الخارجية التركي مولود تشاووش أوغلو إن بلاده مستعدة.', 'Mevlut Cavusoglu', 'TR', /Foreign Affairs/],
    ['وقال قائد الجيش الباكستاني الجنرال أحمد رضا خان إن الوضع مستقر.', 'أحمد رضا خان', 'PK', /قائد/],
    ['التقى نائب وزير الخارجية الروسي ميخائيل بوغدانوف بالمسؤولين.', 'ميخائيل بوغدانوف', 'RU', /نائب وزير/],
    ['قال المحلل الإقليمي جيمس براون إن الاجتماع مهم.', 'جيمس براون', null, /المحلل/],
    ['قال رئيس أركان الجيش المصري الفريق أحمد فتحي خليفة إن الوضع مستقر.', 'Ahmed Fathy Khalifa', 'EG', /Chief of Staff/],
    ['وقال وزير الدفاع السوداني الفريق الطيب بن علي إن القوات جاهزة.', 'الطيب بن علي', 'SD', /وزير الدفاع/],
  ];
  for (const [text, name, country, role] of cases) {
    test(name, () => {
      const p = person(text, name);
      assert.ok(p, `no person ${name}`);
      assert.equal(p.countryCode ?? null, country);
      assert.match(p.role ?? '', role);
    });
  }
  test('a name stops at punctuation, verbs and known words', () => {
    const x = extractText('قال وزير الدفاع الهندي راجيف كومار، إن الهند ستشارك.');
    assert.ok(x.entities.some((e) => e.nameAr === 'راجيف كومار'));
    assert.ok(!x.entities.some((e) => /إن|الهند/.test(e.nameAr ?? '') && e.type === 'Person'));
  });
  test('a shortened Korean name joins the known person with the same first and last word', () => {
    const x = extractText('أجرى الوزير محادثات مع نظيره الكوري الشمالي تشوي هوي.');
    assert.ok(x.entities.some((e) => e.name === 'Choe Son Hui'));
  });
  test('spelling variants of one person are one entity', () => {
    const a = extractText('وصل وزير الخارجية الروسي سيرغي لافروف إلى بيونغ يانغ.');
    const b = extractText('وصل وزير الخارجية الروسي سيرجي لافروف إلى بيونج يانج.');
    const id = (x: typeof a) => x.entities.find((e) => e.type === 'Person')!.id;
    assert.equal(id(a), id(b));
    assert.equal(a.entities.find((e) => e.type === 'Person')!.name, 'Sergey Lavrov');
  });
  test('an unknown person gets a stable id from the normalised Arabic name', () => {
    const a = extractText('قال وزير الدفاع الهندي راجيف كومار إن الهند مستعدة.');
    const b = extractText('وقال وزير الدفاع الهندي راجيفْ كومار إن الهند مستعدة.');
    const id = (x: typeof a) => x.entities.find((e) => e.nameAr?.startsWith('راجيف'))!.id;
    assert.equal(id(a), id(b));
  });
});

describe('coreference inside an article', () => {
  test('a later surname refers to the person introduced before', () => {
    const x = extractText('وصل وزير الخارجية الياباني يوشيماسا هاياشي إلى سيول.\nوقال هاياشي إن الزيارة مهمة.\nثم وصل هاياشي إلى بكين يوم السبت.');
    const people = x.entities.filter((e) => e.type === 'Person');
    assert.equal(people.length, 1);
    assert.ok(x.facts.some((f) => f.predicate === 'VISITED' && f.object === 'country:CN' && f.subject === people[0]!.id));
  });
  test('two Browns: the general goes to the general, the analyst stays the analyst', () => {
    const x = extractText(
      'التقى رئيس هيئة الأركان المشتركة الأمريكية الجنرال سي كيو براون بنظيره الياباني في طوكيو.\nقال المحلل جيمس براون إن الاجتماع مهم.\nوقال براون، وهو أستاذ، إن الأمر جديد.\nوقال الجنرال براون إنه سيزور سيول في أغسطس المقبل.',
      '2024-07-18',
    );
    const general = x.entities.find((e) => e.name === 'Charles Q. Brown')!;
    const analyst = x.entities.find((e) => e.nameAr === 'جيمس براون')!;
    assert.ok(general && analyst);
    assert.ok(x.facts.some((f) => f.predicate === 'VISITED' && f.subject === general.id && f.object === 'country:KR' && f.status === 'planned'));
    assert.ok(!x.facts.some((f) => f.subject === analyst.id && f.predicate === 'OFFICIAL_OF'));
    assert.ok(x.entities.find((e) => e.id === analyst.id)!.aliases.includes('براون'));
  });
  test('a title without a name refers to the official named before', () => {
    const x = extractText('قال وزير الدفاع الروسي أندريه بيلوسوف إن التعاون يتعمق.\nووصل وزير الدفاع الروسي إلى بيونغ يانغ يوم الجمعة.', '2024-11-29');
    assert.ok(x.facts.some((f) => f.predicate === 'VISITED' && f.subject === 'person:andrei-belousov' && f.object === 'country:KP' && f.date === '2024-11-29'));
  });
  test('an unresolvable surname stays unresolved', () => {
    const x = extractText('ووصل كوماروف إلى طهران أمس.');
    assert.equal(x.facts.filter((f) => f.predicate === 'VISITED').length, 0);
  });
});
