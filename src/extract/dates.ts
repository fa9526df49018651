import type { Lexicon } from './lexicon/lexicon.ts';
import { normalizeArabic } from './text/normalize.ts';
import type { Token } from './text/tokenize.ts';

export type Precision = 'day' | 'month' | 'year';

export interface ResolvedDate {
  value: string;
  precision: Precision;
}

/** A date no finer than its month: a day gives its month, a month or a year stays. */
export function monthOf(d: ResolvedDate): ResolvedDate {
  return d.precision === 'day' ? { value: d.value.slice(0, 7), precision: 'month' } : d;
}

/** A time expression in a sentence; relative ones resolve against the published date and the tense. */
export interface DateExpr {
  from: number;
  to: number;
  text: string;
  resolve(published: Day | null, future: boolean): ResolvedDate | null;
}

export interface Day { y: number; m: number; d: number }

export type Direction = 'past' | 'future' | 'current' | null;

const PAST = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'السابق', 'الفايت']);
const NEXT = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه']);
const CURRENT = new Set(['الجاري', 'الحالي', 'الجاريه', 'الحاليه']);

export function parseDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const toUtc = (d: Day) => Date.UTC(d.y, d.m - 1, d.d);
const fromUtc = (ms: number): Day => {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};
export const addDays = (d: Day, n: number) => fromUtc(toUtc(d) + n * 86_400_000);
export const dayValue = (d: Day): ResolvedDate => ({ value: `${d.y}-${pad(d.m)}-${pad(d.d)}`, precision: 'day' });
export const monthValue = (y: number, m: number): ResolvedDate => ({ value: `${y}-${pad(m)}`, precision: 'month' });
export const yearValue = (y: number): ResolvedDate => ({ value: String(y), precision: 'year' });

function direction(t: Token | undefined): Direction {
  if (!t) return null;
  return PAST.has(t.key) ? 'past' : NEXT.has(t.key) ? 'future' : CURRENT.has(t.key) ? 'current' : null;
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 && fromUtc(Date.UTC(y, m - 1, d)).m === m;
}

/** Year of a month (and day) named without a year, by the direction the text or the tense gives. */
export function yearFor(p: Day, m: number, d: number | null, dir: Direction, future: boolean): number {
  const cmp = m - p.m || (d === null ? 0 : d - p.d);
  if (dir === 'current') return p.y;
  if (dir === 'past') return cmp < 0 ? p.y : p.y - 1;
  if (dir === 'future') return cmp > 0 ? p.y : p.y + 1;
  return future ? (cmp >= 0 ? p.y : p.y + 1) : cmp <= 0 ? p.y : p.y - 1;
}

/** Reads a month name (one or two words, "يوليو/تموز" pairs) at token i. */
function monthAt(toks: Token[], i: number, lx: Lexicon): { month: number; to: number } | null {
  const two = toks[i + 1] ? lx.months.get(`${toks[i]!.key} ${toks[i + 1]!.key}`) : undefined;
  let month = two;
  let to = i + 2;
  if (month === undefined) {
    const stem = toks[i]?.key.replace(/^(في|ب|و|ل)(?=.{3})/, '');
    month = toks[i] ? lx.months.get(toks[i]!.key) ?? (stem ? lx.months.get(stem) : undefined) : undefined;
    to = i + 1;
  }
  if (month === undefined) return null;
  if (toks[to]?.text === '/' && toks[to + 1]) {
    const alt = monthAt(toks, to + 1, lx);
    if (alt && alt.month === month) to = alt.to;
  }
  return { month, to };
}

function yearAt(t: Token | undefined): number | null {
  if (!t || t.kind !== 'number' || t.norm.length !== 4) return null;
  const y = Number(t.norm);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** The year after a month: "2019", "عام 2019", "من العام 2019", "سنة 2019". */
function yearAfter(toks: Token[], k: number): { y: number; to: number } | null {
  const of = toks[k]?.key === 'من' ? 1 : 0;
  const word = /^(ال)?(عام|سنه)$/.test(toks[k + of]?.key ?? '') ? 1 : 0;
  const y = yearAt(toks[k + of + word]);
  if (y && (word || !of)) return { y, to: k + of + word + 1 };
  return null;
}

/** Between the two days of a range: "16 وحتى 26"، "16 - 26"، "16 إلى 26". */
const AGO = /^(?:بضعه |عده )?(يومين|ايام|اسبوعين|اسبوع)(?: قليله)?(?= |$)/;
const RANGE_TO = /^(و?حتي|و?الي|و?لجايه|-|–)$/;

/** First words that can open a time expression (after an optional و/ف/ب/ل/في). */
// (Keys fold غ to ج: "غدا" is keyed "جدا", which also spells "very"; the text tells them apart.)
const TRIGGERS = new Set(['امس', 'البارحه', 'اول', 'جدا', 'جد', 'اليوم', 'يوم', 'الشهر', 'العام', 'السنه', 'الاسبوع', 'هذا', 'هذه', 'عام', 'سنه', 'في', 'منذ', 'قبل']);

function triggers(t: Token, lx: Lexicon): boolean {
  if (t.kind === 'number') return true;
  const k = t.key;
  const known = (s: string) => TRIGGERS.has(s) || lx.monthFirstWords.has(s) || lx.weekdays.has(s);
  if (known(k)) return true;
  const c = k.charCodeAt(0);
  // و ف ب ل, or في, in front of the word
  if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644) return false;
  return known(k.replace(/^(في|[وفبل])(?=.{3})/, ''));
}

export function findDates(toks: Token[], lx: Lexicon): DateExpr[] {
  const out: DateExpr[] = [];
  const push = (from: number, to: number, resolve: DateExpr['resolve']) =>
    out.push({ from, to, text: toks.slice(from, to).map((t) => t.text).join(' '), resolve });
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!triggers(t, lx)) continue;
    const k = t.key;
    // 12/7/2025, day first
    if (t.kind === 'number' && toks[i + 1]?.text === '/' && toks[i + 2]?.kind === 'number' && toks[i + 3]?.text === '/' && yearAt(toks[i + 4])) {
      const d = Number(t.norm), m = Number(toks[i + 2]!.norm), y = yearAt(toks[i + 4])!;
      if (validDay(y, m, d)) push(i, i + 5, () => dayValue({ y, m, d }));
      i += 4;
      continue;
    }
    // 11 يوليو/تموز 2025, 5 سبتمبر; "من 16 وحتى 26 نوفمبر": a range of days is dated by its first day.
    if (t.kind === 'number' && Number(t.norm) >= 1 && Number(t.norm) <= 31) {
      // "في 18 من الشهر الجاري"، "في 3 من الشهر الماضي": a day of the month of publication, or of the one before.
      const ofMonth = toks[i + 1]?.key === 'من' && toks[i + 2]?.key === 'الشهر' ? direction(toks[i + 3]) : null;
      if (ofMonth === 'current' || ofMonth === 'past') {
        const d = Number(t.norm);
        push(i, i + 4, (p) => {
          if (!p) return null;
          const [y, m] = ofMonth === 'current' ? [p.y, p.m] : p.m === 1 ? [p.y - 1, 12] : [p.y, p.m - 1];
          return validDay(y, m, d) ? dayValue({ y, m, d }) : null;
        });
        i += 3;
        continue;
      }
      // ("بين 17 و 27 فبراير": between two days, the first.)
      const between = toks[i + 1]?.key === 'و' && toks[i - 1]?.key === 'بين';
      // ("من 26 ـ 31 مايو": a tatweel standing as the dash leaves the two days side by side.)
      const glued = toks[i + 1]?.kind === 'number' && Number(toks[i + 1]!.norm) > Number(t.norm) && Number(toks[i + 1]!.norm) <= 31;
      const range = (RANGE_TO.test(toks[i + 1]?.key ?? '') || between) && toks[i + 2]?.kind === 'number' ? 2 : glued ? 1 : 0;
      // ("في 26 من شباط الماضي": "of" may stand between the day and its month.)
      const of = !range && toks[i + 1]?.key === 'من' && monthAt(toks, i + 2, lx) ? 1 : 0;
      const mo = monthAt(toks, i + 1 + range + of, lx);
      if (mo) {
        const d = Number(t.norm);
        const ya = yearAfter(toks, mo.to);
        const y = ya?.y ?? null;
        const to = ya ? ya.to : mo.to;
        const dir = y ? null : direction(toks[to]);
        push(i, dir ? to + 1 : to, (p, future) => {
          const year = y ?? (p ? yearFor(p, mo.month, d, dir, future) : null);
          return year && validDay(year, mo.month, d) ? dayValue({ y: year, m: mo.month, d }) : null;
        });
        i = to - 1;
        continue;
      }
    }
    const mo = monthAt(toks, i, lx);
    if (mo) {
      const ya = yearAfter(toks, mo.to);
      const y = ya?.y ?? null;
      const dir = y ? null : direction(toks[mo.to]);
      push(i, ya ? ya.to : dir ? mo.to + 1 : mo.to, (p, future) => {
        const year = y ?? (p ? yearFor(p, mo.month, null, dir, future) : null);
        return year ? monthValue(year, mo.month) : null;
      });
      i = mo.to - 1;
      continue;
    }
    if ((/^(ال|ل|لل)?(عام|سنه)$/.test(k) || k === 'في' || k === 'منذ') && yearAt(toks[i + 1])) {
      const y = yearAt(toks[i + 1])!;
      push(i, i + 2, () => yearValue(y));
      i++;
      continue;
    }
    const rel = relative(toks, i, lx);
    if (rel) {
      push(i, rel.to, rel.resolve);
      i = rel.to - 1;
    }
  }
  return out;
}

function relative(toks: Token[], i: number, lx: Lexicon): { to: number; resolve: DateExpr['resolve'] } | null {
  const k = toks[i]!.key.replace(/^[وف](?=.{3})/, '');
  const next = toks[i + 1];
  // "والاثنين الماضي": a conjunction may be glued to the weekday.
  const weekdayAfter = (j: number) => (toks[j] ? lx.weekdays.get(toks[j]!.key) ?? lx.weekdays.get(toks[j]!.key.replace(/^[وف](?=.{3})/, '')) : undefined);
  if (k === 'امس' || k === 'البارحه') {
    // "أمس الأول" is the day before yesterday.
    const before = next?.key === 'الاول' ? 1 : 0;
    const to = weekdayAfter(i + 1 + before) !== undefined ? i + 2 + before : i + 1 + before;
    return { to, resolve: (p) => (p ? dayValue(addDays(p, -1 - before)) : null) };
  }
  if (k === 'اول' && next?.key === 'امس') return { to: i + 2, resolve: (p) => (p ? dayValue(addDays(p, -2)) : null) };
  // "قبل أيام"، "منذ بضعة أيام"، "قبل أسبوعين": a few days back is the month they fall in; "قبل يومين" is a day.
  if (k === 'قبل' || k === 'منذ') {
    const ago = AGO.exec(toks.slice(i + 1, i + 3).map((t) => t.key).join(' '));
    if (ago) {
      const days = ago[1] === 'يومين' ? 2 : ago[1] === 'اسبوعين' ? 14 : ago[1] === 'اسبوع' ? 7 : 3;
      const words = ago[0].split(' ').length;
      return {
        to: i + 1 + words,
        resolve: (p) => {
          if (!p) return null;
          const back = addDays(p, -days);
          return days === 2 ? dayValue(back) : monthValue(back.y, back.m);
        },
      };
    }
  }
  if ((k === 'جدا' || k === 'جد') && /^[وف]?غد/.test(normalizeArabic(toks[i]!.text))) return { to: i + 1, resolve: (p) => (p ? dayValue(addDays(p, 1)) : null) };
  if (k === 'اليوم' && weekdayAfter(i + 1) !== undefined) return { to: i + 2, resolve: (p) => (p ? dayValue(p) : null) };
  // A bare "اليوم" in a news report is the day of publication ("بحث اليوم في دمشق"), but not a day
  // described ("اليوم الوطني"، "اليوم التالي"، "في اليوم نفسه") nor "up to today" ("حتى اليوم").
  if (k === 'اليوم' && !/^(ال|نفس|ذات)/.test(next?.key ?? '') && !/^(حتي|الي|منذ|لجايه|في)$/.test(toks[i - 1]?.key ?? '')) {
    return { to: i + 1, resolve: (p) => (p ? dayValue(p) : null) };
  }
  const wdAt = k === 'يوم' || k === 'اليوم' ? i + 1 : i;
  const wd = weekdayAfter(wdAt);
  if (wd !== undefined) {
    const dir = direction(toks[wdAt + 1]);
    return {
      to: dir ? wdAt + 2 : wdAt + 1,
      resolve: (p, future) => {
        if (!p) return null;
        const today = new Date(toUtc(p)).getUTCDay();
        const back = (today - wd + 7) % 7;
        const ahead = (wd - today + 7) % 7;
        if (dir === 'past') return dayValue(addDays(p, -(back || 7)));
        if (dir === 'future') return dayValue(addDays(p, ahead || 7));
        return dayValue(addDays(p, future ? ahead : -back));
      },
    };
  }
  const unit = k === 'الشهر' ? 'month' : k === 'العام' || k === 'السنه' ? 'year' : k === 'الاسبوع' ? 'week' : null;
  const thisUnit = k === 'هذا' || k === 'هذه' ? (next?.key === 'الشهر' ? 'month' : next?.key === 'العام' || next?.key === 'السنه' ? 'year' : next?.key === 'الاسبوع' ? 'week' : null) : null;
  if (!unit && !thisUnit) return null;
  const u = (unit ?? thisUnit)!;
  const dir: Direction = thisUnit ? 'current' : direction(next);
  if (!dir) return null;
  const offset = dir === 'past' ? -1 : dir === 'future' ? 1 : 0;
  return {
    to: i + 2,
    resolve: (p) => {
      if (!p) return null;
      if (u === 'year') return yearValue(p.y + offset);
      if (u === 'month') {
        const m0 = p.y * 12 + (p.m - 1) + offset;
        return monthValue(Math.floor(m0 / 12), (m0 % 12) + 1);
      }
      // A week is reported as the month most of its days fall in.
      const dow = (new Date(toUtc(p)).getUTCDay() + 1) % 7; // weeks start on Saturday in Arab calendars
      return monthOfWeek(addDays(p, -dow + 7 * offset));
    },
  };
}

/** A week as the month most of its seven days, from `first` on, fall in: the month of its fourth day. */
export function monthOfWeek(first: Day): ResolvedDate {
  const middle = addDays(first, 3);
  return monthValue(middle.y, middle.m);
}
