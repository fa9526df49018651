import type { Mention } from '../entities/mention.ts';
import { readTitle } from '../entities/titles.ts';
import { isComma, type Token } from '../text/tokenize.ts';
import { personsIn } from './arguments.ts';
import type { ArticleContext, SentenceContext } from './context.ts';

// Who takes part in a meeting told in one sentence: the people after its cue, joined to one another by
// و, مع, commas, their titles and the meeting's time and place; and those who attend it.

const LINKS = new Set(['مع', 'ب', 'و', 'بين', 'وبين']);
// (Keys fold غ to ج: "غدا" is keyed "جدا".)
const TIME_WORDS = /^(امس|اليوم|مساء|صباح|ظهر|فجر|جدا|يوم|في|وقت|لاحق|لاحقا|سابق|وقتا|منذ|قليل|لحظات|ساعات)$/;
const WEEKDAYS = /^(ال)?(احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)$/;
const lxWeekday = (k: string) => WEEKDAYS.test(k);

/** "وفي مقدمتهم"، "ومنهم"، "وعلى رأسهم": the members of a group named next. */
export const MEMBERS = /^و?(مقدمتهم|منهم|بينهم|راسهم|ابرزهم)$/;

/** "سيادته"، "سموه"، "معاليه": "his excellency" standing for the one named before. */
const HIS_EXCELLENCY = /^(سيادته|سموه|معاليه|فخامته|جلالته|دولته|سعادته)$/;

/** "لقائه"، "استقبالها"، "استقبال سيادته": a meeting noun owned by one person named elsewhere. */
export function ownedNoun(toks: Token[], cue: number): boolean {
  return /[^م](ه|ها)$/.test(toks[cue]?.key ?? '') || HIS_EXCELLENCY.test(toks[cue + 1]?.key ?? '');
}

/**
 * People after the cue who take part: the first right after it (VSO, genitive) or after مع / ب,
 * the rest joined to it by و or a comma. A person named later in the clause for another reason is not a participant.
 */
export function linkedAfter(ctx: SentenceContext, art: ArticleContext, from: number, to: number): Mention[] {
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
    // "والتقى X، بحضور ولي العهد Y، مع Z": whoever attends is read by attendees(); the one met comes after.
    const keys = gap.map((t) => t.key);
    const attended = Math.max(keys.lastIndexOf('بحضور'), keys.lastIndexOf('وبحضور'));
    if (prev && attended >= 0 && !keys.slice(attended).includes('مع')) {
      // "استقبل X اليوم وبحضور Y، سفير الهند لدى السلطنة Z": after those who attend, set off by a comma, the
      // guest with his own title (a title joined by و is one more who attends).
      let comma = gap.length - 1;
      while (comma >= 0 && !isComma(gap[comma]!.text)) comma--;
      if (out.length === 1 && comma > attended && !gap[comma + 1]?.key.startsWith('و') && art.lx.anyTitle.match(ctx.tokens, gapFrom + comma + 1)) out.push(m);
      continue;
    }
    // "... والنائب الأول لرئيس السودان X": the deputy's words open the title the lexicon reads from "رئيس".
    const deputy = gap.length <= 2 && /^و(ال)?(نائب|مساعد)$/.test(gap[0]?.key ?? '');
    // "مكالمة هاتفية جمعت ظهر اليوم X بـY": a call or meeting that "brought together" names its people next.
    const brought = !prev && gap.some((t) => /^(جمع|جمعت|يجمع|تجمع)$/.test(t.key));
    // "اجتمع X بقائد القوات ... الجنرال Y": ب on the guest's title, which may run to a second title before him.
    const byTitle = gap.length <= 10 && /^[بو]/.test(gap[0]?.key ?? '') && !!art.lx.anyTitle.match(ctx.tokens, gapFrom);
    // "اتصالا هاتفيا الاثنين بصاحب السمو الشيخ Y": ب on the honorific that opens the guest's name.
    const honour = gap.findIndex((t, k) => t.key.startsWith('ب') && art.lx.words.honorifics.match(gap, k)?.prefix === 'ب');
    const byHonorific = honour >= 0 && stripHonorifics(gap.slice(honour + art.lx.words.honorifics.match(gap, honour)!.length), art).length === 0;
    const link = deputy || brought || byTitle || byHonorific || m.prefix.startsWith('و') || m.prefix.startsWith('ب') || gap.some((t) => LINKS.has(t.key) || t.key === 'وفد' || t.key === 'برئاسه' || t.key === 'بقياده');
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
    // "التقى صباح الأحد 5 مايو 2024 وزير ...": a full date is a time adverbial too.
    // (Honorifics before the guest are no words of the gap: "، أمس، السيد Y".)
    const punctOnly = core.every((t) => t.kind === 'punct' || t.kind === 'number' || TIME_WORDS.test(t.key) || lxWeekday(t.key) || art.lx.months.has(t.key));
    // "التقى الخميس، وزير أوروبا والشؤون الخارجية الفرنسي جان إيف لودريان": the guest's own title,
    // after a time word, is no break even when the title is not one the lexicon lists whole.
    const lead = gap.findIndex((t) => !(t.kind === 'punct' || TIME_WORDS.test(t.key) || lxWeekday(t.key)));
    const titled = !prev && lead >= 0 && gap.length <= 9 && !!art.lx.anyTitle.match(ctx.tokens, gapFrom + lead);
    // Dates and times between (even bracketed: "مساء اليوم (السبت، 14 شباط 2026)، مع ...") do not count.
    const slim = gap.filter((t) => !(t.kind === 'punct' || t.kind === 'number' || TIME_WORDS.test(t.key) || lxWeekday(t.key) || art.lx.months.has(t.key)));
    // "يجري مباحثات مساء اليوم بمقر إقامته في مالابو مع كل من رئيس موريتانيا ...": the time and place of the
    // talks may stand before "مع", which then opens the list of those it is held with.
    // "سيلتقي الوزير خلال زيارته ... كلا من: نظيره ..." opens its list the same way.
    const withAt = Math.max(keys.lastIndexOf('مع'), listOpener(gap, 0, gap.length));
    // (Before the first person joined, or after the verb's own subject right after it: "وسيلتقي عراقجي ...".)
    const opening = !prev || (out.length === 1 && prev.from <= from + 1);
    // ("مع كبار المسؤولين الإيرانيين وفي مقدمتهم الرئيس X": the group "with" whom, then its foremost members.)
    const members = MEMBERS.test(gap.filter((t) => t.kind !== 'punct').at(-1)?.key ?? '');
    const withTail = opening && withAt >= 0 && gap.length - withAt <= (members ? 9 : 4) && gap.length <= 16 && !gap.some((t) => t.kind === 'punct' && !isComma(t.text) && t.text !== ':');
    // "استقبل الملك X، في قصره اليوم (3 مارس 2024) وزير الخارجية الأردني Y": after the host, set off
    // by a comma, the reception's place and time, then the guest with his own title; "، ووزير ..." the next guest.
    // ("استقبل X وفي حفل أقيم بمقر الوزارة وزيرة الدفاع ...": or opened by في.)
    const setOff = isComma(gap[0]?.text) || isComma(gap.at(-1)?.text) || /^و?في$/.test(gap[0]?.key ?? '');
    const guestTitled = out.length === 1 && gap.length <= 22 && setOff && titledAt(ctx, art, gapFrom, m);
    // "خلال استقباله اليوم في قصر ... ببغداد السفير التركي X": after a noun whose owner is named elsewhere,
    // the time and place of the meeting ("في ..." first), then the guest with his own title.
    const venue = gap.findIndex((t) => !(t.kind === 'punct' || t.kind === 'number' || TIME_WORDS.test(t.key) || lxWeekday(t.key) || art.lx.months.has(t.key) || HIS_EXCELLENCY.test(t.key)));
    const owned = ownedNoun(ctx.tokens, from - 1);
    const placedFirst = !prev && owned && venue >= 1 && gap[venue - 1]!.key === 'في' && gap.length <= 16 && titledAt(ctx, art, gapFrom, m);
    const nextTitled = !!prev && out.length >= 2 && gap.length <= 12 && isComma(gap[0]?.text) && /^و/.test(gap[1]?.key ?? '') && !!art.lx.anyTitle.match(ctx.tokens, gapFrom + 1);
    // "وفدا أوفدته منظمة إقليمية ... برئاسة نائب وزير ... X": however long the delegation's
    // description, its head is named within a title's length of "برئاسة".
    const headed = delegation ? Math.max(...['برئاسه', 'بقياده', 'يتراسه', 'يراسه'].map((w) => keys.lastIndexOf(w))) : -1;
    const headOfDelegation = headed >= 0 && gap.length - headed <= 14 && keys.slice(0, headed).some((k) => /^وفد/.test(k));
    if (withTail || guestTitled || placedFirst || nextTitled || headOfDelegation) out.push(m);
    else if (delegation || group ? gap.length <= 10 || (delegation && slim.length <= 12) : counterpart || link ? slim.length <= 7 : punctOnly ? core.length <= 5 : commaed || titled || (!prev && core.length <= 2)) out.push(m);
    else break;
  }
  return out;
}

/**
 * "استقبل الرئيس ... وفدا ... برئاسة X، وذلك بحضور الفريق أول Y": whoever attends the meeting takes part
 * in it. Only the people named right after بحضور (and joined to them), in the cue's sentence.
 */
export function attendees(ctx: SentenceContext, art: ArticleContext, from: number): Mention[] {
  const at = ctx.tokens.findIndex((t, k) => k >= from && /^[و]?بحضور$/.test(t.key));
  if (at < 0) return [];
  return linkedAfter(ctx, art, at + 1, ctx.tokens.length);
}


/** The person m opens with his own title, or a title ends right before him ("... بالمملكة المغربية الشقيقة X"). */
function titledAt(ctx: SentenceContext, art: ArticleContext, from: number, m: Mention): boolean {
  if (m.roleClass && art.lx.anyTitle.match(ctx.tokens, m.from)) return true;
  for (let j = Math.max(from, m.from - 12); j < m.from; j++) {
    const t = art.lx.anyTitle.match(ctx.tokens, j) ? readTitle(ctx.tokens, j, art.lx) : null;
    if (t && !t.prefix.startsWith('و') && t.to >= m.from - 1 && t.to <= m.from) return true;
  }
  return false;
}


/**
 * The end of the titles that describe the person ending at k ("X، قائد الجيش وزير الدفاع
 * والإنتاج الحربي، فلورانس بارلي"), or k when none: offices in a row, each perhaps with a second portfolio.
 */
function titlesAfter(toks: Token[], art: ArticleContext, k: number, limit: number): number {
  let j = isComma(toks[k]?.text) ? k + 1 : k;
  let end = k;
  // A title joined by و ("، ووزير الشؤون الخارجية ...") opens the next person of a list, not this one's.
  // So does one joined by ب ("اجتمع X بقائد القوات ... Y": the one he met), right after the name.
  for (let t = readTitle(toks, j, art.lx); t && t.to <= limit && !t.prefix.startsWith('و') && !(j === k && t.prefix.startsWith('ب')); t = readTitle(toks, j, art.lx)) {
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
export function listed(ctx: SentenceContext, people: Mention[]): boolean {
  return people.every((m, k) => k === 0 || m.prefix.startsWith('و') || m.roleClass === 'counterpart' || ctx.tokens.slice(people[k - 1]!.to, m.from).some((t) => isComma(t.text) || t.key === 'و' || t.key.startsWith('و')));
}

/** Where "كلا من" / "كل من" opens a list in (from, to), or -1. */
export function listOpener(toks: Token[], from: number, to: number): number {
  for (let k = from; k < Math.min(to, toks.length); k++) if ((toks[k]!.key === 'كلا' || toks[k]!.key === 'كل') && toks[k + 1]?.key === 'من') return k;
  return -1;
}
