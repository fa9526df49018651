import type { Lexicon } from '../lexicon/lexicon.ts';
import { isComma, type Token } from '../text/tokenize.ts';

// Not "منذ عام 2014" (since a year): that opens a clause of its own, as a year after منذ is no date of this event.
const TIME_SPAN = /^(ايام|يومين|اسبوع|اسبوعين|اسابيع|بضعه|عده|شهرين|اشهر|عامين|سنتين|قليل|ساعات|لحظات)$/;
const HARD = new Set(['؛', ';', ':', '(', ')']);

/**
 * Splits a sentence into clauses: at hard punctuation, at a clause-opening word (حيث، بينما، الذي،
 * أن ...), and at a comma followed by a reporting verb. A comma alone does not split: Arabic news
 * sets names and titles off with commas ("وصل وزير الدفاع الروسي، أندريه بيلوسوف، إلى ...").
 */
export function splitClauses(tokens: Token[], lx: Lexicon, names: readonly { from: number; to: number }[] = []): [number, number][] {
  // ("مون جاي إن": a word of a name that spells a clause opener opens nothing.)
  const inName = (i: number) => names.some((m) => i > m.from && i < m.to);
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const comma = isComma(t.text);
    const next = tokens[i + 1];
    // "زار مصر قبل أيام": before or since a span of time is a time adverbial of this clause, not a new one.
    // "من قبل" is "by" (an agent), not "before".
    const span = (/^و?(قبل|منذ|بعد)$/.test(t.key) && TIME_SPAN.test(next?.key ?? '')) || (t.key === 'قبل' && tokens[i - 1]?.key === 'من');
    const opens = !span && !relativeAside(tokens, i) && !inName(i) && (lx.words.clauseStarters.has(t, false) || (t.key.startsWith('و') && lx.words.clauseStarters.hasKey(t.key.slice(1))));
    // "(السبت، 14 شباط 2026)": a bracketed date is no clause of its own.
    const close = t.text === '(' ? datedAside(tokens, i, lx) : -1;
    if (close > 0) {
      i = close;
      continue;
    }
    // "كلا من: نظيره العراقي ..., ورئيس ...": a colon that opens a list goes on with the clause.
    const listColon = t.text === ':' && tokens[i - 1]?.key === 'من' && /^(كلا|كل)$/.test(tokens[i - 2]?.key ?? '');
    if ((HARD.has(t.text) && !listColon) || (comma && next && lx.words.reporting.has(next, true))) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    } else if (opens && i > from) {
      out.push([from, i]);
      from = i;
    }
  }
  if (from < tokens.length) out.push([from, tokens.length]);
  return out.length ? out : [[0, tokens.length]];
}

/**
 * "التقى X، الذي يزور حاليا روما، اليوم الجمعة، بالرئيس ...": a relative clause set off by commas
 * describes the one named before it; the clause it interrupts goes on after its closing comma.
 */
function relativeAside(tokens: Token[], i: number): boolean {
  if (!/^(الذي|التي)$/.test(tokens[i]!.key) || !isComma(tokens[i - 1]?.text)) return false;
  for (let j = i + 2; j < Math.min(tokens.length - 1, i + 10); j++) {
    const t = tokens[j]!;
    if (isComma(t.text)) return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** The index of the ")" closing a bracket that holds only a date, else -1. */
function datedAside(tokens: Token[], open: number, lx: Lexicon): number {
  for (let j = open + 1; j < Math.min(tokens.length, open + 12); j++) {
    const t = tokens[j]!;
    if (t.text === ')') return j > open + 1 ? j : -1;
    // "(3 مارس/ آذار 2024)"، "(5 نوفمبر/ تشرين الثاني)": a month of two words, after its other name.
    if (tokens[j + 1] && lx.months.has(`${t.key} ${tokens[j + 1]!.key}`)) {
      j++;
      continue;
    }
    const timely = t.kind === 'punct' || /^\d+$/.test(t.key) || lx.months.has(t.key) || lx.weekdays.has(t.key) || /^(اليوم|امس|مساء|صباح|جدا)$/.test(t.key);
    if (!timely) return -1;
  }
  return -1;
}

export function clauseAt(clauses: [number, number][], i: number): [number, number] {
  return clauses.find(([a, b]) => i >= a && i < b) ?? [0, Number.MAX_SAFE_INTEGER];
}

/** "المقرر"، "المرتقبة": an attribute saying what it describes is scheduled. */
export const SCHEDULED = /^و?ال(مقرر|مقرره|مرتقب|مرتقبه|مزمع|مزمعه|منتظر|منتظره)$/;

/**
 * "برنامج اللجنة، المقرر انعقادها الشهر القادم، موضوع اتصال ...": an aside between commas before the
 * cue that opens with "scheduled" or a relative pronoun describes another noun; its time words are not the cue's.
 */
export function asidesBefore(tokens: Token[], cue: number, from: number): [number, number][] {
  const out: [number, number][] = [];
  const comma = (k: number) => isComma(tokens[k]?.text);
  for (let a = from; a < cue; a++) {
    if (tokens[a]!.kind !== 'punct' || !comma(a) || !(SCHEDULED.test(tokens[a + 1]?.key ?? '') || /^(التي|الذي)$/.test(tokens[a + 1]?.key ?? ''))) continue;
    let b = a + 1;
    while (b < cue && !comma(b)) b++;
    if (b < cue) out.push([a, b]);
  }
  return out;
}
