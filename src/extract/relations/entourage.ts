import type { Mention } from '../entities/mention.ts';
import { countriesOf, countryId, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { evidence, type ArticleContext, type RawFact, type SentenceContext } from './context.ts';
import { statusAt } from './modality.ts';

/** "ويرافق أردوغان"، "كما يرافقه"، "ورافق الرئيس": the verb that introduces a traveller's entourage. */
const ACCOMPANY = /^[وف]?(يرافق|ترافق|رافق|رافقت)(ه|ها|هم|هما)?$/;
/** "ويضم وفد ..."، "وضم الوفد ...": what a delegation comprises. */
/** "يرافقه"، "برفقة"، "بصحبة": companions named after a visit in its sentence. */
const ALONG = /^[وف]?(يرافق|ترافق)(ه|ها|هم|هما)$|^(برفقه|بصحبه|برفقته|بصحبته)$/;
const COMPRISES = /^[وف]?(يضم|تضم|ضم|ضمت)$/;
/** "في زيارته إلى ..."، "خلال جولته": the trip the entourage travels on. */
const TRIP = /^(زيارت|جولت|رحلت)(ه|ها)$/;
const DESTINATION_PREPOSITIONS = new Set(['الي', 'ل', 'في']);

/**
 * The officials who accompany a traveller visit where he goes: "ويرافق أردوغان في زيارته إلى سلطنة
 * عمان ... وزراء الخارجية هاكان فيدان، والدفاع يشار غولر" and, a sentence later, "كما يرافقه رؤساء
 * ...". The traveller is the person after the verb, or the one its pronoun points back to (the
 * visitor just read); the destination is the trip's, named in the sentence or read before. Each
 * companion without a nationality of his own is the traveller's compatriot.
 */
export function readEntourage(ctx: SentenceContext, art: ArticleContext, visits: RawFact[]): RawFact[] {
  const toks = ctx.tokens;
  const accompanies = toks.findIndex((t, k) => k <= 3 && ACCOMPANY.test(t.key));
  if (accompanies < 0 && visits.length) return companionsAlong(ctx, art, visits[0]!);
  // "ويضم وفد مالي (إلى جانب الرئيس) كلا من X ...": the delegation of the traveller just read.
  const delegation = accompanies < 0 ? toks.findIndex((t, k) => k <= 3 && COMPRISES.test(t.key) && /^(ال)?وفد/.test(toks[k + 1]?.key ?? '')) : -1;
  const cue = accompanies >= 0 ? accompanies : delegation;
  if (cue < 0) return [];
  const pronoun = delegation >= 0 || !!ACCOMPANY.exec(toks[cue]!.key)![2];
  const named = pronoun ? null : personsIn(ctx, cue + 1, cue + 3)[0] ?? null;
  const traveller = named ? named.ids[0]! : art.lastVisitors?.[0] ?? null;
  if (!traveller) return [];
  const trip = toks.findIndex((t, k) => k > cue && k < cue + 8 && TRIP.test(t.key.replace(/^[وفبل]*(في)?/, '')));
  const stated = trip >= 0 ? placesIn(ctx, trip + 1, trip + 5, art).find((m) => DESTINATION_PREPOSITIONS.has(prepositionBefore(ctx, m) ?? '')) : undefined;
  const destination = stated ? countriesOf(stated, art)[0] ?? null : art.lastVisitCountry ?? null;
  // Without a trip in the sentence, the pronoun must point at the visitor just read, or there is no trip to join.
  if (!destination || (!stated && !(art.lastVisitors?.includes(traveller)))) return [];
  const home = personCountry(traveller, art);
  const status = statusAt(ctx, cue, [0, toks.length], art.lx);
  const date = destination === art.lastVisitCountry ? art.lastVisitDate ?? null : null;
  return companionsVisit(ctx, art, personsIn(ctx, (named?.to ?? cue + 1), toks.length), { traveller, home, destination: countryId(destination), status, date, cue });
}

/**
 * "وجّه X إلى موسكو في زيارة ...، يرافقه كل من وزير المالية Y، ..."، "غادر X القاهرة برفقة أعضاء
 * المجلس، Y، وZ، بعد زيارة ...": those named after "with him" in the sentence of a visit travel with him.
 */
function companionsAlong(ctx: SentenceContext, art: ArticleContext, visit: RawFact): RawFact[] {
  const cue = ctx.tokens.findIndex((t) => ALONG.test(t.key));
  if (cue < 0) return [];
  const traveller = visit.subject;
  return companionsVisit(ctx, art, personsIn(ctx, cue + 1, ctx.tokens.length), { traveller, home: personCountry(traveller, art), destination: visit.object, status: visit.status, date: visit.date, cue });
}

interface Trip { traveller: string; home: string | null; destination: string; status: RawFact['status']; date: RawFact['date']; cue: number }

/** Each companion visits the trip's destination; one without a nationality of his own is the traveller's compatriot. */
function companionsVisit(ctx: SentenceContext, art: ArticleContext, people: Mention[], trip: Trip): RawFact[] {
  const out: RawFact[] = [];
  for (const m of people) {
    const id = m.ids[0]!;
    if (id === trip.traveller || m.kind === 'surname') continue;
    const companion = art.registry.people.get(id);
    if (companion && !companion.country && trip.home) companion.country = trip.home;
    if (countryId(personCountry(id, art) ?? '') === trip.destination) continue;
    out.push({
      predicate: 'VISITED', subject: id, object: trip.destination, status: trip.status, date: trip.date, sentence: ctx.sentence.index,
      evidence: evidence(ctx, trip.cue, trip.cue + 1), rule: 'visit:entourage', confidence: 0.75,
    });
  }
  return out;
}
