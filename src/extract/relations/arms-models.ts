import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';

export interface ArmsModel {
  from: number;
  to: number;
  /** ISO code of the state whose industry makes it. */
  maker: string;
}

/**
 * A weapon system named by its model at token i: "رافال"، "أباتشي"، "إس-400" / "إس 400"، "سو-35"، "F-16"
 * (a head word, then a number after an optional hyphen), or two words ("بلاك هوك"). The model says what
 * is sold, and who makes it says who sells when the sentence names no seller.
 */
export function armsModelAt(tokens: Token[], i: number, lx: Lexicon): ArmsModel | null {
  const t = tokens[i];
  // Most words open no model: one lookup of the first word says so before any key is built.
  if (!t || t.kind !== 'word' || !lx.armsModelHeads.has(t.key)) return null;
  const numberAt = tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
  const n = tokens[numberAt];
  const numbered = n?.kind === 'number' ? lx.armsModels.get(`${t.key} ${n.norm}`) : undefined;
  if (numbered) return { from: i, to: numberAt + 1, maker: numbered };
  const two = tokens[i + 1]?.kind === 'word' ? lx.armsModels.get(`${t.key} ${tokens[i + 1]!.key}`) : undefined;
  if (two) return { from: i, to: i + 2, maker: two };
  const one = lx.armsModels.get(t.key);
  return one ? { from: i, to: i + 1, maker: one } : null;
}

/** The first model named in [from, to). */
export function armsModelIn(tokens: Token[], from: number, to: number, lx: Lexicon): ArmsModel | null {
  for (let j = Math.max(0, from); j < Math.min(to, tokens.length); j++) {
    const m = armsModelAt(tokens, j, lx);
    if (m) return m;
  }
  return null;
}
