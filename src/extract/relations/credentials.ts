import type { Mention } from '../entities/mention.ts';
import { dateFor, personsIn } from './arguments.ts';
import { clauseAt } from './clauses.ts';
import { evidence, type ArticleContext, type EventMention, type SentenceContext } from './context.ts';
import { statusAt } from './modality.ts';

/** How far after the ceremony's sentence its list of envoys may run. */
const LIST_SENTENCES = 2;
const ENVOY = /سفير|سفيره|مندوب/;

/**
 * A credentials ceremony: "تقبل السلطان X أوراق اعتماد عدد من السفراء ... وشمل ذلك كلا من: سعادة السفير
 * Y، سفير دولة ...؛ وسعادة السفير Z ..." — the head of state received each envoy in person: one meeting
 * of the host with each, on the ceremony's day. The envoys are named in the cue's sentence or in the
 * next ones, each with an envoy's title.
 */
export function readCredentials(ctx: SentenceContext, art: ArticleContext): EventMention[] {
  // Most articles hold no ceremony: a look at the text spares the per-word tests.
  const told = ctx.sentence.text.includes('اعتماد');
  if (!art.credentials && !told) return [];
  const toks = ctx.tokens;
  const at = !told ? -1 : toks.findIndex((t, k) => /^[وب]?اوراق$/.test(t.key) && /^اعتماد(ه|ها|هم)?$/.test(toks[k + 1]?.key ?? ''));
  if (at >= 0) {
    const host = personsIn(ctx, 0, at).filter((m) => !ENVOY.test(m.role ?? '')).at(-1)?.ids[0] ?? art.lastPerson;
    const clause = clauseAt(ctx.clauses, at);
    const status = statusAt(ctx, at, clause, art.lx);
    art.credentials = host ? { host, date: dateFor(ctx, art, at, clause, status, 'meet'), status, sentence: ctx.sentence.index } : null;
  }
  const c = art.credentials;
  if (!c || ctx.sentence.index - c.sentence > LIST_SENTENCES) return [];
  const envoys = personsIn(ctx, at >= 0 ? at : 0, toks.length).filter((m) => ENVOY.test(m.role ?? '') && m.ids[0] !== c.host);
  if (!envoys.length) return [];
  // One event whose hub is the host: he met each envoy, the envoys did not meet one another.
  return [{
    kind: 'meeting', participants: [c.host, ...new Set(envoys.map((m: Mention) => m.ids[0]!))], arity: null, anaphoric: false, status: c.status, date: c.date,
    place: null, sentence: ctx.sentence.index, evidence: evidence(ctx, envoys[0]!.from, envoys.at(-1)!.to), rule: 'meet:credentials', hub: c.host,
  }];
}
