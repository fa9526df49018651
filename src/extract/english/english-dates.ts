import { addDays, dayValue, monthOfWeek, monthValue, validDay, yearFor, yearValue, type DateExpr, type Day, type Direction, type ResolvedDate } from '../dates.ts';
import type { EnglishLexicon } from './english-lexicon.ts';
import type { EnToken } from './english-text.ts';

const RELATIVE_DAY: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
// What `k in RELATIVE_DAY` answers (its own keys and Object.prototype's), without `in` on an un-interned string.
const RELATIVE_KEYS = new Set([...Object.keys(RELATIVE_DAY), ...Object.getOwnPropertyNames(Object.prototype)]);

function digit(t: EnToken | undefined): boolean {
  const c = t?.text.charCodeAt(0) ?? 0;
  return c >= 48 && c <= 57;
}

function year(t: EnToken | undefined): number | null {
  if (!digit(t) || !/^(19|20)\d\d$/.test(t!.text)) return null;
  return Number(t!.text);
}

function dayNumber(t: EnToken | undefined): number | null {
  if (!digit(t)) return null;
  // "July 28-30": a range of days is dated by its first day.
  const m = /^(\d{1,2})(st|nd|rd|th)?(?:[-–]\d{1,2}(?:st|nd|rd|th)?)?$/.exec(t!.text);
  return m ? Number(m[1]) : null;
}

function expr(toks: EnToken[], from: number, to: number, resolve: DateExpr['resolve']): DateExpr {
  return { from, to, text: toks.slice(from, to).map((t) => t.text).join(' '), resolve };
}

/** Weekday named in a brief: the last one on or before publication, or the next one for what is planned. */
function weekday(p: Day, wd: number, future: boolean, dir: Direction): ResolvedDate {
  const today = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  const back = (today - wd + 7) % 7;
  if (dir === 'past' || (!future && dir !== 'future')) return dayValue(addDays(p, -(back === 0 && dir === 'past' ? 7 : back)));
  const ahead = (wd - today + 7) % 7;
  return dayValue(addDays(p, dir === 'future' && ahead === 0 ? 7 : ahead));
}

function shiftMonth(p: Day, n: number): ResolvedDate {
  const k = p.y * 12 + (p.m - 1) + n;
  return monthValue(Math.floor(k / 12), (k % 12) + 1);
}

/**
 * Time expressions of an English sentence: "March 3, 2021", "3 March", "in June 2024", "in 2019",
 * "on Monday", "last Friday", "yesterday", "last month", "earlier this year", "this week" (the month most of its
 * days fall in). A dateline's date ("SEOUL, March 3 (Yonhap) --") is the report's, not the event's.
 */
export function findEnglishDates(toks: EnToken[], en: EnglishLexicon): DateExpr[] {
  const out: DateExpr[] = [];
  const dateline = datelineEnd(toks);
  for (let i = dateline; i < toks.length; i++) {
    const t = toks[i]!;
    const k = t.key;
    const month = en.months.get(k);
    if (month !== undefined && t.cap && !(k === 'may' && toks[i + 1] && !dayNumber(toks[i + 1]) && !year(toks[i + 1]))) {
      const d = dayNumber(toks[i + 1]);
      if (d !== null) {
        const comma = toks[i + 2]?.text === ',' ? 1 : 0;
        const y = year(toks[i + 2 + comma]);
        const to = y ? i + 3 + comma : i + 2;
        out.push(expr(toks, i, to, (p, future) => (y ? (validDay(y, month, d) ? dayValue({ y, m: month, d }) : null) : p && validDay(p.y, month, d) ? dayValue({ y: yearFor(p, month, d, null, future), m: month, d }) : null)));
        i = to - 1;
        continue;
      }
      // ("April 2019", "April, 2019", "April of 2019".)
      const y = year(toks[i + 1]) ?? (toks[i + 1]?.text === ',' || toks[i + 1]?.key === 'of' ? year(toks[i + 2]) : null);
      const dir = direction(toks[i - 1]);
      out.push(expr(toks, i, y ? (year(toks[i + 1]) ? i + 2 : i + 3) : i + 1, (p, future) => (y ? monthValue(y, month) : p ? monthValue(yearFor(p, month, null, dir, future), month) : null)));
      continue;
    }
    const d = dayNumber(t);
    // "28 – 30 July": the range's end stands between the first day and the month.
    const span = d !== null && /^[-–]$/.test(toks[i + 1]?.text ?? '') && dayNumber(toks[i + 2]) !== null ? 2 : 0;
    const m2 = d !== null ? en.months.get(toks[i + 1 + span]?.key ?? '') : undefined;
    if (d !== null && m2 !== undefined && toks[i + 1 + span]!.cap) {
      const y = year(toks[i + 2 + span]);
      const to = y ? i + 3 + span : i + 2 + span;
      out.push(expr(toks, i, to, (p, future) => (y ? (validDay(y, m2, d) ? dayValue({ y, m: m2, d }) : null) : p && validDay(p.y, m2, d) ? dayValue({ y: yearFor(p, m2, d, null, future), m: m2, d }) : null)));
      i = to - 1;
      continue;
    }
    const wd = en.weekdays.get(k);
    if (wd !== undefined && t.cap) {
      const dir = direction(toks[i - 1]);
      out.push(expr(toks, dir ? i - 1 : i, i + 1, (p, future) => (p ? weekday(p, wd, future, dir) : null)));
      continue;
    }
    if (RELATIVE_KEYS.has(k)) {
      out.push(expr(toks, i, i + 1, (p) => (p ? dayValue(addDays(p, RELATIVE_DAY[k]!)) : null)));
      continue;
    }
    if ((k === 'month' || k === 'year') && (toks[i - 1]?.key === 'last' || toks[i - 1]?.key === 'this' || toks[i - 1]?.key === 'next') && toks[i + 1]?.key !== "'s") {
      const n = toks[i - 1]!.key === 'last' ? -1 : toks[i - 1]!.key === 'next' ? 1 : 0;
      out.push(expr(toks, i - 1, i + 1, (p) => (p ? (k === 'month' ? shiftMonth(p, n) : yearValue(p.y + n)) : null)));
      continue;
    }
    if (k === 'week' && /^(last|this|next)$/.test(toks[i - 1]?.key ?? '') && toks[i + 1]?.key !== "'s") {
      // A week is reported as the month most of its days (Monday to Sunday) fall in.
      const n = toks[i - 1]!.key === 'last' ? -1 : toks[i - 1]!.key === 'next' ? 1 : 0;
      out.push(expr(toks, i - 1, i + 1, (p) => {
        if (!p) return null;
        return monthOfWeek(addDays(p, -((new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7) + 7 * n));
      }));
      continue;
    }
    // "two weeks ago", "three days ago", "a month ago": counted back from publication.
    const ago = k === 'ago' ? agoSpan(toks, i) : null;
    if (ago) {
      out.push(expr(toks, ago.from, i + 1, (p) => {
        if (!p) return null;
        if (ago.unit === 'day') return dayValue(addDays(p, -ago.n));
        if (ago.unit === 'week') return monthOfWeek(addDays(p, -7 * ago.n - 3));
        if (ago.unit === 'month') return shiftMonth(p, -ago.n);
        return yearValue(p.y - ago.n);
      }));
      continue;
    }
    const y = year(t);
    if (y && /^(in|since|during|of)$/.test(toks[i - 1]?.key ?? '') && toks[i - 1]?.key !== 'since') {
      out.push(expr(toks, i - 1, i + 1, () => yearValue(y)));
    }
  }
  return out;
}

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, few: 3, several: 3 };

/** "two weeks" before "ago": its count and unit ("a few days" counts as three). */
function agoSpan(toks: EnToken[], i: number): { from: number; n: number; unit: 'day' | 'week' | 'month' | 'year' } | null {
  const unit = /^(day|week|month|year)s?$/.exec(toks[i - 1]?.key ?? '')?.[1] as 'day' | 'week' | 'month' | 'year' | undefined;
  if (!unit) return null;
  let from = i - 2;
  if (toks[from]?.key === 'few' && toks[from - 1]?.key === 'a') from--;
  const w = toks[i - 2]?.key ?? '';
  const n = /^\d{1,2}$/.test(w) ? Number(w) : COUNT[w];
  if (n === undefined) return null;
  // "several days ago" or "a few weeks ago" is vague about the day: no finer than the week's month.
  return { from, n, unit: unit === 'day' && (w === 'few' || w === 'several') ? 'week' : unit };
}

function direction(t: EnToken | undefined): Direction {
  const k = t?.key;
  return k === 'last' || k === 'past' ? 'past' : k === 'next' || k === 'coming' ? 'future' : k === 'this' ? 'current' : null;
}

/** Tokens of a dateline at the sentence start: "SEOUL, March 3 (Yonhap) --", "MOSCOW (Reuters) -". */
function datelineEnd(toks: EnToken[]): number {
  const n = Math.min(toks.length, 14);
  for (let i = 1; i < n; i++) {
    const t = toks[i]!.text;
    if ((t === '--' || t === '—' || t === '–' || t === '-') && toks.slice(0, i).some((x) => x.text === '(' || x.text === ',') && /^[A-Z]{3,}/.test(toks[0]!.text)) return i + 1;
  }
  return 0;
}
