import type { Mention } from '../entities/mention.ts';
import { countriesOf, countryId, dateFor, LOCATIVE, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { evidence, type ArticleContext, type EventMention, type SentenceContext } from './context.ts';
import { cueSites } from './cue-sites.ts';
import { statusAt } from './modality.ts';

const ARITY_WORDS: Record<string, number> = { ثنائيه: 2, الثنائيه: 2, ثلاثيه: 3, الثلاثيه: 3, رباعيه: 4, الرباعيه: 4 };

/**
 * Joint exercises and patrols: an exercise noun that is joint (مشتركة، ثلاثية، "مع X"، "بين X وY"، or
 * with two or more countries acting together in its clause). Participants are the countries of the
 * clause that are not the target ("ضد", "لمواجهة", threats "من"), plus the country of the person who
 * announces it when only one partner is named ("شويغو ... مناورات مع كوريا الشمالية").
 */
export function readExercises(ctx: SentenceContext, art: ArticleContext): EventMention[] {
  const out: EventMention[] = [];
  const toks = ctx.tokens;
  for (const { i, cue, clause } of cueSites(ctx, art, art.lx.cues.exercise!)) {
    const near = [1, 2, 3, 4, 5];
    const qualified = near.some((d) => art.lx.cues.exerciseQualifiers!.has(toks[i + d]));
    const joint = near.some((d) => /مشترك|ثنائي|ثلاثي|رباعي/.test(toks[i + d]?.key ?? ''));
    const arity = near.map((d) => ARITY_WORDS[toks[i + d]?.key ?? '']).find((n) => n !== undefined) ?? null;
    const acted = toks.slice(Math.max(clause[0], i - 10), i).some((t) => art.lx.cues.exerciseVerbs!.has(t, true));
    const codes = participants(ctx, art, i, clause);
    const withPartner = placesIn(ctx, i, clause[1], art).some((m) => ['مع', 'بين'].includes(prepositionBefore(ctx, m) ?? ''));
    if (withPartner && codes.size === 1) {
      const subject = personsIn(ctx, 0, i).at(-1);
      // "أعلنت واشنطن إجراء مناورات مع الأردن"، "أعلنت وزارة الدفاع الجزائرية ... مع البحرية الروسية":
      // the state that announces drills "with" a partner holds them.
      const home = (subject ? personCountry(subject.ids[0]!, art) : null) ?? announcer(ctx, art, i, clause);
      if (home) codes.add(home);
    }
    const isJoint = joint || withPartner || (codes.size >= 2 && (qualified || acted));
    // "المناورات التي جرت أمس": a definite exercise noun refers back to the exercise named before.
    const definite = codes.size === 0 && toks[i]!.key.startsWith('ال');
    if (!isJoint && !definite) continue;
    if (!qualified && !acted && !withPartner && !definite) continue;
    const status = statusAt(ctx, i, clause, art.lx);
    const each = withEach(ctx, art, i, clause);
    const ids = each ? each.participants : [...codes].map(countryId);
    out.push({
      kind: 'exercise', participants: ids.length >= 2 ? ids : [], arity, anaphoric: ids.length < 2,
      status, date: dateFor(ctx, art, i, clause, status, 'exercise'), place: null, sentence: ctx.sentence.index,
      evidence: evidence(ctx, i, i + cue.length), rule: `exercise:${cue.phrase}`, ...(each ? { hub: each.hub } : {}),
    });
  }
  return out;
}

/** Countries taking part: those named in the clause up to the first word that turns to a target or purpose. */
function participants(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number]): Set<string> {
  const toks = ctx.tokens;
  let stop = clause[1];
  for (let j = cue + 1; j < clause[1]; j++) {
    if (art.lx.cues.againstWords!.has(toks[j], true)) {
      stop = j;
      break;
    }
  }
  let start = clause[0];
  for (let j = cue - 1; j >= clause[0]; j--) {
    if (art.lx.cues.againstWords!.has(toks[j], true)) {
      start = j + 1;
      break;
    }
  }
  const codes = new Set<string>();
  // "بمشاركة روسيا" adds a participant wherever it stands after the exercise, and so does each country of
  // "بمشاركة واسعة من القوات الأردنية والإماراتية والبحرينية".
  for (const c of takingPart(ctx, art, cue)) codes.add(c);
  // "بين القوة الجوية العراقية ونظيرتها الفرنسية": the force's counterpart, named by its nationality
  // (which the reader of titles takes with "نظيرتها", so it is read here from the lexicon).
  for (let j = Math.max(start, cue + 1); j < stop; j++) {
    if (!COUNTERPART.test(toks[j]!.key)) continue;
    const g = art.lx.matchEntity(toks, j + 1);
    const e = g?.entry.kind === 'nisba' ? art.lx.entity(g.entry.entityId) : undefined;
    if (e?.type === 'Country' && e.code && troopsBefore(ctx, j)) codes.add(e.code);
  }
  for (const m of placesIn(ctx, start, stop, art)) {
    const prep = prepositionBefore(ctx, m);
    // "قوات خاصة من تركيا وباكستان": soldiers from a country are that country taking part.
    const fromTroops = prep === 'من' && troopsBefore(ctx, m.from);
    if ((prep === 'من' && !fromTroops) || prep === 'ضد' || prep === 'عن' || (prep && LOCATIVE.has(prep))) continue;
    // "لم تتم دعوة قوات أمريكية": forces not invited take no part.
    if (ctx.tokens.slice(Math.max(start, m.from - 6), m.from).some((t) => /^(لم|لن|دون|بدون)$/.test(t.key))) continue;
    // A capital with no preposition stands for its state: "أن سيول وواشنطن وطوكيو بدأت تدريبا".
    if (m.type === 'Place' || (m.kind === 'capital' && !m.prefix.startsWith('و') && prep === null && !subjectList(ctx, m))) continue;
    // "12000 جندي أمريكي و5400 عسكري فلبيني": a nisba on a troop noun names a participant.
    if (m.kind === 'nisba' && !nisbaOfExercise(ctx, m, cue) && !troopsBefore(ctx, m.from)) continue;
    for (const c of countriesOf(m, art)) codes.add(c);
  }
  return codes;
}

const TAKING_PART = /^و?ب?مشارك(ه|ة)$/;
const COUNTERPART = /^و?(نظير|نظيره|نظيرها|نظيرتها|نظيرته|نظيراتها|نظرائها)$/;
/** "وزارة الدفاع الجزائرية"، "القوات المسلحة المصرية": a state body whose nationality names the state acting. */
const STATE_BODY = /^(ال)?(وزاره|حكومه|رئاسه|قياده|القوات|قوات|الجيش|جيش)$/;

/** The state that announces an exercise: a country or capital named before the cue without a preposition, or a state body's nationality. */
function announcer(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number]): string | null {
  for (const m of placesIn(ctx, clause[0], cue, art)) {
    if (prepositionBefore(ctx, m)) continue;
    const body = m.kind === 'nisba' && ctx.tokens.slice(Math.max(0, m.from - 3), m.from).some((t) => STATE_BODY.test(t.key));
    if (m.kind !== 'nisba' || body) return countriesOf(m, art)[0] ?? null;
  }
  return null;
}

/** The countries listed right after "بمشاركة" (a list joined by و, perhaps after "واسعة من القوات"). */
function takingPart(ctx: SentenceContext, art: ArticleContext, cue: number): string[] {
  const out: string[] = [];
  const places = placesIn(ctx, cue + 1, ctx.tokens.length, art);
  for (let n = 0; n < places.length; n++) {
    const m = places[n]!;
    const at = [1, 2, 3, 4].map((d) => m.from - d).find((j) => j > cue && TAKING_PART.test(ctx.tokens[j]?.key ?? ''));
    // Only "واسعة"، "من"، "القوات" may stand between.
    if (at === undefined || !ctx.tokens.slice(at + 1, m.from).every((t) => /^(واسعه|كبيره|من|ال)?(قوات|القوات)?$/.test(t.key) || /^(واسعه|كبيره|من)$/.test(t.key))) continue;
    out.push(...countriesOf(m, art));
    for (let k = n + 1; k < places.length && places[k]!.from - places[k - 1]!.to <= 1 && (places[k]!.prefix.startsWith('و') || ctx.tokens[places[k]!.from - 1]?.key === 'و'); k++) out.push(...countriesOf(places[k]!, art));
  }
  return out;
}

/** "مناورات أمريكية كورية جنوبية": nisbas right after the exercise noun name its participants. */
function nisbaOfExercise(ctx: SentenceContext, m: Mention, cue: number): boolean {
  return m.from > cue && m.from <= cue + 4 && ctx.mentions.filter((x) => x.from > cue && x.from < m.from).every((x) => x.kind === 'nisba');
}

const TROOPS = /^و?(ال)?(جندي|جنود|مشارك|مشاركا|مشاركين|عسكري|عسكريين|عسكريون|قوات|قوه|وحدات|بحارا|بحار|طيار|طيارين|مظلي|مظليين|سريه|سرايا|كتيبه|كتائب|فوج|افواج)$/;

/** A troop noun just before (at most two words): "قوات خاصة من تركيا"، "جندي أمريكي"، "وسرية من تشاد". */
function troopsBefore(ctx: SentenceContext, at: number): boolean {
  // (The conjunction is optional in the pattern: stripping a first و would break "وحدات".)
  return [1, 2, 3].some((d) => TROOPS.test(ctx.tokens[at - d]?.key ?? ''));
}

/** A capital at the head of a coordinated list of capitals ("سيول وواشنطن وطوكيو"). */
function subjectList(ctx: SentenceContext, m: Mention): boolean {
  return ctx.mentions.some((x) => x.kind === 'capital' && x.from === m.to && x.prefix.startsWith('و'));
}

/**
 * "تدريبات مشتركة مع القوات المسلحة في كل من مصر وكازاخستان وباكستان": exercises "with each of" a list
 * are one with each partner, held by the country named before the cue (the speaker's forces), not one
 * of the partners with one another.
 */
function withEach(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number]): { hub: string; participants: string[] } | null {
  const toks = ctx.tokens;
  const k = toks.findIndex((t, j) => j > cue && j < clause[1] && t.key === 'كل' && toks[j + 1]?.key === 'من');
  if (k < 0 || !toks.slice(cue + 1, k).some((t) => t.key === 'مع')) return null;
  const partners = placesIn(ctx, k + 2, clause[1], art).flatMap((m) => countriesOf(m, art));
  const hub = placesIn(ctx, 0, cue, art).flatMap((m) => countriesOf(m, art)).find((c) => !partners.includes(c));
  if (!hub || partners.length === 0) return null;
  return { hub: countryId(hub), participants: [countryId(hub), ...new Set(partners.map(countryId))] };
}
