import type { Mention } from '../entities/mention.ts';
import type { Token } from '../text/tokenize.ts';
import { dateFor, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { evidence, type ArticleContext, type EventMention, type SentenceContext } from './context.ts';
import { clauseAt } from './clauses.ts';
import { cueSites } from './cue-sites.ts';
import { statusAt } from './modality.ts';
import { hostAtHome, hostCarried, receptionPairs } from './reception.ts';
import { readTitle } from '../entities/titles.ts';

const ARITY: Record<string, number> = { ثنائي: 2, الثنائي: 2, ثنائيه: 2, الثنائيه: 2, ثلاثي: 3, الثلاثي: 3, ثلاثيه: 3, الثلاثيه: 3, رباعي: 4, الرباعي: 4 };
const MAX_PARTICIPANTS = 6;
const NOUN_CUE = /^(ال)?(لقاء|اجتماع|محادثات|مباحثات|قمه|اتصال|مكالمه|حوار)/;
const LINKS = new Set(['مع', 'ب', 'و', 'بين', 'وبين']);
const TIME_WORDS = /^(امس|اليوم|مساء|صباح|ظهر|فجر|غدا|يوم|في|وقت|لاحق|لاحقا|سابق|وقتا)$/;
const WEEKDAYS = /^(ال)?(احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)$/;
const lxWeekday = (k: string) => WEEKDAYS.test(k);

/**
 * Meetings: a meeting cue (التقى، اجتمع، لقاء، اجتماع، محادثات، استقبل، استضاف ...) with the people
 * around it in its clause. "لقائهما" / "اجتماعهم" take the people named before; "اجتماع ثلاثي" gathers
 * up to three from the sentence. Each mention becomes an event mention; pairwise MET facts come later,
 * once mentions of the same meeting are merged.
 */
export function readMeetings(ctx: SentenceContext, art: ArticleContext): EventMention[] {
  const out: EventMention[] = [];
  const toks = ctx.tokens;
  for (const { i, cue, clause } of cueSites(ctx, art, art.lx.cues.meet!)) {
    const arity = ARITY[toks[i + 1]?.key ?? ''] ?? null;
    const key = toks[i]!.key;
    const possessive = /(هما|هم)$/.test(key) ? (key.endsWith('هما') ? 2 : 3) : null;
    let people: Mention[];
    let hub: string | undefined;
    const receptions = receptionPairs(ctx, art, i, clause);
    if (receptions) {
      for (const pair of receptions) out.push(...meetingOf(ctx, art, pair, i, cue, clause, null, false, true));
      continue;
    } else if (possessive) {
      people = personsIn(ctx, clause[0], i);
      if (people.length < 2) people = personsIn(ctx, 0, i);
      people = people.slice(possessive === 2 ? -2 : 0);
    } else if (arity) {
      people = personsIn(ctx, 0, toks.length).slice(0, arity);
    } else {
      const before = personsIn(ctx, clause[0], i);
      // "سيلتقي عراقجي خلال زيارته التي تستمر لبضع ساعات كلا من: ...": the list of those met runs past a relative clause.
      const listAt = listOpener(toks, i + 1, i + 16);
      const after = linkedAfter(ctx, art, i + cue.length, listAt > 0 ? clauseAt(ctx.clauses, listAt + 2)[1] : clause[1]);
      // A verb may take its subject from the clause before ("أن كيم سيسافر ...، حيث سيجتمع مع بوتين").
      const subject = before.at(-1) ?? (after.length < 2 && !NOUN_CUE.test(key) ? personsIn(ctx, 0, clause[0]).at(-1) ?? hostCarried(ctx, art, i) : undefined);
      people = [...(subject ? [subject] : []), ...after];
      // "بدأ X ونظراؤه Y وZ اجتماعا في عمان": a meeting noun after a list of the people holding it.
      if (NOUN_CUE.test(key) && after.length === 0 && before.length >= 2 && listed(ctx, before)) people = before;
      // "وصدر الإعلان عن A وB بعد محادثات في مانيلا": the talks of the people just named, across the clause break.
      else if (NOUN_CUE.test(key) && after.length === 0 && before.length < 2 && /^(بعد|عقب|اثر|خلال)$/.test(toks[i - 1]?.key ?? '')) {
        const named = personsIn(ctx, 0, i);
        if (named.length >= 2 && listed(ctx, named)) people = named;
      }
      else hub = directObjects(ctx, i + cue.length, people, !NOUN_CUE.test(key));
    }
    if (people.length >= 2) people = [...people, ...attendees(ctx, art, i + cue.length)];
    const definite = key.startsWith('ال') || possessive !== null;
    const [m] = meetingOf(ctx, art, people, i, cue, clause, arity ?? possessive ?? null, definite || !!arity, !!art.lx.cues.host!.match(toks, i));
    if (m) out.push(hub ? { ...m, hub } : m);
  }
  return out;
}

/** One meeting mention of these people at cue i, placed and dated; none when fewer than two and nothing points back. */
export function meetingOf(ctx: SentenceContext, art: ArticleContext, people: Mention[], i: number, cue: { length: number; phrase: string }, clause: [number, number], arity: number | null, definite: boolean, hosting: boolean): EventMention[] {
  const toks = ctx.tokens;
  const participants = [...new Set(people.map((m) => m.ids[0]!))].slice(0, MAX_PARTICIPANTS);
  if (participants.length < 2 && !definite) return [];
  const status = statusAt(ctx, i, clause, art.lx);
  // A host (people[0] when hosting) receives guests at home: the meeting is in the host's country. A call has no place.
  let date = dateFor(ctx, art, i, clause, status, 'meet');
  let continues = false;
  if (hosting && people.length >= 2) {
    const hostId = people[0]!.ids[0]!;
    // A host's receptions told one after another are one day's programme: "كما استقبل ..."، "وفي وقت سابق استقبل ...".
    continues = !date && art.lastHost === hostId;
    if (continues) date = art.lastHostDate ?? null;
    // The traveller just reported arriving is received that day and there ("وكان ... في استقباله لدى وصوله").
    const arrived = people.slice(1).some((g) => art.lastVisitors?.includes(g.ids[0]!));
    if (!date && arrived) date = art.lastVisitDate ?? null;
    if (arrived && art.lastVisitCountry) hostAtHome(hostId, `country:${art.lastVisitCountry}`, art);
    art.lastHost = hostId;
    art.lastHostDate = date;
  }
  // "كما التقى ..."، "واجتمع أيضا ...": told as more of the same day's programme.
  if (!date && !continues) continues = toks.slice(Math.max(0, i - 2), i + 3).some((t) => /^(كما|ايضا|كذلك)$/.test(t.key));
  const remote = !!art.lx.cues.remoteMeet!.match(toks, i) || toks.slice(clause[0], clause[1]).some((t) => /^(هاتفي|هاتفيا|هاتفيه|افتراضي|افتراضيا|بالفيديو)$/.test(t.key));
  const place = remote ? null : meetingPlace(ctx, art, i, clause, hosting);
  if (hosting && people.length >= 2 && place) hostAtHome(people[0]!.ids[0]!, place, art);
  const host = hosting && people[0] ? personCountry(people[0].ids[0]!, art) : null;
  return [{
    kind: 'meeting', participants, arity, anaphoric: participants.length < 2,
    status, date, place: remote ? null : place ?? (host ? `country:${host}` : null), sentence: ctx.sentence.index,
    evidence: evidence(ctx, i, i + cue.length), rule: `meet:${cue.phrase}`, continues,
  }];
}

/**
 * "سيلتقي أوستن الرئيس زيلينسكي ووزير الدفاع عميروف": a verb's subject meets each of its direct objects,
 * who do not meet one another; "مع Y وZ" (together with) is one meeting of all. The subject, when so.
 */
function directObjects(ctx: SentenceContext, cueEnd: number, people: Mention[], verb: boolean): string | undefined {
  if (people.length < 3) return undefined;
  const [subject, first] = people as [Mention, Mention];
  const gap = ctx.tokens.slice(subject.from >= cueEnd ? subject.to : cueEnd, first.from);
  // "مع كل من X وY": with each of them, one by one.
  const each = gap.some((t, k) => t.key === 'مع' && gap[k + 1]?.key === 'كل' && gap[k + 2]?.key === 'من');
  // "التقى X وY ..." joins a second subject, not an object.
  const together = gap.some((t) => /^(مع|بين|وبين)$/.test(t.key) || t.key === 'و') || /^[وب]/.test(first.prefix);
  // A meeting noun has no direct objects: only "مع كل من" splits its talks.
  return each || (verb && !together) ? subject.ids[0] : undefined;
}

/**
 * People after the cue who take part: the first right after it (VSO, genitive) or after مع / ب,
 * the rest joined to it by و or a comma. A person named later in the clause for another reason is not a participant.
 */
function linkedAfter(ctx: SentenceContext, art: ArticleContext, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (const m of personsIn(ctx, from, to)) {
    const prev = out.at(-1);
    // The same person named again right away ("... تميم بن حمد آل ثاني") continues the mention.
    if (prev && prev.ids[0] === m.ids[0]) {
      out[out.length - 1] = { ...prev, to: m.to };
      continue;
    }
    // The host's own title after his name ("التقى خالد بن سلمان نائب وزير الدفاع السعودي مساء أمس، ...") is part of him.
    const gapFrom = prev ? titlesAfter(ctx.tokens, art, prev.to, m.from) : from;
    const gap = ctx.tokens.slice(gapFrom, m.from);
    // "... والنائب الأول لرئيس السودان X": the deputy's words open the title the lexicon reads from "رئيس".
    const deputy = gap.length <= 2 && /^و(ال)?(نائب|مساعد)$/.test(gap[0]?.key ?? '');
    // "مكالمة هاتفية جمعت ظهر اليوم X بـY": a call or meeting that "brought together" names its people next.
    const brought = !prev && gap.some((t) => /^(جمع|جمعت|يجمع|تجمع)$/.test(t.key));
    const link = deputy || brought || m.prefix.startsWith('و') || m.prefix.startsWith('ب') || gap.some((t) => LINKS.has(t.key) || t.key === 'وفد' || t.key === 'برئاسه' || t.key === 'بقياده');
    // A delegation stands between host and guest: "استضاف كيم ... وفدًا روسيًا بقيادة شويغو".
    const delegation = gap.some((t) => /^وفد/.test(t.key) || art.lx.words.delegationHeads.has(t, true));
    // A plural group names its members next: "ناقش رؤساء الأركان الثلاثة، كيم ...، ودان كاين ...".
    const group = !prev && gap.some((t) => /^(رؤساء|قاده|وزراء|زعماء|مسؤولي|مسؤولو|ممثلي|ممثلو)$/.test(t.key.replace(/^ال/, '')));
    const counterpart = m.roleClass === 'counterpart';
    // "استقبل محمد بن سلمان، الثلاثاء، روبيو": a time adverbial between host and guest is no break.
    // A parenthetical between commas is no break either: "استقبل X، في مطار الكويت اليوم، Y".
    // Honorifics and "أيضا" before the guest are no break: "واستقبل أيضا سمو السيد شهاب بن طارق".
    const core = stripHonorifics(gap, art);
    const commaed = gap.length >= 2 && gap.length <= 8 && isComma(gap[0]!.text) && isComma(gap.at(-1)!.text);
    const punctOnly = gap.every((t) => t.kind === 'punct' || TIME_WORDS.test(t.key) || lxWeekday(t.key));
    // "التقى الخميس، وزير أوروبا والشؤون الخارجية الفرنسي جان إيف لودريان": the guest's own title,
    // after a time word, is no break even when the title is not one the lexicon lists whole.
    const lead = gap.findIndex((t) => !(t.kind === 'punct' || TIME_WORDS.test(t.key) || lxWeekday(t.key)));
    const titled = !prev && lead >= 0 && gap.length <= 9 && !!art.lx.anyTitle.match(ctx.tokens, gapFrom + lead);
    // Dates and times between (even bracketed: "مساء اليوم (السبت، 14 شباط 2026)، مع ...") do not count.
    const slim = gap.filter((t) => !(t.kind === 'punct' || t.kind === 'number' || TIME_WORDS.test(t.key) || lxWeekday(t.key) || art.lx.months.has(t.key)));
    // "يجري مباحثات مساء اليوم بمقر إقامته في مالابو مع كل من رئيس موريتانيا ...": the time and place of the
    // talks may stand before "مع", which then opens the list of those it is held with.
    // "سيلتقي عراقجي خلال زيارته ... كلا من: نظيره ..." opens its list the same way.
    const keys = gap.map((t) => t.key);
    const withAt = Math.max(keys.lastIndexOf('مع'), keys.findIndex((k, n) => /^(كلا|كل)$/.test(k) && keys[n + 1] === 'من'));
    // (Before the first person joined, or after the verb's own subject right after it: "وسيلتقي عراقجي ...".)
    const opening = !prev || (out.length === 1 && prev.from <= from + 1);
    const withTail = opening && withAt >= 0 && gap.length - withAt <= 4 && gap.length <= 16 && !gap.some((t) => t.kind === 'punct' && !isComma(t.text) && t.text !== ':');
    // "استقبل الملك X، في قصر الصافرية اليوم (7 نوفمبر 2012) وزير الخارجية الأردني Y": after the host, set off
    // by a comma, the reception's place and time, then the guest with his own title; "، ووزير ..." the next guest.
    // ("استقبل X وفي مراسيم استقبال رسمية أجريت في مقر الوزارة يوم الأحد وزيرة الدفاع ...": or opened by في.)
    const setOff = isComma(gap[0]?.text ?? '') || isComma(gap.at(-1)?.text ?? '') || /^و?في$/.test(gap[0]?.key ?? '');
    const guestTitled = out.length === 1 && gap.length <= 22 && setOff && titledAt(ctx, art, gapFrom, m);
    const nextTitled = !!prev && out.length >= 2 && gap.length <= 12 && isComma(gap[0]?.text ?? '') && /^و/.test(gap[1]?.key ?? '') && !!art.lx.anyTitle.match(ctx.tokens, gapFrom + 1);
    if (withTail || guestTitled || nextTitled) out.push(m);
    else if (delegation || group ? gap.length <= 10 || (delegation && slim.length <= 12) : counterpart || link ? slim.length <= 7 : punctOnly ? gap.length <= 5 : commaed || titled || (!prev && core.length <= 2)) out.push(m);
    else break;
  }
  return out;
}

/**
 * "استقبل الرئيس ... وفدا ... برئاسة X، وذلك بحضور الفريق أول Y": whoever attends the meeting takes part
 * in it. Only the people named right after بحضور (and joined to them), in the cue's sentence.
 */
function attendees(ctx: SentenceContext, art: ArticleContext, from: number): Mention[] {
  const at = ctx.tokens.findIndex((t, k) => k >= from && /^[و]?بحضور$/.test(t.key));
  if (at < 0) return [];
  return linkedAfter(ctx, art, at + 1, ctx.tokens.length);
}

/** Where the meeting took place: a place or capital after the cue introduced by في. */
function meetingPlace(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number], hosting: boolean): string | null {
  for (const m of placesIn(ctx, cue + 1, Math.min(clause[1], cue + 25), art)) {
    if (prepositionBefore(ctx, m) === 'في' && (m.kind === 'capital' || m.type === 'Place')) return m.ids[0]!;
    // "على هامش فعاليات قمة عدم الانحياز في أوغندا": the country of the gathering it was held at.
    if (prepositionBefore(ctx, m) === 'في' && m.type === 'Country' && m.kind !== 'nisba' && ctx.tokens.slice(Math.max(0, m.from - 5), m.from).some((t) => GATHERING.test(t.key))) return m.ids[0]!;
    // A reception "في مطار الكويت" / "في قصر ... بالرياض" is in that country.
    const venue = ctx.tokens[m.from - 1];
    if (hosting && m.type === 'Country' && venue && /^(في|ب)?(مطار|قصر|مقر)$/.test(venue.key) && ctx.tokens[m.from - 2]?.key === 'في') return m.ids[0]!;
  }
  return null;
}

const isComma = (t: string) => t === '،' || t === ',';

/** The person m opens with his own title, or a title ends right before him ("... الأردنية الهاشمية الشقيقة ناصر جودة"). */
function titledAt(ctx: SentenceContext, art: ArticleContext, from: number, m: Mention): boolean {
  if (m.roleClass && art.lx.anyTitle.match(ctx.tokens, m.from)) return true;
  for (let j = Math.max(from, m.from - 12); j < m.from; j++) {
    const t = art.lx.anyTitle.match(ctx.tokens, j) ? readTitle(ctx.tokens, j, art.lx) : null;
    if (t && !t.prefix.startsWith('و') && t.to >= m.from - 1 && t.to <= m.from) return true;
  }
  return false;
}

/** Where "كلا من" / "كل من" opens a list in (from, to), or -1. */
function listOpener(toks: Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, toks.length); k++) if ((toks[k]!.key === 'كلا' || toks[k]!.key === 'كل') && toks[k + 1]?.key === 'من') return k;
  return -1;
}
const GATHERING = /^[لب]?(ال)?(قمه|مؤتمر|منتدي|معرض|هامش|اجتماعات|دوره)$/;

/**
 * The end of the titles that describe the person ending at k ("زكي، القائد العام للقوات المسلحة وزير الدفاع
 * والإنتاج الحربي، فلورانس بارلي"), or k when none: offices in a row, each perhaps with a second portfolio.
 */
function titlesAfter(toks: Token[], art: ArticleContext, k: number, limit: number): number {
  let j = isComma(toks[k]?.text ?? '') ? k + 1 : k;
  let end = k;
  // A title joined by و ("، ووزير الشؤون الخارجية ...") opens the next person of a list, not this one's.
  for (let t = readTitle(toks, j, art.lx); t && t.to <= limit && !t.prefix.startsWith('و'); t = readTitle(toks, j, art.lx)) {
    j = t.to;
    while (j < limit && /^وال/.test(toks[j]!.key)) j += toks[j + 1]?.key.startsWith('ال') ? 2 : 1;
    end = Math.min(j, limit);
  }
  // The office's complement ("رئيس أركان حرب القوات المسلحة،") runs to the comma closing the apposition.
  const comma = end > k ? toks.slice(end, Math.min(limit, end + 5)).findIndex((t) => t.kind !== 'word') : -1;
  return comma >= 0 && isComma(toks[end + comma]!.text) ? end + comma : end;
}

function stripHonorifics(gap: Token[], art: ArticleContext): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < gap.length; k++) {
    const h = art.lx.words.honorifics.match(gap, k, false);
    if (h) k += h.length - 1;
    else if (!/^(ايضا|كذلك)$/.test(gap[k]!.key)) out.push(gap[k]!);
  }
  return out;
}



/** People named one after another, joined by و or commas (with their titles between), not scattered over the clause. */
function listed(ctx: SentenceContext, people: Mention[]): boolean {
  return people.every((m, k) => k === 0 || m.prefix.startsWith('و') || m.roleClass === 'counterpart' || ctx.tokens.slice(people[k - 1]!.to, m.from).some((t) => isComma(t.text) || t.key === 'و' || t.key.startsWith('و')));
}
