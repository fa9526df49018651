import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, factLines } from './helpers/extract.ts';

// Each row: sentence(s), published date, facts that must come out ("PRED s o date status"), facts that must not.
type Row = [string, string, string[], string[]?];

const check = (rows: Row[]) => {
  for (const [text, published, want, never = []] of rows) {
    test(text.slice(0, 70), () => {
      const lines = factLines(extractText(text, published)).filter((l) => !l.startsWith('OFFICIAL_OF'));
      for (const w of want) assert.ok(lines.includes(w), `missing ${w}\n got: ${lines.join(' | ')}`);
      for (const n of never) assert.ok(!lines.some((l) => l.startsWith(n)), `unexpected ${n}\n got: ${lines.join(' | ')}`);
    });
  }
};

describe('VISITED cues', () => check([
  ['وصل وزير الخارجية الإيراني عباس عراقجي إلى موسكو أمس الخميس.', '2025-04-18', ['VISITED Abbas Araghchi RU 2025-04-17 occurred']],
  ['زار الرئيس الفرنسي إيمانويل ماكرون الهند يوم الأحد.', '2024-01-29', ['VISITED Emmanuel Macron IN 2024-01-28 occurred']],
  ['يتوجه رئيس الوزراء الهندي ناريندرا مودي إلى واشنطن الأسبوع المقبل.', '2025-02-05', ['VISITED Narendra Modi US 2025-02 planned']],
  ['ومن المقرر أن يزور الرئيس الصيني شي جين بينغ روسيا في مايو المقبل.', '2024-12-01', ['VISITED Xi Jinping RU 2025-05 planned']],
  ['سيزور وزير الدفاع الأمريكي لويد أوستن طوكيو في يوليو.', '2024-06-10', ['VISITED Lloyd Austin JP 2024-07 planned']],
  ['وقد يزور الزعيم الكوري الشمالي كيم جونغ أون روسيا.', '2023-09-05', ['VISITED Kim Jong Un RU - possible']],
  ['خلال زيارته لكوريا الشمالية في يوليو، اقترح وزير الدفاع الروسي سيرغي شويغو إجراء تدريبات.', '2023-09-05', ['VISITED Sergei Shoigu KP 2023-07 occurred']],
  ['وصل وزير الخارجية الروسي سيرغي لافروف إلى جزيرة جيجو.', '2025-07-12', ['VISITED Sergey Lavrov Jeju Island 2025-07-12 occurred', 'VISITED Sergey Lavrov KR 2025-07-12 occurred']],
  ['وعاد وزير الخارجية الروسي سيرغي لافروف إلى موسكو.', '2025-07-12', [], ['VISITED']], // home is not a visit
  ['لم يزر الرئيس الأمريكي جو بايدن الصين.', '2024-01-01', [], ['VISITED']], // negated
  ['قال الرئيس الأمريكي جو بايدن إن الصواريخ قادرة على الوصول إلى اليابان.', '2024-01-01', [], ['VISITED']],
]));

describe('MET cues and meeting events', () => check([
  ['التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في سوتشي يوم الاثنين.', '2023-09-05', ['MET Recep Tayyip Erdogan Vladimir Putin 2023-09-04 occurred', 'VISITED Recep Tayyip Erdogan RU 2023-09-04 occurred']],
  ['وأجرى وزير الخارجية الصيني وانغ يي محادثات مع نظيره الأمريكي أنتوني بلينكن.', '2024-04-26', ['MET Antony Blinken Wang Yi 2024-04-26 occurred']],
  ['الاتفاق الذي وقعه الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون خلال لقائهما في يونيو الماضي.', '2024-11-29', ['MET Kim Jong Un Vladimir Putin 2024-06 occurred']],
  ['استضاف الزعيم الكوري الشمالي كيم جونغ أون في العام الماضي وفدا روسيا بقيادة وزير الدفاع السابق سيرغي شويغو.', '2024-11-29', ['MET Kim Jong Un Sergei Shoigu 2023 occurred', 'VISITED Sergei Shoigu KP 2023 occurred']],
  ['ويعتزم الرئيس الصيني شي جين بينغ لقاء نظيره الروسي فلاديمير بوتين في سبتمبر المقبل.', '2025-06-01', ['MET Vladimir Putin Xi Jinping 2025-09 planned']],
  ['قال الرئيس الأمريكي جو بايدن إن الاجتماع بين اليابان وكوريا الجنوبية كان مهما في عهد الرئيس الكوري الجنوبي يون سوك يول.', '2024-07-18', [], ['MET']],
  ['استقبل ولي العهد السعودي الأمير محمد بن سلمان، الثلاثاء، وزير الخارجية الأميركي ماركو روبيو في الرياض.', '2025-05-14', ['MET Marco Rubio Mohammed bin Salman 2025-05-13 occurred', 'VISITED Marco Rubio SA 2025-05-13 occurred']],
  ['زار الرئيس الأوكراني فولوديمير زيلينسكي واشنطن، الجمعة، حيث التقى نظيره الأميركي دونالد ترامب، في ثالث لقاء بينهما هذا العام.', '2025-10-18', ['MET Donald Trump Volodymyr Zelensky 2025-10-17 occurred', 'VISITED Volodymyr Zelensky US 2025-10-17 occurred']],
  ['وفي الدوحة، استقبل أمير قطر الشيخ تميم بن حمد آل ثاني وزير الخارجية المصري بدر عبد العاطي.', '2025-07-07', ['MET Badr Abdelatty Tamim bin Hamad Al Thani 2025-07-07 occurred', 'VISITED Badr Abdelatty QA 2025-07-07 occurred']],
  ['وتزامنت الدورية مع زيارة يقوم بها الرئيس الفلبيني فرديناند ماركوس الابن إلى نيودلهي، حيث يلتقي رئيس الوزراء ناريندرا مودي الثلاثاء.', '2025-08-04', ['MET Ferdinand Marcos Jr. Narendra Modi 2025-08-05 planned']],
  ['أجرى وزير الدفاع الأميركي بيت هيغسيث اتصالاً هاتفياً مع نظيره الإسرائيلي يسرائيل كاتس، بحثا خلاله التطورات في قطاع غزة.', '2025-05-14', ['MET Israel Katz Pete Hegseth 2025-05-14 occurred'], ['VISITED']],
]));

describe('DEPLOYED_TROOPS_TO cues', () => check([
  ['أرسلت كوريا الشمالية أكثر من 10 آلاف جندي إلى روسيا.', '2024-11-29', ['DEPLOYED_TROOPS_TO KP RU - occurred']],
  ['أعلن الرئيس التركي رجب طيب أردوغان أن بلاده بدأت إرسال جنود إلى ليبيا.', '2020-01-06', ['DEPLOYED_TROOPS_TO TR LY - occurred']],
  // A parliament's approval is a deployment to come (as the dev corpus annotates it), not troops on the ground.
  ['وافق البرلمان على نشر قوات تركية في ليبيا.', '2020-01-06', ['DEPLOYED_TROOPS_TO TR LY - planned']],
  ['ربما تستعد كوريا الشمالية لنشر قوات إضافية في روسيا.', '2025-07-12', ['DEPLOYED_TROOPS_TO KP RU - possible']],
  // Troops where they are, with no date of their sending, are there as of the report (its month).
  ['ويقاتل جنود كوريون شماليون في روسيا منذ أشهر.', '2025-01-10', ['DEPLOYED_TROOPS_TO KP RU 2025-01 occurred']],
  ['ولم ترسل اليابان أي قوات إلى المنطقة.', '2024-12-01', [], ['DEPLOYED']],
  ['وقال مسؤولون إن موسكو أرسلت مئات من العناصر إلى ليبيا ومالي والنيجر.', '2025-03-10', ['DEPLOYED_TROOPS_TO RU LY - occurred', 'DEPLOYED_TROOPS_TO RU ML - occurred', 'DEPLOYED_TROOPS_TO RU NE - occurred']],
  ['تقاتل روسيا ضد أوكرانيا منذ 2022 بقواتها.', '2024-12-01', [], ['DEPLOYED']],
]));

describe('SUPPLIED_ARMS_TO cues', () => check([
  ['وتزود كوريا الشمالية روسيا بآلاف الجنود والذخائر.', '2025-07-12', ['SUPPLIED_ARMS_TO KP RU - occurred', 'DEPLOYED_TROOPS_TO KP RU 2025-07 occurred']],
  ['يعتقد أن روسيا زودت كوريا الشمالية بأنظمة صواريخ دفاع جوي.', '2024-11-29', ['SUPPLIED_ARMS_TO RU KP - possible']],
  ['في مقابل نقل روسيا المحتمل لتكنولوجيا عسكرية حساسة إلى كوريا الشمالية.', '2025-07-12', ['SUPPLIED_ARMS_TO RU KP - possible']],
  ['وأفاد التقرير بأن إيران أرسلت طائرات مسيرة إلى الجيش السوداني.', '2024-05-10', ['SUPPLIED_ARMS_TO IR SD - occurred']],
  ['وتعد فرنسا ثاني أكبر مورد للأسلحة إلى الهند.', '2025-03-22', ['SUPPLIED_ARMS_TO FR IN - occurred']],
  ['في إطار المفاوضات بهدف إمداد موسكو بأسلحة كورية شمالية.', '2023-09-05', ['SUPPLIED_ARMS_TO KP RU - planned']],
  ['وحصلت أوكرانيا على صواريخ من ألمانيا.', '2024-05-01', ['SUPPLIED_ARMS_TO DE UA - occurred']],
  ['قدمت اليابان مساعدات إنسانية إلى أوكرانيا.', '2024-05-01', [], ['SUPPLIED']],
  ['وتعتزم الولايات المتحدة بيع المملكة العربية السعودية مقاتلات من طراز إف-35.', '2025-05-14', ['SUPPLIED_ARMS_TO US SA - planned']],
  ['وأعلنت وزارة الدفاع الألمانية أن برلين ستسلم أوكرانيا منظومتي دفاع جوي.', '2025-10-18', ['SUPPLIED_ARMS_TO DE UA - planned']],
  ['وكانت تركيا قد زودت حكومة طرابلس بطائرات مسيرة عام 2020.', '2025-03-10', ['SUPPLIED_ARMS_TO TR LY 2020 occurred']],
]));

describe('JOINT_EXERCISE cues', () => check([
  ['أجرت الولايات المتحدة وكوريا الجنوبية واليابان مناورات عسكرية مشتركة أمس الجمعة.', '2025-07-12', ['JOINT_EXERCISE KR US 2025-07-11 occurred', 'JOINT_EXERCISE JP KR 2025-07-11 occurred', 'JOINT_EXERCISE JP US 2025-07-11 occurred']],
  ['بدأت البحريتان الهندية والفرنسية، يوم الأربعاء، مناورات بحرية مشتركة في بحر العرب.', '2025-03-22', ['JOINT_EXERCISE FR IN 2025-03-19 occurred']],
  ['روسيا قد تنظم مناورة بحرية مشتركة مع كوريا الشمالية والصين', '2023-09-05', ['JOINT_EXERCISE CN KP - possible', 'JOINT_EXERCISE CN RU - possible', 'JOINT_EXERCISE KP RU - possible']],
  ['ستجري كوريا الجنوبية تدريبات مشتركة مع الولايات المتحدة في أغسطس المقبل.', '2023-04-27', ['JOINT_EXERCISE KR US 2023-08 planned']],
  ['نفذت قاذفات استراتيجية صينية وروسية دورية جوية مشتركة قرب اليابان أمس السبت.', '2024-12-01', ['JOINT_EXERCISE CN RU 2024-11-30 occurred'], ['JOINT_EXERCISE CN JP', 'JOINT_EXERCISE JP']],
  ['أجرت الصين مناورات عسكرية حول تايوان.', '2024-10-15', [], ['JOINT_EXERCISE']], // not joint: Taiwan is the target
  // Last week (Saturday 28 June to Friday 4 July) is the month most of its days fall in.
  ['وأجرت القوات الأميركية والإسرائيلية الأسبوع الماضي مناورات جوية مشتركة فوق البحر المتوسط.', '2025-07-07', ['JOINT_EXERCISE IL US 2025-07 occurred']],
  ['ويُتوقع أن تجري القوات البحرية السعودية والأميركية تدريبات مشتركة في البحر الأحمر الشهر المقبل.', '2025-05-14', ['JOINT_EXERCISE SA US 2025-06 planned']],
  ['أجرت كوريا الجنوبية والولايات المتحدة مناورات لمواجهة التهديدات من كوريا الشمالية.', '2024-10-15', ['JOINT_EXERCISE KR US 2024-10-15 occurred'], ['JOINT_EXERCISE KP', 'JOINT_EXERCISE KR KP']],
  ['قال وزير الدفاع الروسي سيرغي شويغو إن هناك مناقشات حول إجراء مناورات عسكرية مشتركة مع كوريا الشمالية.', '2023-09-05', ['JOINT_EXERCISE KP RU - possible']],
]));

describe('events merge across sentences', () => {
  test('a planned event is dated by the later date its sentence gives, not by the day of the announcement', () => {
    const x = extractText('أعلنت وزارة الدفاع المغربية اليوم الثلاثاء أن المناورات المغربية الموريتانية المشتركة ستجرى في نوفمبر المقبل.', '2025-03-25');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE MA MR 2025-11 planned']);
  });
  test('"the drills held yesterday" dates the exercise named earlier', () => {
    const x = extractText('أجرت الهند وفرنسا مناورات بحرية مشتركة.\nوقالت البحرية الهندية إن المناورات التي جرت أمس الاثنين كانت ناجحة.', '2025-03-25');
    assert.deepEqual(factLines(x, 'JOINT_EXERCISE'), ['JOINT_EXERCISE FR IN 2025-03-24 occurred']);
    assert.equal(x.events.length, 1);
    assert.equal(x.events[0]!.evidence.length, 2);
  });
  test('"the three countries" is the last list of three', () => {
    const x = extractText('اجتمع قادة من كوريا الجنوبية والولايات المتحدة واليابان في سيول.\nيوم الجمعة أيضا، نظمت الدول الثلاث تدريبات جوية ثلاثية.', '2025-07-11');
    assert.equal(factLines(x, 'JOINT_EXERCISE').length, 3);
  });
  test('a past drill and a proposed one are different events', () => {
    const x = extractText('أجرت روسيا والصين دوريات مشتركة.\nواقترحت روسيا إجراء مناورات مشتركة مع الصين.', '2023-09-05');
    assert.equal(x.events.length, 2);
  });
});

describe('OFFICIAL_OF', () => {
  test('every official named gets OFFICIAL_OF with the role; others do not', () => {
    const x = extractText('قال وزير الدفاع الهندي راجيف كومار والمحلل جون سميث إن الرئيس الأمريكي دونالد ترامب سيزور الهند.', '2025-01-01');
    const lines = factLines(x, 'OFFICIAL_OF');
    assert.ok(lines.some((l) => l.startsWith('OFFICIAL_OF راجيف كومار IN')));
    assert.ok(lines.some((l) => l.startsWith('OFFICIAL_OF Donald Trump US')));
    assert.ok(!lines.some((l) => l.includes('جون سميث')));
    const f = x.facts.find((f) => f.predicate === 'OFFICIAL_OF' && f.subject.includes('كومار'))!;
    assert.match(f.role ?? '', /وزير الدفاع/);
  });
});
