import type { Mention } from '../entities/mention.ts';
import type { EventMention, RawFact } from '../relations/context.ts';
import { countryOf, definite, cuesIn, dateAt, enEvidence, homeOf, statusAt, type EnSentenceContext } from './english-signals.ts';
import type { EnToken } from './english-text.ts';

const PRONOUN = /^(he|she|they)$/;
const SOURCE = /^(said|says|quoted|told|stated|added|noted|reported)$/;
const PHONE = /^(phone|telephone|call|called|calls|video|virtual|videoconference)$/;

function persons(ctx: EnSentenceContext): Mention[] {
  return ctx.mentions.filter((m) => m.type === 'Person');
}

/** The person acting at a cue: the nearest one named before it, or the pronoun's referent at the sentence start. */
function actorBefore(ctx: EnSentenceContext, cue: number): string | null {
  const named = persons(ctx).filter((m) => m.to <= cue);
  // "X accompanied by Y received Z": the one accompanied acts, not his escort named last.
  const escorted = named.length >= 2 && ctx.tokens.slice(named[0]!.to, named.at(-1)!.from).some((t, k, a) => /^(accompanied|flanked|joined)$/.test(t.key) && a[k + 1]?.key === 'by');
  // "X is to meet Y apart from his meeting with Z": "his" after the verb's object is its subject's.
  // ("X is accompanying Y on his visit": the one accompanied.)
  const possessive = /^(his|her)$/.test(ctx.tokens[cue - 1]?.key ?? '') && named.length >= 2 && !ctx.tokens.slice(0, cue).some((t) => /^accompan/.test(t.key));
  const before = escorted || possessive ? named[0] : named.at(-1);
  // "X said the minister met with ...": who said it reports the meeting; the actor is named before, if at all.
  // ("X said he will visit Y": a pronoun after the verb is the speaker himself.)
  const said = before && SOURCE.test(ctx.tokens[before.to]?.key ?? '') && before.to < cue - 1;
  const himself = said && ctx.tokens.slice(before.to + 1, Math.min(cue, before.to + 3)).some((t) => PRONOUN.test(t.key));
  if (said && !himself) return ctx.previousActor !== before.ids[0] ? ctx.previousActor ?? null : null;
  // "According to X, the aircraft arrived ...": the one quoted is a source, not who acts.
  if (before && ctx.tokens[before.from - 1]?.key === 'to' && ctx.tokens[before.from - 2]?.key === 'according') return null;
  if (before) return before.ids[0]!;
  // "During his meeting with ...": the possessive before the cue is the last person named.
  if (/^(his|her)$/.test(ctx.tokens[cue - 1]?.key ?? '') || /^(his|her)$/.test(ctx.tokens[cue - 2]?.key ?? '')) return ctx.lastPerson;
  const first = ctx.tokens.findIndex((t) => PRONOUN.test(t.key));
  // "On April 29, he ...": a fronted date's month is no name.
  const inDate = (k: number) => ctx.dates.some((d) => k >= d.from && k < d.to);
  // "RIA Novosti says that he ...": the source that reports is not who acted.
  const reported = first > 0 && (SOURCE.test(ctx.tokens[first - 1]!.key) || (ctx.tokens[first - 1]!.key === 'that' && SOURCE.test(ctx.tokens[first - 2]?.key ?? '')));
  // ("While in Ghana, he will ...": a place named in a fronted clause is no subject either.)
  const inPlace = (k: number) => ctx.mentions.some((m) => m.type !== 'Person' && k >= m.from && k < m.to);
  return first >= 0 && first < cue && (reported || ctx.tokens.slice(0, first).every((t, k) => !t.cap || t.pos !== 'PROPN' || inDate(k) || inPlace(k))) ? ctx.previousActor ?? ctx.lastPerson : null;
}

/** Where a cue points: the first country or place after it, not one the traveller comes "from". */
function destinationAfter(ctx: EnSentenceContext, cue: number, limit = 12): string | null {
  for (const m of ctx.mentions) {
    if (m.from < cue || m.from > cue + limit) continue;
    if (m.type === 'Person') return null;
    if (/^(from|of)$/.test(ctx.tokens[m.from - 1]?.key ?? '')) continue;
    if (adjectival(ctx, m)) continue;
    const c = countryOf(ctx, m);
    if (c) return c;
  }
  return null;
}

const FORCE_AFTER = /^(security|defence|defense|armed|army|navy|naval|air|forces|force|troops|soldiers|contingent|peacekeepers|military|marines|coast)$/;
const PLACE_NOUN = /^(port|city|capital|town|island|islands|base|resort|province|region|border|territory|coast|village|state|county)$/;

/**
 * "the Russian Kant military base in Kyrgyzstan", "the U.S. 7th Fleet": a country named as the owner
 * of what follows is not where one goes, unless what follows is a place of it ("the Japanese port city of").
 */
function adjectival(ctx: EnSentenceContext, m: Mention): boolean {
  if (m.type !== 'Country') return false;
  const next = ctx.tokens[m.to];
  if (!next || PLACE_NOUN.test(next.key)) return false;
  if (m.kind === 'nisba') return /^(NOUN|PROPN|NUM|ADJ)$/.test(next.pos);
  // "visited Rwanda Security Forces operating in ...": a country's forces, not the country.
  if (FORCE_AFTER.test(next.key) && (next.cap || /^(troops|soldiers|forces|contingent|peacekeepers)$/.test(next.key))) return true;
  return ctx.tokens[m.from - 1]?.key === 'the' && (next.pos === 'NUM' || (next.cap && next.pos === 'PROPN') || /^\d/.test(next.text));
}

/** A place named with "in"/"at" ("in the Japanese port city of") near the cue: where a meeting was held. */
function placeIn(ctx: EnSentenceContext, from: number, to: number): string | null {
  for (const m of ctx.mentions) {
    if (m.type === 'Person' || m.from < from || m.from > to) continue;
    const k = ctx.tokens[m.from - 1]?.key === 'the' ? m.from - 2 : m.from - 1;
    if (!/^(in|at)$/.test(ctx.tokens[k]?.key ?? '')) continue;
    // "in Russian President Putin's talks" names no place; "in the Japanese port city of" does.
    if (m.kind === 'nisba' && !/^(port|city|capital|town|island|base|resort)$/.test(ctx.tokens[m.to]?.key ?? '')) continue;
    const c = countryOf(ctx, m);
    if (c) return `country:${c}`;
  }
  // "at the Ministry of Defence here": where the story was filed.
  if (ctx.dateline && ctx.tokens.slice(Math.max(0, from)).some((t) => t.key === 'here')) return `country:${ctx.dateline}`;
  return null;
}

/**
 * VISITED from travel words ("visited", "arrived in", "trip to", "X's visit to Y"), and meetings
 * (MET for every pair) from "met", "held talks with", "spoke by phone", "received", "hosted". A
 * host's reception of a guest, not by phone, puts the guest in the host's country.
 */
export function readEncounters(ctx: EnSentenceContext): { facts: RawFact[]; events: EventMention[]; actor: string | null } {
  const facts: RawFact[] = [];
  const events: EventMention[] = [];
  const toks = ctx.tokens;
  // "a courtesy call on the minister" is a visit in person, not a telephone call.
  const phone = toks.some((t, k) => PHONE.test(t.key) && !(/^calls?$/.test(t.key) && (toks[k - 1]?.key === 'courtesy' || toks[k + 1]?.key === 'on')));
  let actor: string | null = null;
  for (const cue of cuesIn(toks, ctx.en.cues.visit!)) {
    if (ctx.en.words.hostVerbs.has(toks[cue.at]!.key)) continue;
    // "left for Japan", not "left the meeting".
    if (/^(leave|left|leaves|leaving|depart|departed|departs|departing)$/.test(toks[cue.at]!.key) && toks[cue.to]?.key !== 'for') continue;
    const byPerson = toks[cue.to]?.key === 'by' ? persons(ctx).find((m) => m.from === cue.to + 1) : undefined;
    const subject = byPerson?.ids[0] ?? actorBefore(ctx, cue.at);
    // "arrived here on Wednesday": in wire copy, "here" is the dateline's city.
    const here = toks[cue.to]?.key === 'here' && ctx.dateline ? ctx.dateline : null;
    // "X's arrival began with the anthems", "arrived from Moscow on Monday": an arrival that names no
    // destination is at the dateline's city.
    const arrival = /^arriv/.test(toks[cue.at]!.key) ? ctx.dateline ?? null : null;
    const place = here ?? destinationAfter(ctx, byPerson ? byPerson.to : cue.to) ?? arrival;
    if (!subject || !place || homeOf(ctx, subject) === place || (phone && !/visit|trip|arriv/.test(toks[cue.at]!.key))) continue;
    const status = statusAt(ctx, cue.at);
    facts.push({
      predicate: 'VISITED', subject, object: `country:${place}`, status, date: dateAt(ctx, cue.at, status), sentence: ctx.sentence.index,
      evidence: enEvidence(ctx, cue.at, cue.to), rule: `en:visit:${toks[cue.at]!.key}`, confidence: 0.75,
    });
  }
  for (const cue of cuesIn(toks, ctx.en.cues.meet!)) {
    const key = toks[cue.at]!.key;
    if (/^(hold|held|holds|holding|sat)$/.test(key) && !/^(talks|meeting|meetings|a|an|bilateral|discussions)$/.test(toks[cue.to]?.key ?? '')) continue;
    if (/^(discuss|negotiat|consult)/.test(key) && !toks.slice(cue.to, cue.to + 12).some((t) => t.key === 'with')) continue;
    const host = ctx.en.words.hostVerbs.has(key);
    const fronted = frontedActor(ctx, cue.at, cue.to);
    const others = listAfter(ctx, cue.to).filter((p) => p !== fronted);
    const first = fronted ?? actorBefore(ctx, cue.at) ?? unnamedHolder(ctx, cue, others);
    const between = toks[cue.to]?.key === 'between' || toks[cue.to + 1]?.key === 'between';
    const before = between || toks[cue.to]?.key === 'with' ? [] : persons(ctx).filter((m) => m.to <= cue.at && m.from >= cue.at - 16).map((m) => m.ids[0]!);
    let participants = [...new Set([...(first ? [first] : []), ...before.filter((p) => toks.slice(0, cue.at).some((t) => t.key === 'and')), ...others])];
    // "X and Y agreed on ... during a meeting in Cairo": the meeting the sentence's joint subject held.
    if (participants.length < 2 && /^(during|at|in)$/.test(toks[cue.at - 1]?.key === 'a' || toks[cue.at - 1]?.key === 'their' ? toks[cue.at - 2]?.key ?? '' : '')) participants = jointSubject(ctx) ?? participants;
    const anaphoric = participants.length < 2 && !host && /^(talks|meeting|meetings|summit|conversation|call)$/.test(key) && definite(toks, cue.at);
    if (participants.length < 2 && !anaphoric) continue;
    // Only a named actor carries over to the next sentence's "he": a guessed one would spread the guess.
    if (first && participants.length >= 2 && persons(ctx).some((m) => m.ids[0] === first)) actor = first;
    // "would visit Cambodia at the invitation of his counterpart X": the host meets his guest, on the
    // visit's terms (an invitation is no plan of its own).
    const invited = /^(at|invitation)$/.test(key) ? facts.find((f) => f.subject === first) : undefined;
    if (/^(at|invitation)$/.test(key) && !invited) continue;
    const status = invited?.status ?? statusAt(ctx, cue.at);
    const hostHome = host && first ? homeOf(ctx, first) : null;
    // "X called on A, B and C": one meeting of X with each, not one of A with B. People named together
    // before the cue ("A and B held talks") all met one another.
    const groups = first && others.length >= 2 && !between ? others.filter((o) => o !== first).map((o) => [first, o]) : [anaphoric ? [] : participants];
    // "also met", "later hosted", "Meanwhile, ... received": the same day's programme as what came before.
    // ("In the meantime, the Crown Prince received ...": the same.)
    const meantime = toks[0]?.key === 'meanwhile' || (toks[0]?.key === 'in' && toks[2]?.key === 'meantime');
    const continues = toks.slice(Math.max(0, cue.at - 3), cue.at).some((t) => /^(also|later|meanwhile|then|separately)$/.test(t.key)) || meantime;
    for (const group of groups) events.push({
      kind: 'meeting', participants: group, arity: null, anaphoric, status, date: invited ? invited.date : dateAt(ctx, cue.at, status), continues,
      place: phone ? null : placeIn(ctx, anaphoric ? cue.to : cue.at - 8, anaphoric ? cue.to + 3 : placeReach(toks, cue.to)) ?? (hostHome ? `country:${hostHome}` : null),
      sentence: ctx.sentence.index, evidence: enEvidence(ctx, cue.at, cue.to), rule: `en:meet:${key}`,
    });
  }
  return { facts, events, actor };
}

/**
 * How far after a meeting cue its place may be named: 14 words, or just past the gathering it was held
 * on the sidelines of, after a long list of those met ("... on the sidelines of the G7 summit in Hiroshima").
 */
function placeReach(toks: EnToken[], cueEnd: number): number {
  const at = toks.findIndex((t, k) => k > cueEnd && k <= cueEnd + 30 && /^(sidelines|summit|conference|forum)$/.test(t.key));
  return at > 0 ? Math.max(cueEnd + 14, at + 6) : cueEnd + 14;
}

/** The people named before the sentence's first verb, joined by "and": "X and Y agreed ...". */
function jointSubject(ctx: EnSentenceContext): string[] | null {
  const verb = ctx.tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const named = persons(ctx).filter((m) => verb >= 0 && m.to <= verb);
  if (named.length < 2 || !ctx.tokens.slice(named[0]!.to, named.at(-1)!.from).some((t) => t.key === 'and')) return null;
  return [...new Set(named.map((m) => m.ids[0]!))];
}

/**
 * "The decision follows a private meeting with the Estonian premier X": a meeting noun
 * whose holder the sentence does not name is held by the one the article was about (the last actor,
 * else the last person named), when that is someone of another country than those met.
 */
function unnamedHolder(ctx: EnSentenceContext, cue: { at: number; to: number }, met: string[]): string | null {
  const toks = ctx.tokens;
  if (toks[cue.at]!.pos !== 'NOUN' || (toks[cue.to]?.key !== 'with' && toks[cue.to - 1]?.key !== 'with') || !met.length || persons(ctx).some((m) => m.to <= cue.at)) return null;
  const holder = ctx.lastActor ?? ctx.lastPerson;
  if (!holder || met.includes(holder)) return null;
  const home = homeOf(ctx, holder);
  return home && met.every((p) => homeOf(ctx, p) !== home) ? holder : null;
}

/**
 * "While meeting with X, ..., S said", "During his meeting with X, he said": a meeting told in a fronted
 * clause is the main clause's subject's, named (or "he"/"she") right after the comma that closes it.
 * A pronoun there is whoever held the article's last meeting, when one was named.
 */
function frontedActor(ctx: EnSentenceContext, cue: number, cueTo: number): string | null {
  const toks = ctx.tokens;
  if (!/^(while|during|when|at|in|after|before|on|following)$/.test(toks[0]?.key ?? '')) return null;
  if (toks.slice(0, cue).some((t) => t.text === ',')) return null;
  for (let j = cueTo; j < toks.length; j++) {
    if (toks[j]!.text !== ',') continue;
    const subject = persons(ctx).find((m) => m.from > j && m.from <= j + 2);
    if (subject && (toks[subject.to]?.pos === 'VERB' || toks[subject.to]?.pos === 'AUX')) return subject.ids[0]!;
    if (PRONOUN.test(toks[j + 1]?.key ?? '')) return ctx.lastActor ?? null;
  }
  return null;
}

/**
 * The people a cue names: the first within a few words, then the rest of a list that goes on through
 * commas, titles and "and" ("called on A, Defence Minister, General B, Chief of Defence Staff, ...").
 */
function listAfter(ctx: EnSentenceContext, from: number): string[] {
  const end = clauseEnd(ctx, from);
  const out: Mention[] = [];
  for (const m of persons(ctx)) {
    if (m.from < from || m.from >= end) continue;
    // "..., Ms. X, a spokeswoman for the ministry, was quoted as saying": the source of the report ends the list.
    if (m.roleClass === 'spokes' && ctx.tokens.slice(m.to).some((t) => SOURCE.test(t.key))) break;
    const prev = out.at(-1);
    // "met at the ministry to approve a plan by X": a verb before the first
    // person opens another clause; who is named there did not meet.
    // ("received on Monday at his office in Kigali, near the airport, the French envoy ...":
    // the first one met may stand past the time and place of the meeting, with no verb between.)
    const far = m.from > from + 14 && (m.from > from + 24 || ctx.tokens.slice(from, m.from).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
    if (prev ? m.from - prev.to > 9 || ctx.tokens.slice(prev.to, m.from).some((t) => t.text === '.' || t.text === ';' || t.pos === 'VERB') : far || purposeBefore(ctx.tokens.slice(from, m.from))) break;
    out.push(m);
  }
  return out.map((m) => m.ids[0]!);
}

/** A purpose or agent clause: a verb (not a capitalised title word such as "Visiting") with "to" or "by". */
function purposeBefore(gap: EnSentenceContext['tokens']): boolean {
  return gap.some((t) => t.pos === 'VERB' && !t.cap) && gap.some((t) => t.key === 'to' || t.key === 'by');
}

/**
 * Where the people after a cue end: at the first comma or semicolon reached before anyone is named
 * ("During Thursday's meeting, Trump will ..."); a list that has begun goes on through its commas.
 */
function clauseEnd(ctx: EnSentenceContext, from: number): number {
  let commas = 0;
  for (let j = from; j < ctx.tokens.length; j++) {
    if (ctx.mentions.some((m) => m.type === 'Person' && m.from === j)) return ctx.tokens.length;
    // ("with his Kenyan counterpart, General X": the comma opens who the counterpart is.)
    // ("talks with Chinese leaders, notably Premier X": the list goes on to those it names.)
    // ("received on Monday at his office in Kigali, near the airport, the French envoy ...": up to two commas
    // set off where the meeting was, with no verb before them.)
    const placed = commas < 2 && /^(near|in|at|the)$/.test(ctx.tokens[j + 1]?.key ?? '') && !ctx.tokens.slice(from, j).some((t) => t.pos === 'VERB' || t.pos === 'AUX') && ctx.tokens.slice(from, j).some((t) => /^(at|in|near)$/.test(t.key));
    const goesOn = /^counterparts?$/.test(ctx.tokens[j - 1]?.key ?? '') || /^(including|notably|among)$/.test(ctx.tokens[j + 1]?.key ?? '') || placed;
    if (ctx.tokens[j]!.text === ',' && goesOn) commas++;
    else if (ctx.tokens[j]!.text === ',' || ctx.tokens[j]!.text === ';') return j;
  }
  return ctx.tokens.length;
}
