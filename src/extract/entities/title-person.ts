import { isComma, type Token } from '../text/tokenize.ts';
import { phraseKey } from '../text/normalize.ts';
import type { Mention } from './mention.ts';
import { BODY, CONSTRUCT_HEAD_WORD, EPITHET, isLinked, NAMED_AFTER, OFFICE_HEAD, OPEN_QUOTE, PARTY, span, stemOf, WESTERN_RANK } from './name-shapes.ts';
import type { PersonNamer } from './person-namer.ts';
import { opensChainedName, readTitle, type TitlePhrase } from './titles.ts';

/** Five words hold a Gulf name with its family ("عبدالله علي عبدالله السالم الصباح"); chained names go on (isLinked). */
const MAX_NAME = 5;

/**
 * The person a title introduces, named after it: "وزير الخارجية الباكستاني X"، "الفريق أول X"،
 * "رئيس المجلس الانتقالي X". Words between title and name (a government, an epithet, honorifics, a
 * party or body) are stepped over; one name word may be the surname of someone named before.
 */
export function personAfterTitle(n: PersonNamer, toks: Token[], title: TitlePhrase, at: (i: number) => number): Mention | null {
  // "بمطار الرئيس موديبو كيتا الدولي": a place named after someone is no mention of him.
  if (NAMED_AFTER.test(toks[title.from - 1]?.key ?? '')) return null;
  let k = title.to;
  // "في دولة الكويت الشقيقة، X": a friendly epithet on the country closes the title.
  if (EPITHET.test(toks[k]?.key ?? '')) k++;
  // "وزير المالية في حكومة الإنقاذ X"، "وكيل وزارة الداخلية بحكومة تصريف الأعمال، X": the
  // government the office belongs to, with its adjectives ("تصريف الأعمال" too), comes before the name.
  const government = toks[k]?.key === 'في' && toks[k + 1]?.key === 'حكومه' ? k + 2 : toks[k]?.key === 'بحكومه' ? k + 1 : -1;
  if (government > 0) {
    for (k = government; k < government + 4 && (/^ال/.test(toks[k]?.key ?? '') || (k === government && /^ال/.test(toks[k + 1]?.key ?? ''))) && !n.lx.matchEntity(toks, k); k++);
  }
  if (isComma(toks[k]?.text)) {
    // "مع أحمد سالم، رئيس مجلس الوزراء، وكريم نبيل ...": after the comma, و opens the list's next person.
    // ("، والسيد X": an honorific carrying و opens the next person too.)
    if (/^و/.test(toks[k + 1]?.text ?? '') && !n.lx.words.honorifics.match(toks, k + 1, false)) return null;
    k++;
    // "قائد القيادة المركزية الأميركية، الجنرال جون سميث": a rank after the comma opens the name.
    const rank = title.country !== null ? readTitle(toks, k, n.lx) : null;
    if (rank && rank.roleClass === 'military' && rank.country === null && rank.to === k + rank.headLength) k = rank.to;
  }
  // An adjective may stand between title and name ("المحلل الإقليمي جيمس براون"), but an Arabic name
  // may itself open with the article ("السعيد شنقريحة"): only an ال- word shaped like a nisba is skipped.
  // ("بالمملكة المغربية الشقيقة X": the state's adjectives and a friendly epithet too.)
  // ("الرئيس العليمي": not a word that is the name of someone known or named before.)
  for (let skip = 0; skip < 3 && (/^ال.*(ي|يه)$/.test(toks[k]?.key ?? '') || EPITHET.test(toks[k]?.key ?? '')) && n.nameLike(toks[k]) && !n.personWord(toks, k); skip++) k++;
  // Honorifics and ranks between the office and the name: "وزير الخارجية سمو الأمير فيصل بن فرحان".
  for (let h = n.lx.words.honorifics.match(toks, k, false); h; h = n.lx.words.honorifics.match(toks, k, false)) k += h.length;
  // A quoted name: 'وزير الخارجية الباكستاني "..."'، «...»، “...”; the closing quote ends it.
  if (OPEN_QUOTE.test(toks[k]?.text ?? '') && toks[k + 1]?.kind === 'word') k++;
  // "رئيس الحزب الديمقراطي X": the party a title heads, with its adjectives, comes before the name.
  // A party's head holds no office of state.
  if (PARTY.test(toks[k]?.key ?? '')) {
    for (k++; k < title.to + 6 && /^ال/.test(toks[k]?.key ?? '') && !n.lx.matchEntity(toks, k); k++);
    title = { ...title, roleClass: 'civilian', country: null };
    // "ورئيس اتحاد الغرف التجارية السيد X": the honorific after the body opens the name.
    for (let h = n.lx.words.honorifics.match(toks, k, false); h; h = n.lx.words.honorifics.match(toks, k, false)) k += h.length;
  }
  // "رئيس المجلس الانتقالي X"، "رئيس الهيئة العليا X": the body a head leads, with its adjectives, comes
  // before the name; unlike a party's, its head holds an office.
  else if (CONSTRUCT_HEAD_WORD.test(toks[title.from + title.headLength - 1]?.key ?? '') && BODY.test(toks[k]?.key ?? '')) {
    for (k++; k < title.to + 5 && /^ال/.test(toks[k]?.key ?? '') && !n.lx.matchEntity(toks, k); k++);
  }
  // "للشؤون الأمنية والدولية دانيال زيمرمان": an adjective joined by و ends the title; the name follows.
  if (/^وال.*(ي|يه)$/.test(toks[k]?.key ?? '') && !toks[k + 1]?.key.startsWith('ال') && n.nameLike(toks[k + 1])) k++;
  const start = k;
  // "وزير الدفاع والإنتاج الحربي": a definite word joined by و continues the office, it names no one.
  // ("والتر شتاينماير" is a name: the word after it carries no article.)
  if (/^وال/.test(toks[start]?.key ?? '') && (toks[start + 1]?.key.startsWith('ال') || !n.nameLike(toks[start + 1]))) return null;
  while (k < toks.length && (k - start < MAX_NAME || isLinked(toks, k))) {
    // "ريتشارد مارليس وبيني وونج": after two name words, و opens the next person, known or not.
    // ("محمد الأمين ولد آبي": the Mauritanian "ولد", son of, goes on with the name.)
    if (k - start >= 2 && toks[k]!.key.startsWith('و') && toks[k]!.key !== 'ولد') break;
    const g = n.lx.matchEntity(toks, k);
    if (g) {
      const e = n.lx.entity(g.entry.entityId)!;
      // "الفريق الركن تركي بن بندر": a word that spells a nationality is a given name when بن follows it.
      const givenName = e.type !== 'Person' && g.length === 1 && opensChainedName(toks, k);
      if (e.type !== 'Person' && !givenName) break;
      // "سعيد بن محمد بن راشد آل مكتوم": a known person after بن is the father in a chained name, not the one named.
      const father = k > start && /^(بن|ابن|بنت)$/.test(toks[k - 1]!.key);
      // A known person, maybe written with a stray first word ("يoon Suk Yeol").
      if (!givenName && !father) return n.mention(e, title, start, n.chainEnd(toks, k + g.length), toks, at, 'title');
    }
    // After بن / أبو / عبد the next word is a name even when it spells a preposition ("بن علي").
    // "علي" spells the preposition على once normalised: inside a name it is the name ("عبدالله علي عبدالله").
    // Opening a name, "على" before a first name is Ali written with alif maqsura ("على محمد عمر").
    const ali = toks[k]!.key === 'علي' && (k > start ? /^عبد/.test(toks[k - 1]!.key) || /^(عبد|بن$)/.test(toks[k + 1]?.key ?? '') : n.lx.words.givenNames.hasKey(toks[k + 1]?.key ?? ''));
    const bound = (ali || (k > start && /^(بن|ابن|ابو|عبد)$/.test(toks[k - 1]!.key))) && toks[k]!.kind === 'word';
    if (!bound && !n.nameLike(toks[k])) break;
    if (k > start && n.lx.words.honorifics.hasKey(toks[k]!.key)) break;
    // "موسى فال مدير الأمن الوطني": an office's head word after the name starts his title.
    if (k - start >= 2 && OFFICE_HEAD.test(toks[k]!.key)) break;
    // "قال السفير X Y بأن ...": "that" after two name words ends the name ("بان" alone may open one).
    if (k - start >= 2 && /^بان(ه|ها|هم)?$/.test(toks[k]!.key)) break;
    k++;
  }
  const len = k - start;
  // Words that all carry the article are a phrase ("التطورات الأمنية"), not a name.
  // ("هيئة الموانئ والمناطق الحرة السيد/ ...": an honorific and a definite word joined by و are no name either.)
  // ("الرئيس العليمي": one such word that is the surname of someone named before is that person.)
  const surnameOnly = len === 1 && n.personWord(toks, start);
  if (len === 0 || (toks.slice(start, k).every((t) => /^و?ال/.test(t.key)) && !surnameOnly)) return null;
  // "الشيخ آل نهيان": the family name alone is the family's member named before, as a surname is.
  const family = len === 2 && toks[start]!.key === 'ال' && toks[start]!.text !== 'ال';
  if (len === 1 || family) {
    const p = n.registry.bySurname(stemOf(toks[start + len - 1]!), { country: title.country, official: title.roleClass !== 'civilian' });
    if (p) return n.mention(p.entity, title, start, k, toks, at, 'surname');
    // "العاهل الأردني الملك عبدالله": the first name of the office's holder then.
    const holder = len === 1 ? n.holders.named(title, phraseKey(span(toks, start, k))) : null;
    if (holder) return n.mention(holder, title, start, k, toks, at, 'title');
    // "الجنرال تاونسند،": a Western rank before one foreign word, the name ending there, names the man by his surname.
    const foreign = len === 1 && WESTERN_RANK.test(toks[start - 1]?.key ?? '') && !toks[start]!.key.startsWith('ال') && toks[start]!.key.length >= 4 && (!toks[k] || toks[k]!.kind === 'punct');
    return foreign ? n.mention(n.newPerson(toks, start, k, title), title, start, k, toks, at, 'pattern') : null;
  }
  return n.mention(n.newPerson(toks, start, k, title), title, start, k, toks, at, 'pattern');
}
