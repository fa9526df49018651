import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { Status } from '../types.ts';
import { eventScope, governingScope, UNTIL } from './arguments.ts';
import { asidesBefore, SCHEDULED } from './clauses.ts';
import type { SentenceContext } from './context.ts';

/** The cue is negated ("لم تنتهك"), so no fact may be read from it. */
export function negated(tokens: Token[], cue: number, clauseFrom: number, lx: Lexicon): boolean {
  for (let j = Math.max(clauseFrom, cue - 2); j < cue; j++) {
    const t = tokens[j]!;
    if (!lx.modality.negation!.has(t, false)) continue;
    // "لم يتضح" (it is not clear whether) is doubt, not negation.
    if (tokens[j + 1]?.key === 'يتضح') continue;
    return true;
  }
  return false;
}

const NEXT_TIME = /^[وف]?(المقبل|المقبله|القادم|القادمه)$/;
const untilBefore = (tokens: Token[], k: number) => tokens.slice(Math.max(0, k - 3), k).some((t) => UNTIL.test(t.key));
const IMPERFECT_EVENT = /^[وف]?(يلتقي|تلتقي|يلتقيان|يجتمع|تجتمع|يجتمعان|يزور|تزور|يصل|تصل|يستقبل|تستقبل|يستضيف|تستضيف|يتوجه|تتوجه|يسافر|تسافر)$/;


/** A future verb of holding or meeting: "سيجري مباحثات"، "ستعقد". */
const FUTURE_HOLDS = /^[وف]?س[يت](جري|عقد|لتقي|جتمع|ستقبل|بحث|ناقش)$/;

/** A present-tense verb of holding or meeting: "يجري مباحثات"، "يعقد اجتماعا"، "يلتقي". */
const PRESENT_HOLDS = /^[وف]?[يت](جري|عقد|لتقي|جتمع|ستقبل|بحث|ناقش)$/;

function presentHolds(tokens: Token[], from: number, cue: number): boolean {
  for (let j = from; j <= cue; j++) if (PRESENT_HOLDS.test(tokens[j]!.key)) return true;
  return false;
}

/** "مساء اليوم"، "الليلة": later on the day of publication. */
function laterToday(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if ((tokens[j]!.key === 'مساء' && tokens[j + 1]?.key === 'اليوم') || tokens[j]!.key === 'الليله') return true;
  return false;
}

/** The verb governing the cue, past the names between them ("ستجري كوريا الجنوبية تدريبات"), is future. */
function futureVerbBefore(ctx: SentenceContext, cue: number, from: number): boolean {
  let seen = 0;
  for (let j = cue - 1; j >= from && seen < 2; j--) {
    const m = ctx.mentions.find((x) => j >= x.from && j < x.to);
    if (m) {
      j = m.from;
      continue;
    }
    if (ctx.tokens[j]!.kind !== 'word') return false;
    if (isFutureVerb(ctx.tokens[j])) return true;
    seen++;
  }
  return false;
}

/** A future verb: س + a present-tense prefix ("سيزور", "ستجري"). */
export function isFutureVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^[وف]?س[يتن]..+/.test(t.key) && !/^[وف]?سي(ول|اس|طر|اد|د)/.test(t.key);
}

/**
 * Status of the event a cue reports: possible when doubt is voiced near it (may, might, suspected,
 * under discussion), planned when it lies ahead (will, intends, scheduled, proposed), occurred otherwise.
 */
export function statusAt(ctx: SentenceContext, cue: number, clause: [number, number], lx: Lexicon): Status {
  const tokens = ctx.tokens;
  const scope = governingScope(ctx, clause);
  const from = Math.max(scope[0], cue - 7);
  const to = Math.min(clause[1], cue + 6);
  let planned = isFutureVerb(tokens[cue]) || futureVerbBefore(ctx, cue, from);
  // "وسيجري السيد X خلال هذه الزيارة مباحثات مع Y": a future verb of holding governs the meeting noun after it.
  if (tokens.slice(clause[0], cue).some((t) => FUTURE_HOLDS.test(t.key))) planned = true;
  // "وسيتوجه X بعد ذلك إلى قصر ... لتناول غداء عمل مع Y": what a journey ahead is made for lies ahead too.
  const purpose = /^و?ل(تناول|اجراء|عقد)$/.test(tokens[cue - 1]?.key ?? '') || /^و?ل(لقاء|لاجتماع)/.test(tokens[cue]!.key);
  if (purpose && tokens.slice(Math.max(0, cue - 20), cue).some((t) => isFutureVerb(t) && ctx.cueAt.get(tokens.indexOf(t))?.has('visit'))) planned = true;
  const asides = asidesBefore(tokens, cue, clause[0]);
  const inAside = (j: number) => asides.some(([a, b]) => j >= a && j < b);
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.key === 'قد' || t.key === 'وقد') {
      // قد + present tense voices possibility; قد + past tense asserts.
      // "وكان ... قد توجه" is the pluperfect: its verb is past even when it opens with ت (توجه، تسلم).
      const next = tokens[j + 1];
      const pluperfect = tokens.slice(Math.max(scope[0], j - 8), j).some((w) => /^[وف]?(كان|كانت|كانوا)$/.test(w.key));
      if (next && /^[يتن]/.test(next.key) && j < cue + 1 && !pluperfect) return 'possible';
      continue;
    }
    if (lx.modality.possible!.match(tokens, j)) return 'possible';
    if (lx.modality.planned!.match(tokens, j) && !inAside(j) && !untilBefore(tokens, j) && !(byInvitation(tokens, j) && lx.cues.visit!.match(tokens, cue))) planned = true;
  }
  // An attribute of the event noun further on says it is scheduled: 'المناورات ... "زاباد"، والمقررة في سبتمبر'.
  for (let j = to; j < Math.min(clause[1], cue + 14); j++) if (SCHEDULED.test(tokens[j]!.key)) planned = true;
  // A time ahead anywhere in the clause ("الأسبوع المقبل") makes the event planned.
  const [, end] = eventScope(ctx, cue, clause);
  // ("منذ أمس ولغاية السبت القادم": not the end of a span that has begun.)
  planned ||= tokens.slice(clause[0], end).some((t, k) => NEXT_TIME.test(t.key) && !inAside(clause[0] + k) && !untilBefore(tokens, clause[0] + k));
  // "حيث يلتقي مودي الثلاثاء": a present-tense meeting or visit on a named weekday is ahead.
  // Only a bare weekday after the verb: "أمس الخميس" before it is the past, whatever the tense.
  const bareWeekdayAfter = ctx.dates.some((d) => d.from > cue && d.from < end && lx.weekdays.has(tokens[d.to - 1]!.key) && !/^[وف]?(امس|البارحه)$/.test(tokens[d.from]!.key));
  // "في زيارة ...، يلتقي خلالها بالرئيس": the programme of a visit, told in the present, lies ahead.
  // ("ويتوجه X بعد ختام زيارته ... إلى مسقط": where he goes after what is under way lies ahead.)
  const afterwards = [1, 2, 3, 4, 5, 6, 7, 8].some((d) => /^(بعد|عقب)$/.test(tokens[cue + d]?.key ?? '') && /^(ختام|انتهاء|اختتام)$/.test(tokens[cue + d + 1]?.key ?? ''));
  // ("الذي يزور حاليا روما، اليوم الجمعة": a visit told as under way now is no plan.)
  const underWay = [cue - 1, cue + 1].some((j) => /^(حاليا|الان)$/.test(tokens[j]?.key ?? ''));
  if (IMPERFECT_EVENT.test(tokens[cue]?.key ?? '') && ((bareWeekdayAfter && !underWay) || afterwards || /^خلال(ها|ه)$/.test(tokens[cue + 1]?.key ?? ''))) planned = true;
  // "يجري الرئيس مباحثات مساء اليوم": talks told in the present for this evening are still ahead.
  if (!planned && presentHolds(tokens, from, cue) && laterToday(tokens, clause[0], end)) planned = true;
  return planned ? 'planned' : 'occurred';
}

/**
 * "بدعوة من نظيره"، "تلبية لدعوة": the invitation a trip answers says nothing of when it is (of a
 * trip only: "ويعقد الاجتماع بدعوة من ..." keeps whatever else the clause says).
 */
function byInvitation(tokens: Token[], j: number): boolean {
  const k = tokens[j]!.key;
  return k === 'بدعوه' || (/^[لو]?دعوه$/.test(k) && /^(تلبيه|علي)$/.test(tokens[j - 1]?.key ?? ''));
}
