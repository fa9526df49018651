import type { Mention } from '../entities/mention.ts';
import type { Token } from '../text/tokenize.ts';
import { dateFor, personCountry, personsIn, placesIn, prepositionBefore } from './arguments.ts';
import { evidence, type ArticleContext, type EventMention, type SentenceContext } from './context.ts';
import { clauseAt } from './clauses.ts';
import { cueSites } from './cue-sites.ts';
import { statusAt } from './modality.ts';
import { attendees, linkedAfter, listed, listOpener, MEMBERS, ownedNoun } from './meeting-people.ts';
import { hostAtHome, hostCarried, receptionPairs } from './reception.ts';

const ARITY: Record<string, number> = { ثنائي: 2, الثنائي: 2, ثنائيه: 2, الثنائيه: 2, ثلاثي: 3, الثلاثي: 3, ثلاثيه: 3, الثلاثيه: 3, رباعي: 4, الرباعي: 4 };
const MAX_PARTICIPANTS = 6;
const NOUN_CUE = /^(ال)?(لقاء|اجتماع|محادثات|مباحثات|قمه|اتصال|مكالمه|حوار)/;

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
      // "سيلتقي الوزير خلال زيارته التي تدوم يومين كلا من: ...": the list of those met runs past a relative clause.
      const listAt = listOpener(toks, i + 1, i + 16);
      // "اللقاء الذي جمع ... X بـY": the relative clause that brought them together names the people.
      const brought = /^(الذي|التي)$/.test(toks[i + cue.length]?.key ?? '') && /^(جمع|جمعت)$/.test(toks[i + cue.length + 1]?.key ?? '');
      const end = listAt > 0 ? clauseAt(ctx.clauses, listAt + 2)[1] : brought ? clauseAt(ctx.clauses, i + cue.length + 1)[1] : clause[1];
      const after = linkedAfter(ctx, art, i + cue.length, end);
      // A verb may take its subject from the clause before ("أن كيم سيسافر ...، حيث سيجتمع مع بوتين").
      // "وقال العبيدي ... بعد اجتماع مع X": a meeting noun "with" someone after بعد/عقب is the speaker's before it.
      // ("عقب محادثات يوم الأحد مع X": the talks' day may stand before مع.)
      const withAt = toks.findIndex((t, k) => k >= i + cue.length && k <= i + cue.length + 4 && t.key === 'مع');
      const withNext = withAt === i + cue.length || (withAt > 0 && ctx.dates.some((d) => d.from === i + cue.length && d.to === withAt));
      const afterMeeting = NOUN_CUE.test(key) && /^(بعد|عقب|اثر|خلال)$/.test(toks[i - 1]?.key ?? '') && withNext;
      // "توجه X إلى القصر للقاء Y، كما من المقرر أن يلتقي Z": "كما" goes on with the sentence's subject, not its last name.
      // "حيث التقى الرئيس X، بالإضافة إلى وزير الخارجية Y": both are met; the one who met them is named before.
      const alsoMet = after.length >= 2 && toks.slice(after[0]!.to, after[1]!.from).some((t) => /^(بالاضافه|جانب|فضلا)$/.test(t.key));
      const subject = before.at(-1) ?? ((after.length < 2 && !NOUN_CUE.test(key)) || afterMeeting || alsoMet ? subjectBefore(ctx, i, clause) ?? hostCarried(ctx, art, i) : undefined);
      // "جاء ذلك خلال استقباله ... السفير X": "his" meeting, no one named before it in the sentence, is held by
      // the subject of the sentence before (the one "ذلك" reports).
      const owner = subject ?? (before.length === 0 && after.length >= 1 ? pronounOwner(toks, i, art) : undefined);
      people = [...(owner ? [owner] : []), ...after];
      // "أكد X ونظيره Y ... عقب محادثات مع Z": the talks of all those the sentence names together before it.
      if (afterMeeting && before.length === 0) {
        const named = personsIn(ctx, 0, clause[0]);
        if (named.length >= 2 && listed(ctx, named)) people = [...named, ...after];
      }
      // "بدأ X ونظراؤه Y وZ اجتماعا في عمان": a meeting noun after a list of the people holding it.
      if (NOUN_CUE.test(key) && after.length === 0 && before.length >= 2 && listed(ctx, before)) people = before;
      // "وصدر الإعلان عن A وB بعد محادثات في مانيلا": the talks of the people just named, across the clause break.
      else if (NOUN_CUE.test(key) && after.length === 0 && before.length < 2 && /^(بعد|عقب|اثر|خلال)$/.test(toks[i - 1]?.key ?? '')) {
        const named = personsIn(ctx, 0, i);
        if (named.length >= 2 && listed(ctx, named)) people = named;
      }
      else hub = directObjects(ctx, i + cue.length, people, !NOUN_CUE.test(key));
    }
    // "والتقى آكار ورئيس الأركان غولر جنودا أتراكا": subjects joined by و who meet troops met no one named.
    const next = toks[people.at(-1)?.to ?? toks.length];
    if (!NOUN_CUE.test(key) && people.length >= 2 && next && (art.lx.cues.troops!.match(toks, people.at(-1)!.to) || art.lx.cues.troops!.hasKey(next.key.replace(/ا$/, '')))) continue;
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
  // "تباحث X في مكتبه ... مع Y": one who talks in his own office is at home, as a host is.
  const atOffice = toks.slice(i, people[1]?.from ?? i).some((t) => /^(في|ب)?مكتبه$/.test(t.key));
  if ((hosting || atOffice) && people.length >= 2 && place) hostAtHome(people[0]!.ids[0]!, place, art);
  const host = hosting && people[0] ? personCountry(people[0].ids[0]!, art) : null;
  return [{
    kind: 'meeting', participants, arity, anaphoric: participants.length < 2,
    status, date, place: remote ? null : place ?? (host ? `country:${host}` : null), sentence: ctx.sentence.index,
    evidence: evidence(ctx, i, i + cue.length), rule: `meet:${cue.phrase}`, continues,
  }];
}

/** The one "his" points to in "خلال لقائه"، "أثناء استقبالها": the first person of the sentence before. */
function pronounOwner(toks: Token[], cue: number, art: ArticleContext): Mention | undefined {
  if (!ownedNoun(toks, cue) || !/^(خلال|اثناء|لدي|عقب|بعد)$/.test(toks[cue - 1]?.key ?? '')) return undefined;
  const id = art.lastPeople?.[0];
  return id ? { ids: [id], type: 'Person', kind: 'title', from: cue, to: cue, prefix: '' } : undefined;
}

/**
 * The subject of a verb with none in its clause: the person named last before the clause, or the
 * sentence's first when "كما" goes on with it ("توجه X ... للقاء Y، كما من المقرر أن يلتقي Z").
 */
function subjectBefore(ctx: SentenceContext, cue: number, clause: [number, number]): Mention | undefined {
  const earlier = personsIn(ctx, 0, clause[0]);
  const goesOn = ctx.tokens.slice(earlier.at(-1)?.to ?? cue, cue).some((t) => /^و?كما$/.test(t.key));
  return goesOn ? earlier[0] : earlier.at(-1);
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
  // "محادثات منفصلة مع X وY": separate talks with each.
  // "مع كبار المسؤولين وفي مقدمتهم X وY": with members of a group, each in turn.
  const each = gap.some((t, k) => (t.key === 'مع' && gap[k + 1]?.key === 'كل' && gap[k + 2]?.key === 'من') || /^منفصل(ه|ين)$/.test(t.key) || MEMBERS.test(t.key));
  // "التقى X وY ..." joins a second subject, not an object.
  const together = gap.some((t) => /^(مع|بين|وبين)$/.test(t.key) || t.key === 'و') || /^[وب]/.test(first.prefix);
  // A meeting noun has no direct objects: only "مع كل من" splits its talks.
  return each || (verb && !together) ? subject.ids[0] : undefined;
}

/** Where the meeting took place: a place or capital after the cue introduced by في. */
function meetingPlace(ctx: SentenceContext, art: ArticleContext, cue: number, clause: [number, number], hosting: boolean): string | null {
  // (A gathering's place may come after a long list of those who met: up to 60 words on.)
  for (const m of placesIn(ctx, cue + 1, Math.min(clause[1], cue + 60), art)) {
    const near = m.from <= cue + 25;
    // ("في العاصمة التركية، أنقرة": the capital's nisba names it too.)
    const capital = m.kind === 'capital' || (m.kind === 'nisba' && ctx.tokens[m.from - 1]?.key === 'العاصمه');
    if (near && prepositionBefore(ctx, m) === 'في' && (capital || m.type === 'Place')) return m.ids[0]!;
    // "على هامش فعاليات قمة عدم الانحياز في أوغندا": the country of the gathering it was held at.
    if (prepositionBefore(ctx, m) === 'في' && m.type === 'Country' && m.kind !== 'nisba' && ctx.tokens.slice(Math.max(0, m.from - 5), m.from).some((t) => GATHERING.test(t.key))) return m.ids[0]!;
    // A reception "في مطار الكويت" / "في قصر ... بالرياض" is in that country.
    const venue = ctx.tokens[m.from - 1];
    if (near && hosting && m.type === 'Country' && venue && /^(في|ب)?(مطار|قصر|مقر)$/.test(venue.key) && ctx.tokens[m.from - 2]?.key === 'في') return m.ids[0]!;
  }
  return null;
}

const GATHERING = /^[لب]?(ال)?(قمه|مؤتمر|منتدي|معرض|هامش|اجتماعات|دوره|منعقد|منعقده|مقام|مقامه)$/;
