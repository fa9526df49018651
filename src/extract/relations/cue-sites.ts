import type { PhraseMatch, PhraseSet } from '../lexicon/phrases.ts';
import { clauseAt } from './clauses.ts';
import type { ArticleContext, SentenceContext } from './context.ts';
import { negated } from './modality.ts';

export interface CueSite {
  i: number;
  cue: PhraseMatch;
  clause: [number, number];
}

/**
 * Where a cue of the set starts in a sentence: outside entity names, with at most a conjunction or
 * preposition clitic in front, and not negated ("لم يزر").
 */
export function* cueSites(ctx: SentenceContext, art: ArticleContext, set: PhraseSet): Generator<CueSite> {
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.cueAt.has(i)) continue;
    const cue = set.match(ctx.tokens, i);
    if (!cue || (cue.prefix && !/^[وفبلس]+$/.test(cue.prefix))) continue;
    if (ctx.mentions.some((m) => i >= m.from && i < m.to)) continue;
    const clause = clauseAt(ctx.clauses, i);
    if (negated(ctx.tokens, i, clause[0], art.lx)) continue;
    yield { i, cue, clause };
  }
}
