// Synthetic Arabic news articles from templates, for benchmarks: varied countries, officials, cues and dates.
const COUNTRIES = [
  ['روسيا', 'الروسي'], ['الصين', 'الصيني'], ['إيران', 'الإيراني'], ['تركيا', 'التركي'], ['الهند', 'الهندي'], ['فرنسا', 'الفرنسي'],
  ['اليابان', 'الياباني'], ['كوريا الجنوبية', 'الكوري الجنوبي'], ['كوريا الشمالية', 'الكوري الشمالي'], ['مصر', 'المصري'], ['السودان', 'السوداني'], ['ليبيا', 'الليبي'],
] as const;
const FIRST = ['أحمد', 'سيرغي', 'لي', 'جون', 'كارلوس', 'علي', 'ماريا', 'هيروشي', 'راجيف', 'مولود', 'بيير', 'كيم'];
const LAST = ['كومار', 'ناكامورا', 'بتروف', 'ديفيس', 'يلدز', 'حسن', 'دوبوا', 'تشانغ', 'سميرنوف', 'رضائي', 'سينغ', 'بارك'];
const DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'];

function pick<T>(xs: readonly T[], n: number): T {
  return xs[n % xs.length]!;
}

/** The countries, people and weekday of article n, drawn the same way from either language's words. */
export function castOf(n: number, words: { countries: readonly (readonly [string, string])[]; first: readonly string[]; last: readonly string[]; days: readonly string[] }) {
  const [a, an] = pick(words.countries, n);
  const [b, bn] = pick(words.countries, n * 7 + 3);
  const [c] = pick(words.countries, n * 5 + 1);
  const person = (k: number, l: number) => `${pick(words.first, k)} ${pick(words.last, l)}`;
  return { a, an, b, bn, c, p1: person(n, n * 3), p2: person(n * 11 + 2, n * 13 + 5), analyst: person(n + 4, n + 7), day: pick(words.days, n) };
}

export function syntheticArticle(n: number): { text: string; published: string } {
  const { a, an, b, bn, c, p1, p2, analyst, day } = castOf(n, { countries: COUNTRIES, first: FIRST, last: LAST, days: DAYS });
  const text = [
    `وزير الخارجية ${an} يصل إلى ${b} في زيارة رسمية`,
    '',
    `وصل وزير الخارجية ${an} ${p1} إلى ${b}، أمس ${day}، في زيارة رسمية تستغرق يومين.`,
    `والتقى ${p1.split(' ')[1]} نظيره ${bn} ${p2} في مقر وزارة الخارجية، حيث بحث الجانبان التعاون العسكري.`,
    `وكانت ${a} و${c} قد أجرتا مناورات بحرية مشتركة في الشهر الماضي، وفق ما أعلنت وزارة الدفاع.`,
    `وتتهم تقارير غربية ${a} بتزويد ${b} بطائرات مسيرة وذخائر، وهو ما تنفيه الحكومة.`,
    `ومن المقرر أن ترسل ${c} قوات إضافية إلى ${b} خلال العام المقبل، بحسب مصادر مطلعة.`,
    `وقال المحلل السياسي ${analyst} إن الزيارة تعكس تحولا في العلاقات بين البلدين.`,
    // Background paragraphs: real articles carry more context than facts.
    'وتأتي هذه التطورات في ظل تصاعد التوترات الإقليمية واستمرار الحرب، وسط دعوات دولية متكررة إلى ضبط النفس والعودة إلى طاولة المفاوضات، في وقت تشهد فيه المنطقة تحولات عميقة في موازين القوى.',
    `وأشار مراقبون إلى أن العلاقات بين ${a} و${b} شهدت خلال السنوات الأخيرة تقاربا ملحوظا في المجالات الاقتصادية والعسكرية والأمنية، وأن الجانبين وقعا عددا من الاتفاقيات التي تشمل التعاون في مجالات الطاقة والتكنولوجيا والنقل.`,
    'وأضاف المراقبون أن المرحلة المقبلة قد تشهد مزيدا من الخطوات العملية لتعزيز هذا التعاون، خاصة في ظل الضغوط الاقتصادية والعقوبات المفروضة على عدد من دول المنطقة، والتي دفعت الحكومات إلى البحث عن شركاء جدد.',
    'ويرى محللون أن هذه الزيارة تحمل رسائل سياسية متعددة، أبرزها التأكيد على استقلالية القرار الوطني والانفتاح على مختلف القوى الدولية، بعيدا عن سياسة المحاور التي طبعت المرحلة السابقة.',
    'وفي سياق متصل، أكدت مصادر دبلوماسية أن المباحثات تناولت أيضا ملفات إقليمية عدة، من بينها الأوضاع الإنسانية وأمن الملاحة البحرية ومكافحة الإرهاب، إلى جانب ملف اللاجئين وإعادة الإعمار.',
    'شاهد أيضاً: أخبار أخرى عن المنطقة',
    'شارك الخبر:',
  ].join('\n');
  return { text, published: publishedOf(n) };
}

/** A publication day spread over 2024, the same for article n of either language. */
export function publishedOf(n: number): string {
  return `2024-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
}
