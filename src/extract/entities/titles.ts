import type { Lexicon } from '../lexicon/lexicon.ts';
import type { OfficeKind } from '../lexicon/load.ts';
import { phraseKey } from '../text/normalize.ts';
import type { Token } from '../text/tokenize.ts';
import { EPITHET, PARTY } from './name-shapes.ts';

export interface TitlePhrase {
  from: number;
  /** First token after the title, its qualifiers and nationality. */
  to: number;
  roleClass: string;
  role: string;
  country: string | null;
  former: boolean;
  /** The conjunction glued to the title's first word ("ووزير"), left out of roleKey. */
  prefix: string;
  /** Tokens of the office itself, before qualifiers, ranks and nationality. */
  headLength: number;
}

/**
 * A title as a lookup key: the office itself, without a leading conjunction or the ranks and
 * honorifics that may follow it ("ووزير الدفاع" and "وزير الدفاع الشيخ" are the key of "وزير الدفاع").
 */
export function roleKey(t: TitlePhrase, tokens: Token[]): string {
  const words = tokens.slice(t.from, t.from + t.headLength).map((w) => w.key);
  words[0] = words[0]!.slice(t.prefix.length);
  return words.join(' ');
}

/** "تركي بن بندر": the word at j is followed by بن / بنت, so it opens a chained name, whatever else it spells. */
export const opensChainedName = (tokens: Token[], j: number): boolean => /^(بن|بنت)$/.test(tokens[j + 1]?.key ?? '');

/** Nationality adjectives that are also common words ("المالي": Malian or financial), read only after a title of state. */
const TITLE_ONLY_NISBA: Record<string, string> = { المالي: 'ML', المالية: 'ML' };
const STATE_WORD = /^(دوله|جمهوريه|مملكه|سلطنه|اماره)$/;
const BY_STATE = /^(بال|لل)(دوله|جمهوريه|مملكه|سلطنه|اماره)$/;
const BARE_MINISTER = /^[وفبل]?(وزير|وزيره)$/;
const MAX_PORTFOLIO_WORDS = 3;

const CLASS_ORDER = ['foreign', 'defence', 'spokes', 'military', 'head', 'counterpart', 'minister', 'civilian'];

/** The longest title starting at token i, in any class. */
function matchTitle(tokens: Token[], i: number, lx: Lexicon, clitics: boolean): { length: number; cls: string; prefix: string } | null {
  if (!lx.anyTitle.match(tokens, i, clitics)) return null;
  let best: { length: number; cls: string; prefix: string } | null = null;
  for (const cls of CLASS_ORDER) {
    const m = lx.titles.get(cls)?.match(tokens, i, clitics);
    // Only a conjunction, ل or ب may stand before a title that opens a mention ("التقى بالرئيس الفرنسي"،
    // "بنظيريهما الأستراليين"): "لل" + title is "for the ...".
    if (m && m.prefix !== '' && m.prefix !== 'و' && m.prefix !== 'ف' && m.prefix !== 'ل' && m.prefix !== 'ب') continue;
    if (m && (!best || m.length > best.length)) best = { length: m.length, cls, prefix: m.prefix };
  }
  return best;
}

/**
 * Reads a title phrase: "وزير الدفاع الكوري الشمالي"، "رئيس هيئة الأركان المشتركة الأمريكية الجنرال"،
 * "المتحدثة باسم مجلس الأمن القومي الأميركي"، "زعيم كوريا الشمالية". The nationality is the first
 * country named or implied (nisba, genitive name, a national organisation) inside the phrase.
 */
export function readTitle(tokens: Token[], i: number, lx: Lexicon): TitlePhrase | null {
  const head = matchTitle(tokens, i, lx, true);
  if (!head) return null;
  let j = i + head.length;
  // "وزير النفط الإيراني"، "وزيرة التجارة والصناعة": the portfolio of a bare minister title is part of it,
  // also of a deputy's ("مساعد وزير الحرب الأمريكي").
  if (head.length <= 2 && BARE_MINISTER.test(tokens[i + head.length - 1]!.key) && (head.length === 1 || /^[وفبل]?(نائب|مساعد|وكيل)$/.test(tokens[i]!.key))) {
    for (let n = 0; n < MAX_PORTFOLIO_WORDS && /^و?ال/.test(tokens[j]?.key ?? '') && !lx.matchEntity(tokens, j) && !lx.anyTitle.match(tokens, j); n++) j++;
  }
  let roleClass = head.cls;
  let country: string | null = null;
  let former = false;
  for (let steps = 0; steps < 12 && j < tokens.length; steps++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    // "زعيم القومية الصومالية في كينيا": a community's nationality is no state the title serves.
    if (/^(ال)?(قوميه|جاليه|اقليه|طائفه|عرقيه)$/.test(t.key)) break;
    // "وزير الدفاع في مملكة البحرين": في before a state's formal name still names the office's state.
    // "وزير خارجية جمهورية السودان": the state's formal word before its name, with or without في.
    // "وزير الخارجية بالمملكة المغربية": ب + the state's formal word, with its article, before its nisba.
    const skip = t.key === 'في' && STATE_WORD.test(tokens[j + 1]?.key ?? '') ? 1 : (STATE_WORD.test(t.key) || BY_STATE.test(t.key)) && !lx.matchEntity(tokens, j) ? 0 : -1;
    const formal = skip >= 0 ? lx.matchEntity(tokens, j + 1) : null;
    if (formal && !formal.prefix && lx.entity(formal.entry.entityId)?.type === 'Country') {
      country ??= lx.entity(formal.entry.entityId)!.code ?? null;
      j += 1 + formal.length;
      continue;
    }
    // "السفير الأمريكي لدى بلاده ستيفن فاجن"، "سفير روسيا لدى الأمم المتحدة": where an envoy is posted is part of his title.
    // "سفير فرنسا المعتمد لدى موريتانيا X": accredited to.
    if (/^المعتمد[هة]?$/.test(t.key) && tokens[j + 1]?.key === 'لدي' && /سفير|مندوب|مبعوث/.test(tokens[i]!.key)) {
      j++;
      continue;
    }
    // "سفير جمهورية الهند الصديقة لدى السلطنة X": a friendly epithet on the envoy's state, then where he is posted.
    if (EPITHET.test(t.key) && country && /سفير|مندوب|مبعوث/.test(tokens[i]!.key) && /^(لدي|الي)$/.test(tokens[j + 1]?.key ?? '')) {
      j++;
      continue;
    }
    // ("سفير تركيا إلى قطر X": posted "to" a country, named.)
    if ((t.key === 'لدي' || (t.key === 'الي' && lx.matchEntity(tokens, j + 1))) && /سفير|مندوب|مبعوث/.test(tokens[i]!.key) && tokens[j + 1]?.kind === 'word') {
      const posted = lx.matchEntity(tokens, j + 1);
      j += 1 + (posted ? posted.length : 1);
      continue;
    }
    // "السفير الإيراني في العراق X"، "سفير بريطانيا بتونس X": in the country he is posted to.
    if ((t.key === 'في' || t.key.startsWith('ب')) && /سفير/.test(tokens[i]!.key) && country) {
      const at = t.key === 'في' ? j + 1 : j;
      const posted = lx.matchEntity(tokens, at);
      if (posted && posted.prefix === (t.key === 'في' ? '' : 'ب') && lx.entity(posted.entry.entityId)?.type === 'Country') {
        j = at + posted.length;
        continue;
      }
    }
    const entity = lx.matchEntity(tokens, j);
    if (entity) {
      const e = lx.entity(entity.entry.entityId)!;
      // "الفريق الركن تركي بن بندر": a nationality word before بن is the holder's given name.
      if (e.type === 'Person' || (entity.length === 1 && opensChainedName(tokens, j))) break;
      // A preposition in front of a country starts a new phrase ("الرئيس في روسيا"), except ل of possession.
      // "وزير الدولة لشؤون الدفاع بدولة الإمارات" names the state with ب + دولة/جمهورية/مملكة.
      const stateWord = entity.prefix === 'ب' && /^(ب|بال)(دوله|جمهوريه|مملكه|سلطنه|اماره)/.test(t.key);
      if (entity.prefix && entity.prefix !== 'ل' && !stateWord) break;
      if (e.type === 'Country') country ??= e.code ?? null;
      else if (e.type === 'Organization') country ??= e.countryCode ?? null;
      else break;
      j += entity.length;
      continue;
    }
    // "وزير الدفاع المالي": inside a title of state, "المالي" is Malian, not financial.
    const inTitle = TITLE_ONLY_NISBA[t.key];
    if (inTitle && roleClass !== 'minister' && roleClass !== 'civilian') {
      country ??= inTitle;
      j++;
      continue;
    }
    const more = matchTitle(tokens, j, lx, false);
    if (more && (more.cls === 'military' || more.cls === 'head')) {
      if (roleClass === 'minister' || roleClass === 'counterpart') roleClass = more.cls;
      j += more.length;
      continue;
    }
    if (lx.words.oldness.has(t)) {
      former ||= /سابق|اسبق/.test(t.norm);
      j++;
      continue;
    }
    if (lx.words.office.has(t, true)) {
      j++;
      continue;
    }
    const org = country === null ? organisationBeforeNisba(tokens, i, j, lx) : -1;
    if (org > j) {
      // "رئيس الحزب الديمقراطي الليبي": a party's head holds no office of state.
      if (PARTY.test(t.key)) roleClass = 'civilian';
      j = org;
      continue;
    }
    break;
  }
  const role = tokens.slice(i, j).map((t) => t.text).join(' ');
  return { from: i, to: j, roleClass, role, country, former, prefix: head.prefix, headLength: head.length };
}

/** Heads that govern the body they lead: "قائد قيادة العمليات الخاصة الأميركية"، "رئيس جهاز المخابرات العامة المصرية". */
const CONSTRUCT_HEAD = /^[وف]?(قائد|قائده|رئيس|رئيسه|مدير|مديره|امين)$/;
const MAX_ORGANISATION_WORDS = 4;

/**
 * The body an office heads, named between the head and the body's nationality: where the words after
 * "قائد" / "رئيس" reach a nationality adjective within a few nouns, they are the office's name, and the
 * nationality is the office's. Returns the index of that adjective, or -1.
 */
function organisationBeforeNisba(tokens: Token[], head: number, j: number, lx: Lexicon): number {
  if (!CONSTRUCT_HEAD.test(tokens[head]!.key)) return -1;
  for (let k = j; k < Math.min(tokens.length, j + MAX_ORGANISATION_WORDS + 1); k++) {
    const t = tokens[k]!;
    const entity = lx.matchEntity(tokens, k);
    // "السعودية" is the country's name and its feminine adjective: after a body's name it is the adjective.
    const adjective = entity && (entity.entry.kind === 'nisba' || (entity.entry.kind === 'name' && /^ال.*يه$/.test(t.key)));
    if (entity) return k > j && adjective && !entity.prefix ? k : -1;
    if (t.kind !== 'word' || t.key.length < 3 || t.key.startsWith('و') || lx.words.stopwords.has(t) || lx.anyTitle.match(tokens, k)) return -1;
  }
  return -1;
}

/** The office a title names, for the lexicon's dated terms: deputies and former holders name none. */
export function officeOfTitle(title: TitlePhrase): OfficeKind | null {
  let byRole = OFFICE_MEMO.get(title.roleClass);
  if (!byRole) OFFICE_MEMO.set(title.roleClass, (byRole = new Map()));
  let office = byRole.get(title.role);
  if (office === undefined) {
    if (byRole.size > 10_000) byRole.clear();
    byRole.set(title.role, (office = officeOfRole(title)));
  }
  return office;
}
/** Offices by class and role text: the same titles recur in every article. */
const OFFICE_MEMO = new Map<string, Map<string, OfficeKind | null>>();

function officeOfRole(title: TitlePhrase): OfficeKind | null {
  const role = phraseKey(title.role);
  if (/نائب|مساعد|سابق/.test(role)) return null;
  if (title.roleClass === 'foreign') return 'foreign_minister';
  if (title.roleClass === 'defence') return 'defence_minister';
  if (title.roleClass === 'military') return /اركان/.test(role) ? 'chief_of_staff' : null;
  if (title.roleClass !== 'head') return null;
  // The head of a parliament, a region or a staff is not the head of state.
  if (/مجلس (الامه|الشعب|النواب|الشيوخ|الشوري)|البرلمان|الاقليم|اقليم|هيئه|الاركان/.test(role)) return null;
  if (/(ال)?وزراء|(ال)?حكومه/.test(role)) return 'head_of_government';
  return /^(ال)?(رئيس|ملك|امير|سلطان|عاهل)( |$)/.test(role) && !/ولي العهد/.test(role) ? 'head_of_state' : null;
}
