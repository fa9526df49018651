import type { Mention } from '../entities/mention.ts';
import { countriesOf, countryId, dateFor, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { clauseAt } from './clauses.ts';
import { evidence, type ArticleContext, type RawFact, type SentenceContext } from './context.ts';
import { statusAt } from './modality.ts';

/** "شارك"، "حضر"، "يشارك": a verb of taking part, its subject the one who went. */
const TAKES_PART = /^[وف]?(شارك|شاركت|يشارك|تشارك|حضر|حضرت|يحضر|تحضر)$/;
/** "بحضور X": in the presence of those named after it. */
const PRESENCE = /^و?بحضور$/;
/** "للمشاركة"، "لحضور"، "مشاركته": the traveller's purpose or part, the subject named before. */
const PURPOSE = /^(للمشاركه|لحضور|مشاركته|مشاركتها|بمشاركته)$/;
/** Words that introduce where an event is held: "المقام في"، "الذي أقيم في"، "تستضيفها". */
const VENUE = /^(المقام|المقامه|المنعقد|المنعقده|اقيم|اقيمت|تستضيفه|تستضيفها|يستضيفه|يستضيفها|بمدينه|مدينه|بالعاصمه|العاصمه)$/;

const ENVOY = /سفير|سفيره|مندوب|القائم بالاعمال|قائم بالاعمال|ambassador/;

/**
 * Officials who take part in an event held abroad went there: "شارك رئيس الأركان X في افتتاح المعرض
 * ... المقام في مدينة كيلسه البولندية"، "جرت مراسم التسليم بمدينة بوردو الفرنسية بحضور X". Only
 * people whose own country is known and is not the event's.
 */
export function readAttendance(ctx: SentenceContext, art: ArticleContext): RawFact[] {
  const out: RawFact[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!.key;
    const kind = TAKES_PART.test(k) ? 'verb' : PRESENCE.test(k) ? 'presence' : PURPOSE.test(k) ? 'purpose' : null;
    if (!kind) continue;
    const clause = clauseAt(ctx.clauses, i);
    const place = venueAfter(ctx, art, kind === 'presence' ? clause[0] : i + 1, Math.min(toks.length, i + 40));
    if (!place) continue;
    const country = countriesOf(place, art)[0]!;
    const status = statusAt(ctx, i, clause, art.lx);
    const date = dateFor(ctx, art, i, clause, status, 'visit');
    for (const who of attendees(ctx, i, kind, clause)) {
      const home = personCountry(who.ids[0]!, art);
      // An ambassador present at an event where he is posted ("السفير البريطاني المعتمد بالرباط") lives there.
      const envoy = ENVOY.test(who.role ?? art.registry.people.get(who.ids[0]!)?.role ?? '');
      if (!home || home === country || envoy) continue;
      out.push({
        predicate: 'VISITED', subject: who.ids[0]!, object: countryId(country), status, date, sentence: ctx.sentence.index,
        evidence: evidence(ctx, i, i + 1), rule: 'visit:attend', confidence: 0.6,
      });
    }
  }
  return out;
}

/** Who took part: the verb's subject (after it, else before it), those named after بحضور, or the sentence's subject for a purpose. */
function attendees(ctx: SentenceContext, cue: number, kind: 'verb' | 'presence' | 'purpose', clause: [number, number]): Mention[] {
  if (kind === 'presence') {
    const first = personsIn(ctx, cue + 1, cue + 4)[0];
    return first ? [first, ...personsIn(ctx, first.to, first.to + 10).filter((m) => /^و/.test(m.prefix) || ctx.tokens[m.from - 1]?.key === 'و')] : [];
  }
  if (kind === 'verb') {
    // (Titles and ranks may stand between the verb and its subject: "شارك سعادة الفريق الركن (طيار) X".)
    const before = personsIn(ctx, clause[0], cue).slice(-1);
    const after = personsIn(ctx, cue + 1, cue + 12)[0];
    return before.length ? before : after ? [after] : [];
  }
  return personsIn(ctx, 0, cue).slice(0, 1);
}

/** The place an event is held at: a city or country after في/ب or a venue word, its nationality after "مدينة X". */
function venueAfter(ctx: SentenceContext, art: ArticleContext, from: number, to: number): Mention | null {
  for (const m of placesIn(ctx, from, to, art)) {
    if (countriesOf(m, art).length !== 1) continue;
    const prep = prepositionBefore(ctx, m);
    const venue = [1, 2, 3].some((d) => VENUE.test(ctx.tokens[m.from - d]?.key ?? ''));
    if (m.kind === 'nisba') {
      // "بمدينة بوردو الفرنسية": the city's nationality, right after its unknown name.
      // ("في مدينة «كيلسي» البولندية": the name may be quoted.)
      const city = [2, 3, 4].find((d) => /^(ب|في)?(مدينه|بمدينه)$/.test(ctx.tokens[m.from - d]?.key ?? ''));
      const named = city !== undefined && ctx.tokens.slice(m.from - city + 1, m.from).filter((t) => t.kind === 'word').length === 1;
      if (named || /^(بالعاصمه|العاصمه)$/.test(ctx.tokens[m.from - 1]?.key ?? '')) return m;
      continue;
    }
    if ((prep === 'في' || prep === 'ب') && (venue || m.kind === 'capital' || m.type === 'Place')) return m;
    if (venue && !prep) return m;
  }
  return null;
}
