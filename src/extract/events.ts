import { monthOf, type ResolvedDate } from './dates.ts';
import type { ArticleContext, EventMention, RawFact } from './relations/context.ts';
import { STATUS_RANK as RANK, type ExtractedEvent } from './types.ts';

interface Merged extends ExtractedEvent {
  arity: number | null;
  mentions: EventMention[];
  resolvedDate: ResolvedDate | null;
}


/**
 * Merges the mentions of one meeting or exercise across an article: "the exercise held yesterday"
 * and "the joint drills" are one event when no participant and no date contradict. A done event is
 * never merged with a planned or possible one: a past drill and a proposed one are different events.
 */
export function mergeEvents(mentions: EventMention[], articleKey: string): Merged[] {
  const events: Merged[] = [];
  // References made before the event is named ("خلال اجتماعهم في سيول يوم الجمعة" ahead of the names).
  const pending: EventMention[] = [];
  for (const m of mentions) {
    const target = [...events].reverse().find((e) => compatible(e, m));
    if (target) {
      absorb(target, m);
      continue;
    }
    if (m.participants.length === 0) {
      pending.push(m);
      continue;
    }
    const e: Merged = {
      id: `event:${articleKey}:${events.length + 1}`, kind: m.kind, participants: [...m.participants], date: null, precision: null,
      status: m.status, place: m.place, evidence: [], arity: m.arity, mentions: [], resolvedDate: null,
    };
    events.push(e);
    absorb(e, m);
    for (let k = pending.length - 1; k >= 0; k--) {
      if (!compatible(e, pending[k]!)) continue;
      absorb(e, pending[k]!);
      pending.splice(k, 1);
    }
  }
  return events.filter((e) => e.participants.length >= 2);
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function compatible(e: Merged, m: EventMention): boolean {
  if (e.kind !== m.kind) return false;
  if ((RANK[e.status] === 0) !== (RANK[m.status] === 0) && !m.tentative && !e.mentions.every((x) => x.tentative)) return false;
  if (e.resolvedDate && m.date && !datesAgree(e.resolvedDate, m.date)) return false;
  if (m.arity && e.arity && m.arity !== e.arity) return false;
  if (m.participants.length === 0) return !m.arity || !e.arity || m.arity === e.arity || e.participants.length === m.arity;
  if (sameSet(e.participants, m.participants)) return true;
  // An exercise named with fewer partners ("drills with North Korea") is the same as the full one.
  return m.kind === 'exercise' && m.participants.every((p) => e.participants.includes(p));
}

function datesAgree(a: ResolvedDate, b: ResolvedDate): boolean {
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

function absorb(e: Merged, m: EventMention): void {
  e.mentions.push(m);
  e.evidence.push(m.evidence);
  for (const p of m.participants) if (!e.participants.includes(p)) e.participants.push(p);
  e.arity ??= m.arity;
  if (m.date && (!e.resolvedDate || m.date.value.length > e.resolvedDate.value.length)) e.resolvedDate = m.date;
  e.date = e.resolvedDate?.value ?? null;
  e.precision = e.resolvedDate?.precision ?? null;
  // A tentative mention leaves the status to the others; the first firm one replaces a tentative default.
  const firm = e.mentions.filter((x) => !x.tentative);
  if (!m.tentative && (firm.length === 1 || RANK[m.status] < RANK[e.status])) e.status = m.status;
  e.place ??= m.place;
}

/** Pairwise MET / JOINT_EXERCISE facts of each event, and visits implied by a meeting held abroad. */
export function eventFacts(events: Merged[], art: ArticleContext, told: readonly RawFact[] = []): RawFact[] {
  const out: RawFact[] = [];
  // A trip the article tells itself ("وكان الرئيس قد وصل اليوم إلى مالابو") is not inferred again from a meeting there.
  const travelled = new Set(told.filter((f) => f.predicate === 'VISITED').map((f) => `${f.subject}|${f.object}`));
  for (const e of events) {
    const first = e.mentions.find((m) => m.participants.length >= 2) ?? e.mentions[0]!;
    const predicate = e.kind === 'meeting' ? 'MET' : 'JOINT_EXERCISE';
    const hub = e.mentions.find((m) => m.hub)?.hub;
    for (let a = 0; a < e.participants.length; a++) {
      for (let b = a + 1; b < e.participants.length; b++) {
        if (hub && e.participants[a] !== hub && e.participants[b] !== hub) continue;
        out.push({
          predicate, subject: e.participants[a]!, object: e.participants[b]!, status: e.status, date: e.resolvedDate,
          sentence: first.sentence, evidence: first.evidence, rule: first.rule, confidence: 0.8, eventId: e.id, continues: first.continues,
        });
      }
    }
    if (e.kind !== 'meeting' || !e.place) continue;
    const host = e.place.startsWith('country:') ? e.place.slice(8) : art.lx.entity(e.place)?.countryCode;
    if (!host) continue;
    for (const p of e.participants) {
      const person = art.registry.people.get(p);
      const home = person?.country;
      // An ambassador met where he is posted lives there: his meeting is no trip.
      if (!home || home === host || travelled.has(`${p}|country:${host}`) || ENVOY.test(person?.role ?? '')) continue;
      out.push({
        predicate: 'VISITED', subject: p, object: `country:${host}`, status: e.status, date: e.resolvedDate,
        sentence: first.sentence, evidence: first.evidence, rule: 'visit:meeting-abroad', confidence: 0.6, eventId: e.id, continues: first.continues,
      });
    }
  }
  return out;
}

const ENVOY = /سفير|سفيره|القائم بالاعمال|القائم باعمال|ambassador|chargé|charge d/i;

/**
 * A visit and a meeting told in one sentence share their date: a visit without a date takes the
 * meeting's ("سيسافر ... حيث سيجتمع مع بوتين"), and a meeting dated only to the year or month takes
 * the visit's day when its visitor is there ("زار واشنطن، الجمعة، حيث التقى ترامب ... هذا العام").
 */
export function dateFromSentenceEvents(facts: RawFact[], events: Merged[]): void {
  for (const m of facts) {
    if (m.predicate !== 'MET') continue;
    const v = facts.find((f) => f.predicate === 'VISITED' && f.sentence === m.sentence && f.date && (f.subject === m.subject || f.subject === m.object)
      && f.date.value.length > (m.date?.value.length ?? 0) && f.date.value.startsWith(m.date?.value ?? ''));
    if (v) m.date = v.date;
  }
  for (const f of facts) {
    if (f.date || f.predicate !== 'VISITED') continue;
    const e = events.find((ev) => ev.resolvedDate && ev.mentions.some((m) => m.sentence === f.sentence) && ev.participants.includes(f.subject));
    if (e) f.date = e.resolvedDate;
    // "X's arrival began with the anthems" told apart from "the meeting ... today" held in that country:
    // a done trip without a time is dated by the one dated meeting its traveller held there.
    else if (f.status === 'occurred') {
      const there = events.filter((ev) => ev.kind === 'meeting' && ev.resolvedDate && ev.status === 'occurred' && ev.place === f.object && ev.participants.includes(f.subject));
      const dates = new Set(there.map((ev) => ev.resolvedDate!.value));
      if (dates.size === 1) f.date = there[0]!.resolvedDate;
    }
  }
}

/**
 * A meeting told without a time in an article about one person's trip took place during that trip:
 * "وسيبحث خلالها مع نظيره ..."، "He is scheduled to hold separate courtesy calls on ...". It takes the
 * date of the trip that person made (the nearest dated visit before it in the article, same firmness):
 * its day when told in the same or the next sentence, else its month, since a trip lasts days.
 */
export function dateFromTrips(facts: RawFact[]): void {
  for (const m of facts) {
    if (m.predicate !== 'MET' || m.date) continue;
    // A meeting still to come on a trip under way ("وصل ... اليوم، ومن المقرر أن يلتقي") is dated by it when told next to it.
    // "وسيلتقي الوزير خلال زيارته ...": a meeting told as part of the trip belongs to it, whatever its tense.
    // "على هامش القمة": on the sidelines of the gathering the trip went to, some day of it.
    const sideline = SIDELINE.test(m.evidence.sentence);
    const during = DURING_TRIP.test(m.evidence.sentence) || sideline;
    const trips = facts.filter((v) => v.predicate === 'VISITED' && v.date && (v.subject === m.subject || v.subject === m.object)
      && ((v.status === 'occurred') === (m.status === 'occurred') || m.sentence - v.sentence <= 1 || during) && v.sentence <= m.sentence);
    const trip = trips.sort((a, b) => b.sentence - a.sentence)[0];
    if (!trip?.date) continue;
    // Told right after the arrival, it is that day; further on, only the month is sure.
    const near = !sideline && (m.sentence - trip.sentence <= 1 || !!m.continues || (during && m.sentence - trip.sentence <= 3));
    m.date = near ? trip.date : monthOf(trip.date);
  }
}

const DURING_TRIP = /خلال\s+زيارت(ه|ها|هما|هم)|خلالها/;
const SIDELINE = /(على|علي)\s+هامش|on the sidelines/i;

/**
 * "Meanwhile, the Crown Prince received ..."، "كما استقبل ...": an undated meeting told as more of the
 * programme before it, within three sentences, took place that day.
 */
export function dateContinued(facts: RawFact[]): void {
  for (const m of facts) {
    if (m.predicate !== 'MET' || m.date || !m.continues) continue;
    const before = facts.filter((f) => f.date && (f.predicate === 'MET' || f.predicate === 'VISITED') && f.sentence < m.sentence && m.sentence - f.sentence <= 3 && f.status === m.status);
    const last = before.sort((a, b) => b.sentence - a.sentence)[0];
    if (last) m.date = last.date;
  }
}

/** The later stops of a tour ("جولة ... يزور خلالها X") are dated by the month its first dated stop gives. */
export function dateTourStops(facts: RawFact[]): void {
  for (const stop of facts) {
    if (stop.predicate !== 'VISITED' || stop.date || !stop.tourStop) continue;
    const begun = facts.find((v) => v.predicate === 'VISITED' && v.subject === stop.subject && v.date && !v.tourStop);
    if (begun?.date) stop.date = monthOf(begun.date);
  }
}

