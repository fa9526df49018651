import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';

const HARD = new Set(['؛', ';', ':', '(', ')']);

/**
 * Splits a sentence into clauses: at hard punctuation, at a clause-opening word (حيث، بينما، الذي،
 * أن ...), and at a comma followed by a reporting verb. A comma alone does not split: Arabic news
 * sets names and titles off with commas ("وصل وزير الدفاع الروسي، أندريه بيلوسوف، إلى ...").
 */
export function splitClauses(tokens: Token[], lx: Lexicon): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isComma = t.text === '،' || t.text === ',';
    const next = tokens[i + 1];
    const opens = lx.words.clauseStarters.has(t, false) || (t.key.startsWith('و') && lx.words.clauseStarters.hasKey(t.key.slice(1)));
    if (HARD.has(t.text) || (isComma && next && lx.words.reporting.has(next, true))) {
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

export function clauseAt(clauses: [number, number][], i: number): [number, number] {
  return clauses.find(([a, b]) => i >= a && i < b) ?? [0, Number.MAX_SAFE_INTEGER];
}
