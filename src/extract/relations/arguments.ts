import { monthOf, type ResolvedDate } from '../dates.ts';
import type { Mention } from '../entities/mention.ts';
import type { Status } from '../types.ts';
import type { DateExpr } from '../dates.ts';
import { asidesBefore } from './clauses.ts';
import type { ArticleContext, CueKind, SentenceContext } from './context.ts';

/** Country codes a mention stands for: a country, a capital or seat, a place in a country, a group. */
export function countriesOf(m: Mention, art: ArticleContext): string[] {
  if (m.type === 'Country') return m.ids.map((id) => id.slice('country:'.length));
  if (m.type === 'Organization') {
    const e = art.lx.entity(m.ids[0]!);
    return e?.state && e.countryCode ? [e.countryCode] : [];
  }
  if (m.type === 'Place') {
    const c = art.lx.entity(m.ids[0]!)?.countryCode;
    return c ? [c] : [];
  }
  return [];
}

export const countryId = (code: string) => `country:${code}`;

export function personsIn(ctx: SentenceContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter((m) => m.type === 'Person' && m.from >= from && m.from < to);
}

/** Mentions that stand for a country or a place in one: countries, capitals, places, state bodies. */
export function placesIn(ctx: SentenceContext, from: number, to: number, art: ArticleContext): Mention[] {
  return ctx.mentions.filter((m) => m.type !== 'Person' && m.from >= from && m.from < to && countriesOf(m, art).length > 0);
}

export function personCountry(id: string, art: ArticleContext): string | null {
  return art.registry.people.get(id)?.country ?? art.lx.entity(id)?.countryCode ?? null;
}

// ("غرب" is keyed "جرب": keys fold غ to ج.)
const PREPOSITIONS = new Set(['الي', 'في', 'من', 'نحو', 'ضد', 'مع', 'بين', 'عن', 'علي', 'قباله', 'لدي', 'صوب', 'قرب', 'فوق', 'حول', 'بالقرب', 'شرق', 'جرب', 'شمال', 'جنوب', 'داخل', 'عبر']);
/** Prepositions after which a country is where something happens, not who takes part. */
export const LOCATIVE = new Set(['قرب', 'فوق', 'حول', 'بالقرب', 'قباله', 'شرق', 'جرب', 'شمال', 'جنوب', 'داخل', 'عبر']);

/** The preposition in front of a mention: a clitic (ب ل ك) or the word before it (إلى، في، من ...). */
export function prepositionBefore(ctx: SentenceContext, m: Mention): string | null {
  if (m.prefix && /[بلك]$/.test(m.prefix)) return m.prefix.at(-1)!;
  let j = m.from - 1;
  // "إلى العاصمة بيونغ يانغ", "قبالة جزيرة ...": skip one descriptive noun.
  // ("المنعقد في مركز مصر للمعارض": a venue named after its country is in it.)
  if (/^(ال)?(عاصمه|مدينه|جزيره|قاعده|ميناء|منطقه|اقليم|مركز)$/.test(ctx.tokens[j]?.key ?? '')) j--;
  // "إلى دولة الكويت"، "بدولة قطر": a state's formal word before its name.
  const state = /^([وف]?[بلك])?(دوله|جمهوريه|مملكه|سلطنه|اماره)$/.exec(ctx.tokens[j]?.key ?? '');
  if (state?.[1]) return state[1].at(-1)!;
  if (state) j--;
  const t = ctx.tokens[j];
  if (!t) return null;
  const k = t.key.replace(/^[وف](?=..)/, '');
  return PREPOSITIONS.has(k) ? k : null;
}

/**
 * The date of an event a cue reports: the nearest time expression in its clause, else in its sentence.
 * Planned events cannot lie before the day they were reported, so such a date belongs to the report.
 */
export function dateFor(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number], status: Status, kind: CueKind): ResolvedDate | null {
  const future = status === 'planned';
  const scope = eventScope(ctx, cue, clause);
  const asides = asidesBefore(ctx.tokens, cue, scope[0]);
  const ranked = ctx.dates
    .filter((d) => d.from >= scope[0] && d.from < scope[1] && !closerToOtherEvent(ctx, d, cue, kind) && !subordinate(ctx, cue, d) && !asides.some(([a, b]) => d.from >= a && d.from < b))
    .map((d) => {
      const inClause = d.from >= clause[0] && d.from < clause[1];
      const reporting = ctx.tokens.slice(Math.max(0, d.from - 3), d.from).some((t) => art.lx.words.reporting.has(t, true)) || reportedBy(ctx, art, d.from) || reportBeforeThat(ctx, art, d, cue);
      const distance = Math.min(Math.abs(d.from - cue), Math.abs(d.to - 1 - cue));
      // "من الأحد وحتى الأربعاء": the day a span runs until is not the day it began.
      const until = UNTIL.test(ctx.tokens[d.from - 1]?.key ?? '');
      return { d, score: distance + (inClause ? 0 : 40) + (reporting ? 100 : 0) + (until ? 30 : 0), reporting, until };
    })
    // What is yet to happen did not happen on the day it was reported.
    .filter((c) => !(future && c.reporting))
    .sort((a, b) => a.score - b.score);
  // The day a span runs until, when nothing else dates it, gives only its month ("مناورات ... إلى غاية 20 نوفمبر").
  const resolved = ranked
    .map(({ d, until }) => {
      const r = d.resolve(art.published, future);
      return r && until ? monthOf(r) : r;
    })
    .filter((r): r is ResolvedDate => r !== null);
  // What is planned lies ahead: "أعلنت ... اليوم الثلاثاء أن التدريبات ستجرى في نوفمبر المقبل" is dated
  // November, not the day of the announcement, when the sentence gives a later date.
  const today = art.published ? (r: ResolvedDate) => r.value.localeCompare(isoPrefix(art.published!, r.precision)) : () => 0;
  const ahead = future ? resolved.find((r) => today(r) > 0) : undefined;
  for (const r of resolved) {
    if (future && today(r) < 0) continue;
    return ahead && today(r) === 0 ? ahead : r;
  }
  return null;
}

/** "وإلى غاية"، "حتى"، "ولغاية": the words that open the end of a span of days (keys fold غ to ج). */
export const UNTIL = /^(و?حتي|و?لجايه|جايه)$/;

/**
 * "وقال رئيس الوزراء الياباني شينزو آبي يوم الاثنين إنه سيناقش ...": a reporting verb further back
 * whose subject alone stands between it and the date: the date is the report's.
 */
function reportedBy(ctx: SentenceContext, art: ArticleContext, at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 12); j--) {
    if (art.lx.words.reporting.has(ctx.tokens[j], true)) return true;
    if (!ctx.mentions.some((m) => m.from <= j && j < m.to)) return false;
  }
  return false;
}

/**
 * "وأفادت الوزارة مساء الخميس أن ... سيلتقي": a date between a reporting verb and the
 * "أن" that opens what was reported dates the report, not the event.
 */
function reportBeforeThat(ctx: SentenceContext, art: ArticleContext, d: DateExpr, cue: number): boolean {
  if (d.to > cue || !ctx.tokens.slice(d.to, cue).some((t) => /^[وبف]?(ان)$/.test(t.key))) return false;
  return ctx.tokens.slice(Math.max(0, d.from - 10), d.from).some((t) => art.lx.words.reporting.has(t, true));
}

/**
 * A date after a purpose clause dates that clause, not the event (a relative clause, "التي جرت أمس", does date it): "من المقرر أن يلتقي
 * أوستن زيلينسكي لمناقشة ... وكيف يمكن ... دعم قوات كييف على مدار السنة المقبلة".
 */
function subordinate(ctx: SentenceContext, cue: number, d: DateExpr): boolean {
  if (d.from <= cue) return false;
  return ctx.tokens.slice(cue + 1, d.from).some((t) => SUBORDINATE.test(t.key));
}
const SUBORDINATE = /^(لمناقشه|لبحث|لتعزيز|لدعم|للتباحث|لمواصله|كيف|وكيف)$/;

function isoPrefix(p: { y: number; m: number; d: number }, precision: ResolvedDate['precision']): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return precision === 'year' ? String(p.y) : precision === 'month' ? `${p.y}-${pad(p.m)}` : `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/**
 * A time adverbial follows what it dates: a date belongs to the nearest cue before it (else the first
 * after it), and a rule for another kind of event leaves it alone. In "خلال اجتماعهم في سيول يوم
 * الجمعة، ناقشوا نشر القوات" Friday dates the meeting, not the deployment.
 */
function closerToOtherEvent(ctx: SentenceContext, d: DateExpr, cue: number, kind: CueKind): boolean {
  let owner = -1;
  const events = [...ctx.cueAt].filter(([, kinds]) => kinds.size > 0).map(([at]) => at);
  for (const at of events) if (at < d.from && at > owner) owner = at;
  if (owner < 0) for (const at of events) if (at >= d.to && (owner < 0 || at < owner)) owner = at;
  // "وصلت قوات تركية": troops arriving are the deployment, the travel verb just before its troop noun.
  if (kind === 'deploy' && owner >= 0 && owner < cue && cue - owner <= 2) return false;
  // "كتيبة من الجنود السودانيين قوامها ثلاثمئة جندي وصلت إلى عدن السبت": the troops are the subject of
  // the arrival told after them, when no person between them could be its subject instead.
  if (kind === 'deploy' && owner > cue && owner - cue <= 10 && ctx.cueAt.get(owner)!.has('visit')
    && !ctx.mentions.some((m) => m.type === 'Person' && m.from > cue && m.from < owner)) return false;
  // "يتوجه غدا إلى روما ...، ولإجراء محادثات مع X"، "للقاء": talks a trip is made for fall on the trip's day.
  const purpose = /^و?ل(اجراء|عقد)$/.test(ctx.tokens[cue - 1]?.key ?? '') || /^و?ل(لقاء|لاجتماع|اجتماع)/.test(ctx.tokens[cue]!.key);
  if (kind === 'meet' && owner >= 0 && owner < cue && ctx.cueAt.get(owner)!.has('visit') && purpose) return false;
  return owner >= 0 && !ctx.cueAt.get(owner)!.has(kind);
}

/**
 * The tokens that describe an event: its clause, the governing clause of a complement ("يخشى ... أن
 * تزود"), and a relative clause right after the cue, past a quoted name ("مناورات "حزام الأمن" التي
 * تنطلق الأسبوع المقبل").
 */
export function eventScope(ctx: SentenceContext, cue: number, clause: [number, number]): [number, number] {
  const scope = governingScope(ctx, clause);
  // The relative may come after a demonstrative that stands for the event: "هذه الزيارة بعد تلك التي
  // قام بها الرئيس ... منتصف يونيو".
  const next = ctx.clauses.find(([a]) => a >= clause[1] && a - cue <= 6 && RELATIVES.has(ctx.tokens[a]?.key ?? ''));
  if (next) scope[1] = next[1];
  return scope;
}

const RELATIVES = new Set(['التي', 'الذي', 'اللذين', 'اللتين', 'الذين', 'اللتان', 'اللذان']);
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'بانه', 'انها', 'بانها', 'وان']);

/**
 * The tokens that bear on a cue's date and modality: its clause, widened to the clause before when
 * it is a complement ("يخشى ... أن تزود"، "من المقرر أن تشارك") governed by that clause's verb.
 */
export function governingScope(ctx: SentenceContext, clause: [number, number]): [number, number] {
  const head = ctx.tokens[clause[0]];
  if (!head || !COMPLEMENTIZERS.has(head.key)) return [clause[0], clause[1]];
  const k = ctx.clauses.findIndex(([a]) => a === clause[0]);
  const prev = k > 0 ? ctx.clauses[k - 1]! : null;
  return prev ? [prev[0], clause[1]] : [clause[0], clause[1]];
}
