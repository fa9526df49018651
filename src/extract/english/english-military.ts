import type { Mention } from '../entities/mention.ts';
import type { EventMention, RawFact } from '../relations/context.ts';
import { countryOf, cuesIn, definite, dateAt, enEvidence, homeOf, statusAt, type EnSentenceContext } from './english-signals.ts';
import type { EnToken } from './english-text.ts';

const TROOPS = /^(troops|soldiers|forces|servicemen|personnel|contingent|battalions?|brigades?|peacekeepers|mercenaries|units|boots|marines|sailors|airmen)$/;
const DEPLOY_VERB = /^(deploy|deployed|deploys|deploying|deployment|deployments|sent|send|sends|sending|dispatch|dispatched|stationed|station|move|moved|rotate|rotated|arrived|arrive|reinforce|contribute|contributed|contributes|contributing)$/;
const WITHDRAW = /^(withdraw|withdrew|withdrawn|withdrawal|pull|pulled|pullout|leave|left|leaving|exit|expelled|evacuate|evacuated)$/;
const INTO = /^(to|in|into|inside|across)$/;
const GIVE = /^(supplied|supply|supplies|supplying|supplier|delivered|deliver|delivers|delivering|delivery|deliveries|sold|sell|sells|selling|sale|sales|transfer|transferred|transfers|transferring|provided|provide|provides|providing|shipped|ship|shipping|shipment|shipments|donated|donate|donates|donating|donation|donations|gave|give|sent|send|sending|exported|export|exports|package|aid|arms)$/;
const TAKE = /^(bought|buy|buys|buying|purchase|purchased|purchases|acquire|acquired|acquisition|received|receive|receives|obtained|procure|procured|procurement|import|imported|imports)$/;
const NOT_DRILL = /^(restraint|caution|right|rights|control|power|powers|influence|sovereignty|jurisdiction|authority|its|their|his|her|the|self-defense|self-defence|patience|leverage|pressure|veto)$/;
const AGAINST = /^(against|targeting|towards?|deter|near|off|over|condemned|slammed|denounced|criticized|criticised|warned|accused)$/;

function countriesIn(ctx: EnSentenceContext, from: number, to: number): { code: string; m: Mention }[] {
  const out: { code: string; m: Mention }[] = [];
  for (const m of ctx.mentions) {
    if (m.from < from || m.from >= to) continue;
    const c = m.type === 'Country' ? countryOf(ctx, m) : null;
    if (c) out.push({ code: c, m });
  }
  return out;
}

/** The state acting before a cue: a country named, or the country of the official named, nearest first. */
function actorState(ctx: EnSentenceContext, cue: number): string | null {
  for (const m of [...ctx.mentions].reverse()) {
    if (m.to > cue || cue - m.to > 12) continue;
    if (/^(to|into|in|from|against|with)$/.test(ctx.tokens[m.from - 1]?.key ?? '')) continue;
    const c = m.type === 'Person' ? homeOf(ctx, m.ids[0]!) : m.type === 'Country' ? countryOf(ctx, m) : null;
    if (c) return c;
  }
  return null;
}

/** The first country after "to/in/into" within reach of a cue. */
function target(ctx: EnSentenceContext, after: number, words: RegExp, limit = 10): string | null {
  return targetMention(ctx, after, words, limit)?.code ?? null;
}

function targetMention(ctx: EnSentenceContext, after: number, words: RegExp, limit: number): { code: string; m: Mention } | null {
  for (const m of ctx.mentions) {
    if (m.from <= after || m.from > after + limit || m.type === 'Person') continue;
    if (!words.test(ctx.tokens[m.from - 1]?.key ?? '') && !(ctx.tokens[m.from - 1]?.key === 'the' && words.test(ctx.tokens[m.from - 2]?.key ?? ''))) continue;
    const code = countryOf(ctx, m);
    if (code) return { code, m };
  }
  return null;
}

/** The countries listed on after one: ", South Sudan, Georgia and Chad". */
function listOn(ctx: EnSentenceContext, first: Mention): string[] {
  const out: string[] = [];
  let to = first.to;
  for (const c of countriesIn(ctx, first.to, ctx.tokens.length)) {
    const gap = ctx.tokens.slice(to, c.m.from);
    if (!gap.length || gap.some((t) => !/^(,|and|the)$/.test(t.key))) break;
    out.push(c.code);
    to = c.m.to;
  }
  return out;
}

const ARRIVED = /^(arrived|arrive|arrives|arriving|landed)$/;

/** "announced a donation of", "approved the sale of", "pledged": weapons promised, not yet handed over. */
const PROMISED = /^(announced|announces|announcing|approved|approves|pledged|pledges|promised|promises|offered|offers)$/;

function fact(ctx: EnSentenceContext, predicate: RawFact['predicate'], subject: string, object: string, cue: number, rule: string): RawFact {
  const told = statusAt(ctx, cue);
  const promised = predicate === 'SUPPLIED_ARMS_TO' && told === 'occurred' && ctx.tokens.slice(Math.max(0, cue - 4), cue).some((t) => PROMISED.test(t.key));
  const status = promised ? 'planned' : told;
  return {
    predicate, subject: `country:${subject}`, object: `country:${object}`, status, date: dateAt(ctx, cue, status), sentence: ctx.sentence.index,
    evidence: enEvidence(ctx, cue), rule, confidence: 0.7,
  };
}

/**
 * DEPLOYED_TROOPS_TO: "North Korean troops in Russia", "Russia has sent soldiers to Belarus", and every
 * troop noun of the sentence: "sent troops to the UN force in Mali, as did troops from Chad, Niger
 * and Togo" sends from each country of the list to the destination named before.
 */
export function readEnglishDeployments(ctx: EnSentenceContext): RawFact[] {
  const toks = ctx.tokens;
  if (toks.some((t) => WITHDRAW.test(t.key))) return [];
  const out: RawFact[] = [];
  const seen = new Set<string>();
  let lastDest: string | null = null;
  for (let noun = 0; noun < toks.length; noun++) {
    if (!TROOPS.test(toks[noun]!.key)) continue;
    const verb = nearestVerb(toks, noun);
    const own = ownersOf(ctx, noun);
    const actor = verb >= 0 ? actorState(ctx, verb) : null;
    const senders = own.length ? own : actor ? [actor] : [];
    const at = Math.max(noun, verb);
    // ("for UN missions in Lebanon, Mali ...": a mission's place may stand further on.)
    const mission = toks.findIndex((t, k) => k > at && k <= at + 14 && /^(missions?|operations?)$/.test(t.key) && INTO.test(toks[k + 1]?.key ?? ''));
    const found = targetMention(ctx, at, INTO, mission > 0 ? mission + 3 - at : 10);
    const dest: string | null = found?.code ?? (own.length ? lastDest : null);
    if (!dest || (verb < 0 && !own.length)) continue;
    lastDest = dest;
    // "in Mali, Lebanon, Haiti and Chad": each country of the list is a destination.
    const dests = [dest, ...(found ? listOn(ctx, found.m) : [])];
    for (const sender of senders) {
      if (seen.has(sender)) continue;
      seen.add(sender);
      for (const d of new Set(dests)) if (d !== sender) out.push(fact(ctx, 'DEPLOYED_TROOPS_TO', sender, d, verb >= 0 ? verb : noun, 'en:deploy'));
    }
  }
  return out;
}

/** The sending verb of a troop noun: the nearest in the sentence, either side. */
function nearestVerb(toks: EnToken[], noun: number): number {
  let best = -1;
  toks.forEach((t, i) => {
    if (DEPLOY_VERB.test(t.key) && (best < 0 || Math.abs(i - noun) < Math.abs(best - noun))) best = i;
  });
  return best;
}

/**
 * Whose troops: the nationality just before the noun ("Kenyan troops", "Kenyan and Ugandan troops")
 * or the countries listed after "from" ("troops from Chad, Niger, Togo and Senegal").
 */
function ownersOf(ctx: EnSentenceContext, noun: number): string[] {
  const toks = ctx.tokens;
  const before = countriesIn(ctx, Math.max(0, noun - 3), noun).at(-1);
  // "the mission in Mali, alongside troops": a place before the noun is not its nationality.
  const placeBefore = before && (/^(in|to|into|from|at|of|with|against)$/.test(toks[before.m.from - 1]?.key ?? '') || toks.slice(before.m.to, noun).some((t) => t.text === ','));
  if (before && !placeBefore) return [...listBack(ctx, before.m), before].map((c) => c.code);
  if (toks[noun + 1]?.key !== 'from') return [];
  const out: string[] = [];
  let at = noun + 2;
  for (const c of countriesIn(ctx, noun + 2, toks.length)) {
    // Only a list: each country follows the last with nothing but ",", "and" or "the" between.
    if (toks.slice(at, c.m.from).some((t) => !/^(,|and|the)$/.test(t.key))) break;
    out.push(c.code);
    at = c.m.to;
  }
  return out;
}

/** The countries listed before one: "Kenyan, Ugandan and Burundian" before "Burundian". */
function listBack(ctx: EnSentenceContext, last: Mention): { code: string; m: Mention }[] {
  const out: { code: string; m: Mention }[] = [];
  let from = last.from;
  for (const c of countriesIn(ctx, 0, last.from).reverse()) {
    if (c.m.to === from) break;
    const gap = ctx.tokens.slice(c.m.to, from);
    if (!gap.length || gap.some((t) => !/^(,|and)$/.test(t.key))) break;
    out.unshift(c);
    from = c.m.from;
  }
  return out;
}

/** SUPPLIED_ARMS_TO: "the US will supply F-16s to Ukraine", "Poland bought K2 tanks from South Korea". */
export function readEnglishSupplies(ctx: EnSentenceContext): RawFact[] {
  const toks = ctx.tokens;
  if (!toks.some((_, i) => ctx.en.weapons.at(toks, i))) return [];
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!.key;
    if (GIVE.test(k)) {
      const supplier = actorState(ctx, i);
      // "signed contracts with Poland to export K2 tanks": the partner named before the verb.
      const to = target(ctx, i, /^(to|for)$/, 20) ?? target(ctx, Math.max(0, i - 12), /^with$/, 11);
      if (supplier && to && supplier !== to) return [fact(ctx, 'SUPPLIED_ARMS_TO', supplier, to, i, `en:arms:${k}`)];
    }
    // "Four patrol boats from Japan reached Manila on Friday" (arrived in X from Y): weapons that arrive
    // somewhere from a state were supplied by it.
    if (ARRIVED.test(k) && toks.slice(0, i).some((_, j) => ctx.en.weapons.at(toks, j))) {
      const to = target(ctx, i, /^(in|at)$/, 6);
      const from = target(ctx, i, /^from$/, 14);
      if (to && from && to !== from) return [fact(ctx, 'SUPPLIED_ARMS_TO', from, to, i, `en:arms:${k}`)];
    }
    if (TAKE.test(k)) {
      const buyer = actorState(ctx, i);
      const from = target(ctx, i, /^(from)$/, 16);
      if (buyer && from && buyer !== from) return [fact(ctx, 'SUPPLIED_ARMS_TO', from, buyer, i, `en:arms:${k}`)];
    }
  }
  return [];
}

/** JOINT_EXERCISE: the countries holding a drill, named before it or after "with/between/involving". */
export function readEnglishExercises(ctx: EnSentenceContext): EventMention[] {
  const toks = ctx.tokens;
  const out: EventMention[] = [];
  for (const cue of cuesIn(toks, ctx.en.cues.exercise!)) {
    // "exercise restraint", "exercised its right": the verb, not a drill.
    if (/^exercis/.test(toks[cue.at]!.key) && (NOT_DRILL.test(toks[cue.to]?.key ?? '') || toks[cue.at - 1]?.key === 'to')) continue;
    // ", and ..." / "; " / "while" start another clause: "The X-Y exercise began on Monday, and Z-W drills ended".
    // A list's ", and Singapore" is no break.
    const country = (test: (m: Mention) => boolean) => ctx.mentions.some((m) => m.type === 'Country' && test(m));
    const inList = (j: number) => country((m) => m.to === j) && country((m) => m.from === j + 2 || (toks[j + 2]?.key === 'the' && m.from === j + 3));
    const clauseBreak = (j: number) => toks[j]!.text === ';' || /^(while|whereas)$/.test(toks[j]!.key) || (toks[j]!.text === ',' && /^(and|but|while|whereas)$/.test(toks[j + 1]?.key ?? '') && !inList(j));
    let from = cue.at;
    while (from > 0 && !(toks[from - 1]!.pos === 'VERB' && !ctx.en.words.exerciseVerbs.has(toks[from - 1]!.key)) && !clauseBreak(from - 1) && !AGAINST.test(toks[from - 1]!.key)) from--;
    let to = cue.to;
    while (to < toks.length && to - cue.to < 20 && !clauseBreak(to) && !AGAINST.test(toks[to]!.key) && !(toks[to]!.pos === 'VERB' && !ctx.en.words.exerciseVerbs.has(toks[to]!.key))) to++;
    const observer = (c: { m: Mention }) => toks.slice(c.m.to, c.m.to + 5).some((t) => /^observers?$/.test(t.key));
    const codes = [...new Set([...countriesIn(ctx, from, cue.at), ...countriesIn(ctx, cue.to, to)].filter((c) => !observer(c)).map((c) => c.code))];
    // "The exercise began on Monday": a later mention of the drill named before gives its date.
    const anaphoric = codes.length < 2 && definite(toks, cue.at);
    if (codes.length < 2 && !anaphoric) continue;
    const status = statusAt(ctx, cue.at);
    out.push({
      kind: 'exercise', participants: anaphoric ? [] : codes.map((c) => `country:${c}`), arity: null, anaphoric, status, date: dateAt(ctx, cue.at, status),
      place: null, sentence: ctx.sentence.index, evidence: enEvidence(ctx, cue.at, cue.to), rule: `en:exercise:${toks[cue.at]!.key}`,
      tentative: status === 'occurred' && !pastTold(toks),
    });
  }
  return out;
}

/** A verb in the past tense (or "has/had") in the sentence: the report says the drill took place. */
function pastTold(toks: EnToken[]): boolean {
  return toks.some((t) => /^(was|were|had|has|have|held|conducted|staged|began|ended|concluded|took|launched|wrapped|completed|carried)$/.test(t.key) || /ed$/.test(t.key) && t.pos === 'VERB');
}
