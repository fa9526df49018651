import { dayValue, monthValue, type DateExpr, type Day, type ResolvedDate } from '../dates.ts';
import type { Mention } from '../entities/mention.ts';
import type { PersonRegistry } from '../entities/registry.ts';
import type { Evidence, Status } from '../types.ts';
import type { EnglishLexicon } from './english-lexicon.ts';
import type { EnSentence, EnToken } from './english-text.ts';

/** What every English relation reader sees of one sentence. */
export interface EnSentenceContext {
  sentence: EnSentence;
  tokens: EnToken[];
  mentions: Mention[];
  dates: DateExpr[];
  en: EnglishLexicon;
  registry: PersonRegistry;
  published: Day | null;
  /** The last person named before this sentence: "He arrived in ..." */
  lastPerson: string | null;
  /** Who held the article's last meeting: "When meeting X, he said ..." */
  lastActor?: string | null;
  /** Who acted in the sentence just before, when it named him: the referent of a subject "he" over the last person named. */
  previousActor?: string | null;
  /** The country of the wire dateline, which "here" names ("arrived here on Wednesday"). */
  dateline?: string | null;
}

/**
 * planned for what is announced ("will visit", "is expected to", "plans to", a headline's "to visit"),
 * possible for what is reported as unconfirmed or weighed ("may", "reportedly", "is considering"),
 * otherwise occurred. Read in the few words before the cue, where English puts its modal verbs.
 */
export function statusAt(ctx: EnSentenceContext, cue: number): Status {
  const toks = ctx.tokens;
  let planned = false;
  let possible = false;
  for (let i = Math.max(0, cue - 7); i <= cue; i++) {
    if (toks[i]?.text === '.' || toks[i]?.text === ';') planned = possible = false;
    const m = ctx.en.modality.at(toks, i);
    if (m?.value === 'planned') planned = true;
    if (m?.value === 'possible') possible = true;
  }
  if (toks[cue - 1]?.key === 'to' && ctx.sentence.heading && toks[cue]?.pos === 'VERB') planned = true;
  // "The exercise ... will take place in November": an event noun as subject takes the tense of its verb.
  const after = toks[cue]?.pos === 'NOUN' || toks[cue]?.pos === 'PROPN' ? verbAfter(ctx, cue) : null;
  if (after === 'planned') planned = true;
  if (after === 'possible') possible = true;
  // "reportedly" or "denied" anywhere before the cue colours the whole report.
  for (let i = 0; i < cue; i++) if (/^(reportedly|allegedly|denied|denies)$/.test(toks[i]!.key)) possible = true;
  return possible ? 'possible' : planned ? 'planned' : 'occurred';
}

const EVENT_COURSE = /^(take|be|begin|start|last|run|kick|go|open|involve|include|feature|see|continue|end|conclude|happen|occur|commence|resume|focus)$/;

/**
 * The modality of the first verb after an event noun, past an apposition set off by commas ("Slavic
 * Brotherhood, a joint exercise of A, B and C, will take place ..."); null when that verb has none.
 */
function verbAfter(ctx: EnSentenceContext, cue: number): Status | null {
  const toks = ctx.tokens;
  let aside = false;
  for (let i = cue + 1; i < Math.min(toks.length, cue + 16); i++) {
    const t = toks[i]!;
    if (t.text === '.' || t.text === ';') return null;
    if (t.text === ',') {
      aside = !aside && /^(a|an|the|which|who|that|one)$/.test(toks[i + 1]?.key ?? '');
      continue;
    }
    if (aside || (t.pos !== 'AUX' && t.pos !== 'VERB')) continue;
    // Only an auxiliary says it ("will", "may", "is scheduled", "is expected to", "is set to"): a full
    // verb after the event ("aims to", "agreed") tells what it does, not whether it took place.
    if (t.pos !== 'AUX') return null;
    // After a modal, only a verb of the event's own course ("will take place", "may begin"): "the visit
    // will boost co-operation" foretells its effect, not the visit.
    const modal = ctx.en.modality.at(toks, i);
    if (modal) return EVENT_COURSE.test(toks[i + 1]?.key ?? '') && (modal.value === 'planned' || modal.value === 'possible') ? modal.value : null;
    const m = /^(scheduled|expected|set|due|slated|planned|likely|going)$/.test(toks[i + 1]?.key ?? '') ? ctx.en.modality.at(toks, i + 1) : null;
    return m?.value === 'planned' || m?.value === 'possible' ? m.value : null;
  }
  return null;
}

const REPORTING = /^(said|says|told|announced|reported|stated|added|noted|confirmed|tweeted|wrote|posted|declared)$/;

/** The time expression nearest the cue in its sentence, resolved against publication and tense. */
export function dateAt(ctx: EnSentenceContext, cue: number, status: Status): ResolvedDate | null {
  let best: DateExpr | null = null;
  let dist = Infinity;
  for (const d of ctx.dates) {
    // "the ministry said on Tuesday", "his office said Saturday": the day of the report, not of the event.
    // "told Congress on Tuesday", "said in a statement on Monday" too: the verb may stand a few words back.
    const before = ctx.tokens.slice(Math.max(0, d.from - 5), d.from);
    // "... says Sergei Shoigu in late April visited": a person named after the verb opens the reported clause.
    const named = ctx.mentions.some((m) => m.type === 'Person' && m.from >= d.from - 5 && m.to <= d.from);
    if (d.to - d.from <= 2 && !named && reportedAt(before)) continue;
    // "Originally started in 1992", "held since 2017": the series' history, not this event's date.
    if (before.slice(-4).some((t) => /^(originally|since|first|inception|founded|established)$/.test(t.key))) continue;
    // "up to 16th June", "until March 3", "through 2025": where a period ends, not when the event was.
    if (/^(until|till|through|to)$/.test(before.at(-1)?.key ?? '') && (before.at(-1)!.key !== 'to' || before.at(-2)?.key === 'up')) continue;
    // "his first visit ... following his appointment on October 23": a later date behind "after/following
    // his ..." dates that other event, not the cue's.
    if (d.from > cue && subordinateEvent(ctx.tokens, cue + 1, d.from)) continue;
    const gap = d.from > cue ? d.from - cue : cue - d.to;
    if (gap < dist) (best = d), (dist = gap);
  }
  // A planned fact told in the past tense around its date ("had approved ... on Tuesday") looks back.
  const past = best ? ctx.tokens.slice(Math.max(0, best.from - 4), best.from).some((t) => PAST.test(t.key)) : false;
  if (best) return best.resolve(ctx.published, status !== 'occurred' && !past);
  // "are participating in exercises", "the deployment ... is ongoing": going on as the article is
  // published, so in its month, when nothing else dates it.
  if (status !== 'occurred' || !ctx.published) return null;
  // "has arrived in Dushanbe": a wire's perfect of arrival is the day of the report.
  if (/^(has|have)$/.test(ctx.tokens[cue - 1]?.key ?? '') && /^arriv/.test(ctx.tokens[cue]!.key)) return dayValue(ctx.published);
  return ongoing(ctx.tokens, cue) ? monthValue(ctx.published.y, ctx.published.m) : null;
}

/**
 * The cue told as going on: "is ongoing"/"underway" near it, or a present progressive that is the
 * cue or governs it ("are participating in combat exercises", "is visiting"), not one of another verb
 * ("is deploying tanks acquired from ...": the acquisition is not going on).
 */
function ongoing(toks: EnToken[], cue: number): boolean {
  for (let i = Math.max(0, cue - 3); i < Math.min(toks.length, cue + 12); i++) if (toks[i]!.key === 'ongoing' || toks[i]!.key === 'underway') return true;
  // "has received the first of 24 jets", "have now arrived": just done as the article is published.
  const perfect = /^(just|now|already|finally)$/.test(toks[cue - 1]?.key ?? '') ? cue - 2 : cue - 1;
  // ("To date, X has deployed ...", "has so far sent": a sum over the years, not this month's news.)
  const tally = toks.some((t, k) => (t.key === 'date' && toks[k - 1]?.key === 'to') || (t.key === 'far' && toks[k - 1]?.key === 'so'));
  if (/^(has|have)$/.test(toks[perfect]?.key ?? '') && toks[cue]!.pos === 'VERB' && /ed$/.test(toks[cue]!.key) && !tally) return true;
  for (let i = Math.max(0, cue - 7); i <= cue; i++) {
    const k = toks[i]!.key;
    if (k !== 'is' && k !== 'are') continue;
    let j = i + 1;
    if (/^(now|currently|still)$/.test(toks[j]?.key ?? '')) j++;
    const v = toks[j];
    if (!v || v.pos !== 'VERB' || !/ing$/.test(v.key) || j > cue) continue;
    if (j === cue || toks.slice(j + 1, cue).every((t) => t.pos !== 'VERB')) return true;
  }
  return false;
}

/** "following his appointment", "after he was appointed", "since their last meeting" between two positions. */
function subordinateEvent(toks: EnToken[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    if (/^(following|after|since|before|ahead)$/.test(toks[i]!.key) && /^(his|her|its|their|the|a|of|he|she|they|it)$/.test(toks[i + 1]!.key)) return true;
    // "comes amid tension after drones hit two oil facilities ... on Sept. 14": a clause of its own.
    if (/^(after|amid|following|since)$/.test(toks[i]!.key) && toks.slice(i + 1, to).some((t) => t.pos === 'VERB' && !/ing$/.test(t.key))) return true;
    // "received the jets as part of a contract signed in April": the date is the contract's.
    if (/^(signed|concluded|inked|sealed)$/.test(toks[i]!.key) && i > from) return true;
  }
  return false;
}

const PAST = /^(was|were|had|did|held|met|visited|approved|signed|arrived|announced)$/;

/** A reporting verb among the words before a date, with no preposition other than "on"/"in" breaking it off. */
function reportedAt(before: EnToken[]): boolean {
  let k = before.length - 1;
  while (k >= 0 && !REPORTING.test(before[k]!.key)) k--;
  if (k < 0) return false;
  return before.slice(k + 1).every((t) => t.pos !== 'VERB' && !/^(that|to|for|with)$/.test(t.key));
}

export function enEvidence(ctx: EnSentenceContext, cue: number, cueTo = cue + 1): Evidence {
  const s = ctx.sentence;
  const t = ctx.tokens;
  return { sentence: s.text, start: s.start, end: s.end, cueStart: t[cue]?.start ?? s.start, cueEnd: t[Math.max(cue, cueTo - 1)]?.end ?? s.end };
}

/** Country code a mention stands for: a country, or the country a place lies in. */
export function countryOf(ctx: EnSentenceContext, m: Mention): string | null {
  if (m.type === 'Country') return m.ids[0]!.slice(8);
  if (m.type === 'Place') return ctx.en.lx.entity(m.ids[0]!)?.countryCode ?? null;
  return null;
}

export function homeOf(ctx: EnSentenceContext, person: string): string | null {
  return ctx.registry.people.get(person)?.country ?? ctx.en.lx.entity(person)?.countryCode ?? null;
}

/** Token positions where a phrase of the set starts, with its end. */
export function cuesIn(toks: EnToken[], set: { at(t: EnToken[], i: number): { to: number } | null }): { at: number; to: number }[] {
  const out: { at: number; to: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const m = set.at(toks, i);
    if (m) out.push({ at: i, to: m.to }), (i = m.to - 1);
  }
  return out;
}

/** "the exercise", "this year's drills", "their talks": a mention of an event already named. */
export function definite(toks: { key: string }[], cue: number): boolean {
  return toks.slice(Math.max(0, cue - 4), cue).some((t) => /^(the|this|that|these|those|its|their|during)$/.test(t.key));
}
