import type { ContentLine } from '../furniture.ts';
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
const END = /[.!?؟](?=["”»)]*\s|["”»)]*$)/g;
/** Pieces shorter than this are glued to the sentence before them ("... لكوريا الشمالية. في يوليو."). */
const MIN_WORDS = 3;

export function splitSentences(text: string, lines: ContentLine[]): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines) {
    let from = line.start;
    const pieces: [number, number][] = [];
    END.lastIndex = line.start;
    const segment = text.slice(0, line.end);
    for (let m = END.exec(segment); m; m = END.exec(segment)) {
      if (m.index >= line.end) break;
      if (m[0] === '.' && (/\s/.test(text[m.index - 1] ?? '') || /\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? ''))) continue;
      pieces.push([from, m.index + 1]);
      from = m.index + 1;
    }
    if (from < line.end) pieces.push([from, line.end]);
    const merged: [number, number][] = [];
    for (const [s, e] of pieces) {
      const words = tokenize(text, s, e).filter((t) => t.kind !== 'punct').length;
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
