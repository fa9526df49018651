import { fewWords, type ContentLine } from '../furniture.ts';
import { tokenize, type Token } from './tokenize.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  heading: boolean;
}

// Sentence ends: . ! ? ؟ followed by space or end of line. A period with a space before it (" . ")
// is a stray mark of web copy, not an end, and digits around a dot are a number.
const END = /[.!?؟](?=["”»)]*\s|["”»)]*$|#)/g;
/** Pieces shorter than this are glued to the sentence before them ("... لكوريا الشمالية. في يوليو."). */
const MIN_WORDS = 3;

/** A line that opens with one of these goes on the sentence of a line left without its closing mark. */
const CONTINUES = /^\s*(مع|الى|إلى|لدى|بين|عن|على)\s/;
const CLOSING = new Set(['.', '!', '?', '؟', ':', '"', '”', '»']);

/** Whether text[start, end) ends, past trailing spaces, on a closing mark. */
function closed(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && /\s/.test(text[k]!)) k--;
  return k >= start && CLOSING.has(text[k]!);
}

/**
 * "يجري الرئيس ... مباحثات مساء اليوم في مالابو" / "مع كل من رئيس موريتانيا ...": a page may break a
 * sentence over two lines; a line left open whose next line starts with a preposition is one sentence.
 */
function joinBrokenLines(text: string, lines: ContentLine[]): ContentLine[] {
  const out: ContentLine[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && !last.heading && CONTINUES.test(text.slice(line.start, Math.min(line.end, line.start + 12))) && !closed(text, last.start, last.end)) {
      out[out.length - 1] = { ...last, end: line.end };
    } else out.push(line);
  }
  return out;
}

export function splitSentences(text: string, lines: ContentLine[]): Sentence[] {
  const out: Sentence[] = [];
  for (const line of joinBrokenLines(text, lines)) {
    let from = line.start;
    const pieces: [number, number][] = [];
    const segment = text.slice(line.start, line.end);
    END.lastIndex = 0;
    for (let m = END.exec(segment); m; m = END.exec(segment)) {
      const at = line.start + m.index;
      if (m[0] === '.' && (/\s/.test(text[at - 1] ?? '') || (/\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')))) continue;
      pieces.push([from, at + 1]);
      from = at + 1;
    }
    if (from < line.end) pieces.push([from, line.end]);
    const merged: [number, number][] = [];
    for (const [s, e] of pieces) {
      const piece = text.slice(s, e);
      const words = /[\p{L}\p{N}]/u.test(piece) ? (fewWords(piece, MIN_WORDS - 1) ? 1 : MIN_WORDS) : 0;
      const last = merged.at(-1);
      if (words === 0) {
        if (last) last[1] = e;
        continue;
      }
      if (last && words < MIN_WORDS) last[1] = e;
      else merged.push([s, e]);
    }
    for (const [s, e] of merged) {
      const lead = text.slice(s, e).length - text.slice(s, e).trimStart().length;
      const start = s + lead;
      out.push({ index: out.length, start, end: e, text: text.slice(start, e), tokens: tokenize(text, start, e), heading: line.heading });
    }
  }
  return out;
}
