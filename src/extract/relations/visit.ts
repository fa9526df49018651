import { monthOf } from '../dates.ts';
import type { Mention } from '../entities/mention.ts';
import { countriesOf, countryId, dateFor, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { evidence, type ArticleContext, type RawFact, type SentenceContext } from './context.ts';
import { clauseAt } from './clauses.ts';
import { cueSites } from './cue-sites.ts';
import { statusAt } from './modality.ts';

const DESTINATION_PREPOSITIONS = new Set(['الي', 'ل', 'نحو', 'في', 'صوب']);
const WINDOW = 20;
const TOUR_STOPS = /^(تشمل|ستشمل|تقوده|ستقوده|تقودها)$/;
/** "زيارته"، "رحلتها"، "وصوله": the traveller is a pronoun. */
const ALIGHT = /^[يتس]*(حل|حلت)$/;
/** Past and future arrivals; the bare present ("يصل بيروت اليوم") may be a plan or done, and is left to the prepositions. */
const ARRIVE = /^[وف]?(وصل|وصلت|سيصل|ستصل)$/;
const POSSESSIVE = /^[وفبل]*(زيارت|رحلت|جولت|وصول|سفر)(ه|ها|هم|هما)$/;

/**
 * VISITED: a travel cue (وصل، زار، زيارة، رحلة، توجه، سافر ...) with a person who travels and a
 * destination after it introduced by إلى / ل / في (or the direct object of زار). A person does not
 * visit their own country; a place counts as its country.
 */
/** A trip named as a noun ("زيارته للصين"، "جولة"), which may stand between a verb and its destination. */
const VISIT_NOUN = /^[وفبل]*(ال)?(زياره|زيارت|جوله|جولت|رحله|رحلت)/;

export function readVisits(ctx: SentenceContext, art: ArticleContext): RawFact[] {
  const out: RawFact[] = [];
  const toks = ctx.tokens;
  for (const { i, cue, clause } of cueSites(ctx, art, art.lx.cues.visit!)) {
    // A long chain of titles before the traveller's name ("ولي العهد، نائب رئيس ...، وزير الدفاع الأمير ...")
    // pushes the destination further: the window runs on from the traveller named right after the cue.
    const named = personsIn(ctx, i + 1, i + WINDOW)[0];
    const end = Math.min(ctx.tokens.length, Math.max(i + WINDOW, named ? named.to + 12 : 0));
    // "حل الفريق أول ... بنواكشوط": "to alight" takes its place with ب only ("لحل الأزمة في ..." is a solution).
    const alights = ALIGHT.test(cue.phrase);
    if (alights && /[بل]/.test(cue.prefix)) continue;
    // "وحل النزاعات": before a definite noun that names no one, حل is solving, not alighting.
    if (alights && /^ال/.test(toks[i + 1]?.key ?? '') && !ctx.mentions.some((m) => m.from === i + 1) && !art.lx.anyTitle.match(toks, i + 1)) continue;
    const ahead = findDestination(ctx, art, i + cue.length, end, /^(زار|زارت|يزور|تزور|سيزور|ستزور)$/.test(cue.phrase), alights, named?.to);
    const left = ahead ? null : placeLeft(ctx, art, i, clause);
    const destination = ahead ?? left?.place ?? destinationBefore(ctx, art, i);
    if (!destination) continue;
    // "بدأ جولة ...، ومنها سيغادر إلى كوبا": a destination past another travel verb is that verb's, with its tense.
    if (destination.from > i && [...ctx.cueAt].some(([k, kinds]) => k > i + cue.length && k < destination.from && kinds.has('visit') && !VISIT_NOUN.test(toks[k]!.key) && !ctx.mentions.some((m) => m.from <= k && k < m.to))) continue;
    const visitors = left ? [left.leaver] : findVisitors(ctx, art, i, destination.from, clause, POSSESSIVE.test(toks[i]!.key));
    // The stops of a tour that has just begun lie ahead: "جولة ... يزور خلالها X"، "جولة ... تشمل X".
    const stops = ctx.tokens.slice(i, destination.from).some((t) => TOUR_STOPS.test(t.key)) || (/^[وف]?[يت]زور$/.test(toks[i]!.key) && /^خلال(ها|ه)$/.test(toks[i + 1]?.key ?? ''));
    const status = stops ? 'planned' : statusAt(ctx, i, clause, art.lx);
    // A visit that ended when its traveller left is dated by the leaving.
    // A tour's later stops fall some day of it: the day it began gives only their month.
    const told = dateFor(ctx, art, i, clause, status, 'visit');
    const own = stops && told ? monthOf(told) : told;
    const date = own ?? (left ? dateFor(ctx, art, left.at, clauseAt(ctx.clauses, left.at), status, 'visit') : null);
    const leaving = !own && !!left && !!date;
    if (visitors.length) {
      const country = countriesOf(destination, art)[0] ?? null;
      // "في زيارته إلى تركيا" after the arrival is the same trip: it keeps the arrival's day.
      const same = country === art.lastVisitCountry && visitors.every((v) => art.lastVisitors?.includes(v));
      art.lastVisitors = visitors;
      if (!same || date) art.lastVisitDate = date;
      art.lastVisitCountry = country;
    }
    for (const visitor of visitors) for (const code of [...countriesOf(destination, art), ...joinedAfter(ctx, art, destination, end)]) {
      const home = personCountry(visitor, art);
      if (code === home) continue;
      // A visit to a place is a visit to its country too: both are recorded, so "who visited Russia"
      // finds the trip to Vladivostok and the drawing still shows the city.
      const objects = destination.type === 'Country' ? [countryId(code)] : [destination.ids[0]!, countryId(code)];
      for (const object of objects) {
        out.push({
          predicate: 'VISITED', subject: visitor, object, status, date, sentence: ctx.sentence.index,
          evidence: evidence(ctx, i, i + cue.length), rule: `visit:${cue.phrase}`, confidence: 0.85, ...(stops ? { tourStop: true } : {}), ...(leaving ? { leaving } : {}),
        });
      }
    }
  }
  return out;
}

/**
 * "غادر X القاهرة ... بعد زيارة استمرت ستة أيام"، "... في ختام زيارة": the place left after a visit is the
 * place visited (keys fold غ to ج).
 * For a visit noun right after "بعد" with no destination of its own.
 */
function placeLeft(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number]): { place: Mention; leaver: string; at: number } | null {
  // "بعد زيارة"، "عقب زيارة"، "في ختام زيارة".
  const before = ctx.tokens[cue - 1]?.key ?? '';
  if (!/^و?(بعد|عقب|اثر)$/.test(before) && !(/^(ختام|نهايه)$/.test(before) && /^و?في$/.test(ctx.tokens[cue - 2]?.key ?? ''))) return null;
  // (The visit may stand in a clause of its own after the one that leaves: "...، بعد زيارة".)
  const at = ctx.tokens.findIndex((t, k) => k >= Math.min(clause[0], cue - 25) && k < cue && /^[وف]?(غادر|غادرت|جادر|جادرت)$/.test(t.key));
  if (at < 0) return null;
  const place = placesIn(ctx, at + 1, cue, art).find((m) => !prepositionBefore(ctx, m) && countriesOf(m, art).length === 1 && (m.kind !== 'nisba' || capitalBefore(ctx, m)));
  // Who left: named right before the verb ("وكان العليمي غادر"), else right after it.
  const leaver = personsIn(ctx, Math.max(0, at - 12), at).at(-1) ?? personsIn(ctx, at + 1, Math.min(cue, at + 8))[0];
  return place && leaver ? { place, leaver: leaver.ids[0]!, at } : null;
}

/**
 * "انتقل X صباحا إلى العاصمة اليونانية أثينا، في زيارة عمل": a visit noun right after the place its
 * traveller went to, whatever verb took him there (one the cues do not know, or misspelt).
 */
function destinationBefore(ctx: SentenceContext, art: ArticleContext, cue: number): Mention | null {
  if (!/^(زياره|جوله)$/.test(ctx.tokens[cue]!.key) || !/^(في|ب)$/.test(ctx.tokens[cue - 1]?.key ?? '')) return null;
  // A travel verb the cues know ("يصل ... إلى بيروت، في زيارة") reads the trip itself, with its tense.
  for (const [k, kinds] of ctx.cueAt) if (k < cue && kinds.has('visit')) return null;
  const places = placesIn(ctx, Math.max(0, cue - 10), cue, art);
  let last = places.length - 1;
  if (last < 0 || !ctx.tokens.slice(places[last]!.to, cue - 1).every((t) => t.kind === 'punct')) return null;
  // "إلى العاصمة الروسية موسكو": the capital after its nisba; the preposition stands before the first.
  while (last > 0 && places[last - 1]!.to === places[last]!.from) last--;
  const m = places[last]!;
  const to = DESTINATION_PREPOSITIONS.has(prepositionBefore(ctx, m) ?? '') && prepositionBefore(ctx, m) !== 'في';
  return to && (m.kind !== 'nisba' || capitalBefore(ctx, m)) && countriesOf(m, art).length === 1 ? m : null;
}

function findDestination(ctx: SentenceContext, art: ArticleContext, from: number, to: number, directObject: boolean, withBa = false, travellerEnd?: number): Mention | null {
  for (const m of placesIn(ctx, from, to, art)) {
    if (countriesOf(m, art).length !== 1) continue;
    const prep = prepositionBefore(ctx, m);
    if (withBa) {
      if (prep === 'ب' && m.kind !== 'nisba') return m;
      continue;
    }
    if (prep === 'من' || prep === 'ضد' || prep === 'عن') continue;
    // "يسافر عقب انتهاء زيارته لتركيا إلى اليونان": the place of another trip named on the way is not this one's.
    if (m.from - 1 >= from && POSSESSIVE.test(ctx.tokens[m.from - 1]!.key)) continue;
    // "توجه رئيس المجلس العسكري في غينيا، العقيد X ...": "في <country>" right before a name is part of his title.
    if (prep === 'في' && ctx.mentions.some((p) => p.type === 'Person' && p.from > m.to && p.from <= m.to + 2)) continue;
    if (prep && DESTINATION_PREPOSITIONS.has(prep)) return m;
    if (directObject && !prep) return m;
    // "جولة ... والتي ستشمل أيضا الأردن والسعودية": the stops a tour takes in are its object.
    if (!prep && m.kind !== 'nisba' && [1, 2].some((d) => TOUR_STOPS.test(ctx.tokens[m.from - d]?.key.replace(/^و/, '') ?? '') && (d === 1 || ctx.tokens[m.from - 1]!.key === 'ايضا'))) return m;
    // "سيصل البحرين اليوم": an arrival takes the country it reaches as its object, right after the verb.
    // ("وصل مطار القاهرة الدولي ... المشير X": or the airport of its city; "سيصل الملك X البحرين": or right after the traveller.)
    const reached = m.from === from || m.from === travellerEnd || (m.from === from + 1 && /^(مطار|العاصمه)$/.test(ctx.tokens[from]!.key));
    if (!prep && reached && m.kind !== 'nisba' && ARRIVE.test(ctx.tokens[from - 1]?.key ?? '')) return m;
    // "للعاصمة الإريترية أسمرا"، "إلى العاصمة الإثيوبية": the capital's nisba names the destination.
    if (m.kind === 'nisba' && capitalBefore(ctx, m)) return m;
    if (m.kind === 'nisba') continue;
  }
  return null;
}

/**
 * The travellers: named after the cue (VSO, "زيارة وزير ..."; several joined by و or a comma: "وصل X، والرئيس
 * الكيني Y، ..."), else the subject before it, else the person last named.
 */
function findVisitors(ctx: SentenceContext, art: ArticleContext, cue: number, dest: number, clause: [number, number], pronoun: boolean): string[] {
  const after = personsIn(ctx, cue + 1, dest);
  if (after.length && !pronoun) return [...new Set(joinedPeople(ctx, after).map((m) => m.ids[0]!))];
  const before = personsIn(ctx, clause[0], cue);
  // "قال أردوغان إن وحدات من الجيش التركي توجهت لطرابلس": troops named after the person are what travels.
  const troopsBetween = (from: number) => {
    for (let k = from; k < cue; k++) if (art.lx.cues.troops!.match(ctx.tokens, k)) return true;
    return false;
  };
  if (before.length) return troopsBetween(before.at(-1)!.to) ? [] : [before.at(-1)!.ids[0]!];
  const earlier = personsIn(ctx, 0, cue);
  // "ويجري X ... محادثات مع Y وZ، كما سيزور ..."، "التقى X ... Y، قبل أن يتوجه إلى ...": these go on with
  // the sentence's subject, not its last name.
  // ("...، حيث يرتقب أن يتوجه لاحقا إلى ...": a clause opened by حيث with no subject of its own too.)
  const goesOn = /^(و?كما|ثم)$/.test(ctx.tokens[cue - 1]?.key ?? '') || (ctx.tokens[cue - 1]?.key === 'ان' && /^(قبل|بعد)$/.test(ctx.tokens[cue - 2]?.key ?? '')) || (earlier.length > 0 && ctx.tokens.slice(earlier.at(-1)!.to, cue).some((t) => /^و?حيث$/.test(t.key)));
  if (earlier.length && goesOn) return [earlier[0]!.ids[0]!];
  if (earlier.length) return troopsBetween(earlier.at(-1)!.to) ? [] : [earlier.at(-1)!.ids[0]!];
  // "بلغ مطار عمّان، مساء اليوم، الوزير X": the traveller after the place, only time words between.
  if (!pronoun) return travellerAfter(ctx, art, dest);
  // "خلال زيارته لكوريا الشمالية، اقترح شويغو ...": a fronted clause names its traveller after it.
  // "... رفقة نظيره الموريتاني X. وفي اليوم الثالث من زيارته إلى موريتانيا": no one visits his own
  // country, so the pronoun is the one named before who is a stranger there (the subject, first named).
  const to = countriesOf(ctx.mentions.find((m) => m.from === dest)!, art);
  const stranger = [art.lastPerson, ...(art.lastPeople ?? [])].find((id) => id && !to.includes(personCountry(id, art) ?? ''));
  const fronted = stranger ?? art.lastPerson ?? personsIn(ctx, dest, ctx.tokens.length)[0]?.ids[0];
  return fronted ? [fronted] : [];
}

/** Words that may stand between an arrival's place and its traveller: times, and "الدولي" of the airport. */
const AFTER_PLACE = /^(اليوم|امس|مساء|صباح|ظهر|منذ|قليل|الدولي)$/;

/** The traveller named right after the place reached, only such words between, or none. */
function travellerAfter(ctx: SentenceContext, art: ArticleContext, dest: number): string[] {
  const place = ctx.mentions.find((m) => m.from === dest);
  const next = place ? personsIn(ctx, place.to, Math.min(ctx.tokens.length, place.to + 8))[0] : undefined;
  if (!next) return [];
  const gap = ctx.tokens.slice(place!.to, next.from);
  return gap.every((t) => t.kind !== 'word' || AFTER_PLACE.test(t.key) || art.lx.weekdays.has(t.key)) ? [next.ids[0]!] : [];
}

/** The first person and those listed right after it: "X، وY" / "X وY". */
function joinedPeople(ctx: SentenceContext, people: Mention[]): Mention[] {
  const out = [people[0]!];
  for (const m of people.slice(1)) {
    const gap = ctx.tokens.slice(out.at(-1)!.to, m.from);
    const joined = gap.length <= 1 && gap.every((t) => t.text === '،' || t.text === ',' || t.key === 'و')
      && (gap.length === 1 || m.prefix.startsWith('و') || ctx.tokens[m.from]!.key.startsWith('وال'));
    if (!joined) break;
    out.push(m);
  }
  return out;
}

function capitalBefore(ctx: SentenceContext, m: Mention): boolean {
  const word = ctx.tokens[m.from - 1];
  if (!word) return false;
  if (/^(لل|بال)عاصمه$/.test(word.key)) return true;
  return word.key === 'العاصمه' && DESTINATION_PREPOSITIONS.has(ctx.tokens[m.from - 2]?.key ?? '');
}

/** Further destinations listed after the first: "جولة تشمل روسيا وبيلاروسيا، وأوكرانيا"، "زار باريس وبرلين". */
function joinedAfter(ctx: SentenceContext, art: ArticleContext, first: Mention, end: number): string[] {
  const out: string[] = [];
  let prev = first;
  for (const m of placesIn(ctx, first.to, end + 8, art)) {
    const gap = ctx.tokens.slice(prev.to, m.from);
    const joined = m.kind !== 'nisba' && (m.prefix.startsWith('و') || gap.some((t) => t.text === '،' || t.text === ',' || t.key === 'و')) && gap.length <= 2;
    if (!joined) break;
    out.push(...countriesOf(m, art));
    prev = m;
  }
  return out;
}
