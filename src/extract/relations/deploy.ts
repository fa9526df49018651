import type { ResolvedDate } from '../dates.ts';
import type { Mention } from '../entities/mention.ts';
import type { Status } from '../types.ts';
import { countriesOf, countryId, dateFor, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { clauseAt } from './clauses.ts';
import { evidence, type ArticleContext, type RawFact, type SentenceContext } from './context.ts';
import { negated, statusAt } from './modality.ts';

const DEST_PREPS = new Set(['الي', 'في', 'ل', 'نحو']);

/**
 * DEPLOYED_TROOPS_TO: a sending cue (نشر، أرسل، إرسال، إيفاد، تزود ... بالجنود) with a troop noun
 * shortly after it, or a troop noun with a nationality stationed "في"/"إلى" another country
 * ("جنود كوريون شماليون في روسيا"). The sender is the genitive or subject country, a nisba on the
 * troops, or the country of the person who acts; the destination follows إلى / في / ل.
 */
export function readDeployments(ctx: SentenceContext, art: ArticleContext): RawFact[] {
  const out: RawFact[] = [];
  const toks = ctx.tokens;
  const seen = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    if (!ctx.cueAt.has(i)) continue;
    const send = art.lx.cues.send!.match(toks, i);
    const troopsAt = send ? findTroops(ctx, art, i + send.length, i + 8) : -1;
    // "مصادر عسكرية عراقية": the feminine adjective is no troop noun with a pronoun; "وفد عسكري عراقي" is a delegation.
    const troopIsCue = !send && !!art.lx.cues.troops!.match(toks, i) && !/^[وف]?(ال)?عسكريه$/.test(toks[i]!.key) && !/^[وف]?(ال)?وفد$/.test(toks[i - 1]?.key ?? '') && nisbaAfter(ctx, i) !== null;
    if (troopsAt < 0 && !troopIsCue) continue;
    const t = troopIsCue ? i : troopsAt;
    if (seen.has(t)) continue;
    seen.add(t);
    const clause = clauseAt(ctx.clauses, i);
    if (negated(toks, i, clause[0], art.lx)) continue;
    // "تزود كوريا الشمالية روسيا بالجنود": the receiving country is the object before the troops.
    const dest = destinationAfter(ctx, art, t + 1, Math.min(clause[1] + 6, t + 12)) ?? (send && art.lx.cues.giveArms!.match(toks, i) ? objectBefore(ctx, art, i, t) : null);
    if (!dest) continue;
    const source = senderOf(ctx, art, i, t, clause, !troopIsCue);
    if (!source) continue;
    const status = statusAt(ctx, i, clause, art.lx);
    const date = deploymentDate(ctx, art, i, clause, status);
    // "إلى ليبيا ومالي والنيجر": every destination joined by و.
    for (const d of [dest, ...coordinatedAfter(ctx, art, dest)]) {
      const destCode = countriesOf(d, art)[0]!;
      if (destCode === source) continue;
      out.push({
        predicate: 'DEPLOYED_TROOPS_TO', subject: countryId(source), object: countryId(destCode), status, date, sentence: ctx.sentence.index,
        evidence: evidence(ctx, i, t + 1), rule: troopIsCue ? 'deploy:troops-stationed' : `deploy:${send!.phrase}`, confidence: troopIsCue ? 0.7 : 0.85,
      });
    }
  }
  return out;
}

/**
 * The date of a deployment: its clause's, else, for troops already there, the date they are there
 * "since" ("ومنذ تشرين الأول 2015 يتواجد جنود ... في سوريا"، "تشارك ... منذ 2016"): they were sent then.
 * (For other events a date after منذ is no date of theirs: clauses.ts sets it apart.)
 */
export function deploymentDate(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number], status: Status): ResolvedDate | null {
  return dateFor(ctx, art, cue, clause, status, 'deploy') ?? (status === 'occurred' ? sinceDate(ctx, art, cue) : null);
}

function sinceDate(ctx: SentenceContext, art: ArticleContext, cue: number): ResolvedDate | null {
  for (const d of ctx.dates) {
    if (Math.abs(d.from - cue) > 14) continue;
    // "منذ 2016"، "منذ شهر تموز 2018".
    if (![ctx.tokens[d.from - 2], ctx.tokens[d.from - 1], ctx.tokens[d.from]].some((t) => /^و?منذ$/.test(t?.key ?? ''))) continue;
    const r = d.resolve(art.published, false);
    if (r) return r;
  }
  return null;
}

function coordinatedAfter(ctx: SentenceContext, art: ArticleContext, first: Mention): Mention[] {
  const out: Mention[] = [];
  let prev = first;
  for (const m of placesIn(ctx, first.to, ctx.tokens.length, art)) {
    const gap = ctx.tokens.slice(prev.to, m.from);
    if (!(m.prefix.startsWith('و') && gap.every((t) => t.text === '،' || t.text === ','))) break;
    out.push(m);
    prev = m;
  }
  return out;
}

function objectBefore(ctx: SentenceContext, art: ArticleContext, cue: number, troops: number): Mention | null {
  const plain = placesIn(ctx, cue + 1, troops, art).filter((m) => m.type === 'Country' && m.kind !== 'nisba' && !prepositionBefore(ctx, m));
  return plain.length >= 2 ? plain[1]! : null;
}

function findTroops(ctx: SentenceContext, art: ArticleContext, from: number, to: number): number {
  for (let j = from; j < Math.min(to, ctx.tokens.length); j++) if (art.lx.cues.troops!.match(ctx.tokens, j)) return j;
  return -1;
}

/** The nationality of troops: "جنود كوريون شماليون" (a forces mention that starts at the troop noun) or a nisba just after. */
function nisbaAfter(ctx: SentenceContext, t: number): Mention | null {
  const m = ctx.mentions.find((x) => x.from === t || x.from === t + 1 || x.from === t + 2);
  // "وحدات من الجيش التركي": units drawn from a national army are that army's.
  const ofArmy = m?.kind === 'forces' && m.from === t + 2 && ctx.tokens[t + 1]?.key === 'من';
  return m && (m.kind === 'nisba' || (m.kind === 'forces' && m.from === t) || ofArmy) ? m : null;
}

function destinationAfter(ctx: SentenceContext, art: ArticleContext, from: number, to: number): Mention | null {
  for (const m of placesIn(ctx, from, to, art)) {
    // The troops' own army ("وحدات من الجيش التركي") is where they come from, not a place they go.
    if (m.kind === 'forces' && m.from <= from + 1) continue;
    const prep = prepositionBefore(ctx, m);
    if (prep === 'ضد' || prep === 'من' || prep === 'مع') return null;
    if (m.kind === 'nisba' || countriesOf(m, art).length !== 1) continue;
    if (prep && DEST_PREPS.has(prep)) return m;
  }
  return null;
}

/** Who sends: a nisba on the troops, a country between cue and troops, the subject before, or the acting person's country. */
function senderOf(ctx: SentenceContext, art: ArticleContext, cue: number, troops: number, clause: [number, number], sentByCue: boolean): string | null {
  const nisba = nisbaAfter(ctx, troops);
  if (nisba) return countriesOf(nisba, art)[0] ?? null;
  if (!sentByCue) return null;
  const between = placesIn(ctx, cue + 1, troops, art).filter((m) => m.type === 'Country' && !prepositionBefore(ctx, m));
  if (between.length) return countriesOf(between[0]!, art)[0] ?? null;
  const before = placesIn(ctx, clause[0], cue, art).filter((m) => m.type === 'Country' && !['في', 'من', 'ضد', 'ب', 'ل'].includes(prepositionBefore(ctx, m) ?? ''));
  if (before.length) return countriesOf(before.at(-1)!, art)[0] ?? null;
  const person = personsIn(ctx, clause[0], cue).at(-1) ?? personsIn(ctx, 0, cue).at(-1);
  if (person) return personCountry(person.ids[0]!, art);
  const earlier = placesIn(ctx, 0, clause[0], art).filter((m) => m.type === 'Country' && m.kind !== 'nisba' && !prepositionBefore(ctx, m));
  return earlier.length ? countriesOf(earlier.at(-1)!, art)[0] ?? null : null;
}
