import type { Mention } from '../entities/mention.ts';
import { countriesOf, countryId, dateFor, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { SPEAKER } from '../entities/name-shapes.ts';
import { armsModelAt, armsModelIn } from './arms-models.ts';
import { clauseAt } from './clauses.ts';
import { evidence, type ArticleContext, type RawFact, type SentenceContext } from './context.ts';
import { negated, statusAt } from './modality.ts';

type CueKind = 'give' | 'send' | 'receive';

/**
 * SUPPLIED_ARMS_TO from three cue shapes, each with an arms noun within a few words:
 * give   "زودت روسيا كوريا الشمالية بأنظمة"، "إمداد موسكو بأسلحة كورية شمالية" (recipient is the object)
 * send   "نقل أسلحة ... إلى روسيا"، "تزود كوريا الشمالية بالذخيرة لروسيا" (recipient after إلى / ل)
 * receive "حصلت X على أسلحة من Y" (supplier after من).
 */
export function readSupplies(ctx: SentenceContext, art: ArticleContext): RawFact[] {
  const out: RawFact[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.cueAt.has(i)) continue;
    const receives = !!art.lx.cues.receiveArms!.match(toks, i);
    const sends = !!art.lx.cues.sendArms!.match(toks, i) && !(receives && receiverFollows(ctx, art, i));
    const kind: CueKind | null = art.lx.cues.giveArms!.match(toks, i) ? 'give' : sends ? 'send' : receives ? 'receive' : null;
    if (!kind || ctx.mentions.some((m) => i >= m.from && i < m.to)) continue;
    // A deal's terms (value, year) may stand between it and what it buys.
    const arms = findArms(ctx, art, i + 1, contentEnd(ctx, art, i + 1, DEAL.test(toks[i]!.key) ? 15 : 8));
    if (arms < 0) continue;
    const clause = clauseAt(ctx.clauses, i);
    if (negated(toks, i, clause[0], art.lx)) continue;
    const found = kind === 'receive' ? receivePair(ctx, art, i, arms, clause) : givePair(ctx, art, kind, i, arms, clause);
    const pair = found && !found[0] ? withMaker(ctx, art, found[1], arms) : found;
    if (!pair || !pair[0] || pair[0] === pair[1]) continue;
    // The date of a signed deal is the signing's, told in the past: it is read with the tense told.
    const told = statusAt(ctx, i, clause, art.lx);
    // An approval is told in the past even though the lexicon reads "وافق" as a plan: dated on its day.
    const approved = approvedOnly(ctx, i, clause);
    const status = (signedOnly(ctx, clause) || approved) && told !== 'possible' ? 'planned' : told;
    out.push({
      predicate: 'SUPPLIED_ARMS_TO', subject: countryId(pair[0]), object: countryId(pair[1]), status,
      date: dateFor(ctx, art, i, clause, approved && told === 'planned' ? 'occurred' : told, 'arms'), sentence: ctx.sentence.index,
      evidence: evidence(ctx, i, arms + 1), rule: `arms:${kind}:${toks[i]!.norm}`, confidence: 0.8,
    });
  }
  return out;
}

/**
 * "تسلم" is both "she hands over" and "he received": opening its clause with the receiving army or
 * state right after it ("تسلم الجيش اللبناني ... شحنة"), or taking from a country and sending to none,
 * it is the receipt.
 */
function receiverFollows(ctx: SentenceContext, art: ArticleContext, cue: number): boolean {
  // "برلين ستسلم أوكرانيا ...": with its subject before it, the verb hands over to the country after it.
  const clause = clauseAt(ctx.clauses, cue);
  if (placesIn(ctx, clause[0], cue, art).some((m) => m.kind !== 'nisba' && !prepositionBefore(ctx, m))) return false;
  const next = ctx.mentions.find((m) => m.from === cue + 1);
  if (next && next.type === 'Country' && next.kind !== 'nisba' && !next.prefix && countriesOf(next, art).length === 1) return true;
  // "تسلّم الحكام العسكريون في مالي ... الطائرات الحربية من روسيا": taken from a country, sent to none.
  const after = placesIn(ctx, cue + 1, Math.min(ctx.tokens.length, clause[1] + 6), art).filter((m) => m.kind !== 'nisba');
  return after.some((m) => prepositionBefore(ctx, m) === 'من') && !after.some((m) => ['الي', 'ل'].includes(prepositionBefore(ctx, m) ?? ''));
}

/** The index after n words from `from`, not counting punctuation and days ("في مالي، الخميس، المزيد من ..."). */
function contentEnd(ctx: SentenceContext, art: ArticleContext, from: number, n: number): number {
  let k = from;
  for (let seen = 0; k < ctx.tokens.length && seen < n; k++) {
    const t = ctx.tokens[k]!;
    // Counts ("4 طائرات من صفقة 36 طائرة رافال") are no words between a deal and what it buys.
    if (t.kind !== 'punct' && t.kind !== 'number' && !art.lx.weekdays.has(t.key)) seen++;
  }
  return k;
}

function findArms(ctx: SentenceContext, art: ArticleContext, from: number, to: number): number {
  const toks = ctx.tokens;
  for (let j = from; j < Math.min(to, toks.length); j++) {
    // "طائرات تركية مسيرة": the maker's nationality may stand inside the weapon's name.
    const m = art.lx.cues.arms!.match(toks, j) ?? (j + 2 < toks.length && SPLIT_HEAD.test(toks[j]!.key) && ctx.mentions.some((x) => x.from <= j + 1 && x.to === j + 2 && (x.kind === 'nisba' || x.kind === 'forces')) ? art.lx.cues.arms!.match([toks[j]!, toks[j + 2]!], 0) : null);
    // "تسلم العراق ست طائرات أباتشي"، "منظومة إس-400": a weapon named by its model is arms.
    if (!m && armsModelAt(toks, j, art.lx)) return j;
    if (!m) continue;
    // "أنظمة"، "تكنولوجيا" are arms only when qualified as military: "أنظمة صواريخ"، "تكنولوجيا عسكرية".
    const needs = art.lx.cues.armsNeedsQualifier!.match(toks, j);
    if (needs && needs.length === m.length && ![1, 2, 3].some((d) => art.lx.cues.armsQualifiers!.has(toks[j + m.length - 1 + d], true))) continue;
    return j;
  }
  return -1;
}

/** Weapon nouns that a maker's nationality may split from their second word ("طائرات تركية مسيرة"). */
const SPLIT_HEAD = /^[وبل]?(ال)?(طائرات|طائره|صواريخ|مروحيات|مسيرات|زوارق|سفن|منظومات|انظمه)$/;

const DEAL = /^[وف]?(صفقه|صفقات|عقد|عقدا|اتفاقيه|اتفاقا|اتفاق)$/;
const SIGNED = /^[وف]?(ابرم|ابرمت|وقع|وقعت|توقيع|ابرام|بتوقيع|بابرام)$/;
const DELIVERED = /^[وف]?(تسلم|تسلمت|استلم|استلمت|تسليم|بتسليم|وصول|وصلت|وصل|تستلم|يستلم)$/;

/**
 * "أبرمت الهند صفقة شراء 36 مقاتلة": a signed deal whose delivery the clause does not report is a sale
 * agreed, not weapons handed over: planned (FORMAT.md: the weapons went from one to the other).
 */
function signedOnly(ctx: SentenceContext, clause: [number, number]): boolean {
  const words = ctx.tokens.slice(clause[0], clause[1]);
  return words.some((t) => DEAL.test(t.key)) && words.some((t) => SIGNED.test(t.key)) && !words.some((t) => DELIVERED.test(t.key));
}

const APPROVED = /^[وف]?(وافق|وافقت|موافقه|بموافقه|اقر|اقرت|اجاز|اجازت)$/;

/**
 * "وافقت وزارة الخارجية الأميركية ... على بيع المغرب 25 مقاتلة": a sale approved, its delivery not told,
 * is a sale to come (planned), like a deal signed.
 */
function approvedOnly(ctx: SentenceContext, cue: number, clause: [number, number]): boolean {
  const before = ctx.tokens.slice(Math.max(0, cue - 20), cue);
  return before.some((t) => APPROVED.test(t.key)) && !ctx.tokens.slice(clause[0], clause[1]).some((t) => DELIVERED.test(t.key));
}

const code = (m: Mention | undefined, art: ArticleContext) => (m ? countriesOf(m, art)[0] ?? null : null);

function givePair(ctx: SentenceContext, art: ArticleContext, kind: CueKind, cue: number, arms: number, clause: [number, number]): [string | null, string] | null {
  const between = placesIn(ctx, cue + 1, arms, art).filter((m) => m.kind !== 'nisba' && !['من', 'في', 'ضد'].includes(prepositionBefore(ctx, m) ?? ''));
  // "بتوريد منظومات دفاعية مضادة للصواريخ من طراز اس-300 الى طهران": the model may stand before the recipient.
  const afterArms = placesIn(ctx, arms + 1, Math.min(clause[1] + 4, arms + 14), art);
  const nisba = afterArms.find((m) => m.kind === 'nisba' && m.from <= arms + 3);
  // "إلى العاصمة الصومالية مقديشو": a nationality on the capital names the recipient.
  const ofCapital = (m: Mention) => m.kind !== 'nisba' || /^(ال)?(عاصمه|مدينه)$/.test(ctx.tokens[m.from - 1]?.key ?? '');
  const recipientAfter = afterArms.find((m) => m !== nisba && ofCapital(m) && ['الي', 'ل'].includes(prepositionBefore(ctx, m) ?? ''));
  const subject = subjectBefore(ctx, art, cue, clause);
  const withL = between.find((m) => prepositionBefore(ctx, m) === 'ل');
  const plain = between.filter((m) => !prepositionBefore(ctx, m));
  let supplier: string | null = code(nisba, art);
  let recipient: string | null = null;
  // "وقعت مصر صفقة مع فرنسا لشراء 30 مقاتلة": a deal "with" a country buys from it.
  const dealWith = DEAL.test(ctx.tokens[cue]!.key) ? placesIn(ctx, cue + 1, arms, art).find((m) => prepositionBefore(ctx, m) === 'مع' && m.kind !== 'nisba') : undefined;
  if (dealWith && !recipientAfter && !withL) {
    supplier = code(dealWith, art);
    recipient = subjectBefore(ctx, art, cue, clause);
    return supplier && recipient ? [supplier, recipient] : null;
  }
  if (recipientAfter || withL) {
    recipient = code(recipientAfter ?? withL, art);
    supplier ??= code(plain[0], art) ?? subject;
  } else if (kind === 'give') {
    if (plain.length >= 2) [supplier, recipient] = [supplier ?? code(plain[0], art), code(plain[1], art)];
    else if (plain.length === 1) [supplier, recipient] = [supplier ?? subject, code(plain[0], art)];
  } else if (plain.length === 1 && subject && subject !== code(plain[0], art)) {
    // Two objects, "بيع السعودية مقاتلات": with the seller named before, the country after the verb buys.
    [supplier, recipient] = [supplier ?? subject, code(plain[0], art)];
  }
  // "أكد ضابط في البحرية الماليزية أن اليابان ستزود بلاده بزوارق": "his country" is the speaker's.
  if (!recipient && kind === 'give' && OWN_COUNTRY.test(ctx.tokens[cue + 1]?.key ?? '')) [supplier, recipient] = [supplier ?? subject, speakerCountry(ctx, art, cue)];
  return recipient ? [supplier, recipient] : null;
}

const OWN_COUNTRY = /^(بلاده|بلادها|بلادنا)$/;

/** The country of whoever says the sentence's news: named after "قال"، before "إن" (a person's, or a nationality). */
function speakerCountry(ctx: SentenceContext, art: ArticleContext, cue: number): string | null {
  const says = ctx.tokens.findIndex((t, k) => k < cue && SPEAKER.test(t.key));
  const that = ctx.tokens.findIndex((t, k) => k > says && k < cue && /^(ان|إن)$/.test(t.key));
  if (says < 0 || that < 0) return null;
  const person = personsIn(ctx, says + 1, that)[0];
  if (person) return personCountry(person.ids[0]!, art);
  return code(placesIn(ctx, says + 1, that, art).find((m) => m.type === 'Country'), art);
}

function receivePair(ctx: SentenceContext, art: ArticleContext, cue: number, arms: number, clause: [number, number]): [string | null, string] | null {
  const from = placesIn(ctx, arms + 1, clause[1], art).find((m) => prepositionBefore(ctx, m) === 'من' && m.kind !== 'nisba');
  // "مقاتلات سو-57 الروسية": the maker's nisba may follow a model name.
  const nisba = placesIn(ctx, arms + 1, arms + 7, art).find((m) => m.kind === 'nisba');
  // "تستلم دفعة من الطائرات الحربية الروسية": a nationality on the arms (a forces mention) is their maker, not the buyer.
  const armsOfMaker = (m: Mention) => m.kind === 'forces' && !!art.lx.cues.arms!.match(ctx.tokens, m.from);
  // ("طائرات تركية مسيرة": the forces mention starts at the arms themselves.)
  const onArms = ctx.mentions.find((m) => m.from === arms && m.kind === 'forces');
  const supplier = code(from ?? nisba ?? onArms, art);
  const recipient = code(placesIn(ctx, cue + 1, arms, art).find((m) => m.kind !== 'nisba' && !armsOfMaker(m)), art) ?? subjectBefore(ctx, art, cue, clause);
  return recipient ? [supplier, recipient] : null;
}

/** A supplier the sentence does not name is the maker of the model bought ("تسلمت الهند 4 طائرات رافال"). */
function withMaker(ctx: SentenceContext, art: ArticleContext, recipient: string, arms: number): [string, string] | null {
  const model = armsModelIn(ctx.tokens, arms, arms + 6, art.lx);
  return model && model.maker !== recipient ? [model.maker, recipient] : null;
}

/** "وافقت وزارة الخارجية الأميركية على بيع ...": a nationality on a state body names the state acting. */
const STATE_BODY = /^(ال)?(وزاره|حكومه|سلطات|اداره|رئاسه|مجلس)$/;
const ofStateBody = (ctx: SentenceContext, m: Mention) => m.kind === 'nisba' && ctx.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => STATE_BODY.test(t.key));

/** The acting country before the cue: the nearest country named without a preposition, else the speaker's country. */
function subjectBefore(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number]): string | null {
  const countries = placesIn(ctx, clause[0], cue, art).filter((m) => m.type === 'Country' && (m.kind !== 'nisba' || ofStateBody(ctx, m)) && !prepositionBefore(ctx, m));
  if (countries.length) return code(countries.at(-1), art);
  const earlier = placesIn(ctx, 0, clause[0], art).filter((m) => m.type === 'Country' && (m.kind !== 'nisba' || ofStateBody(ctx, m)) && !prepositionBefore(ctx, m));
  if (earlier.length) return code(earlier.at(-1), art);
  const person = personsIn(ctx, 0, cue).at(-1);
  return person ? personCountry(person.ids[0]!, art) : null;
}
