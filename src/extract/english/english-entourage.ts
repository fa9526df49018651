import type { RawFact } from '../relations/context.ts';
import { enEvidence, homeOf, type EnSentenceContext } from './english-signals.ts';

const ALONG = /^(accompanied|flanked|joined)$/;
const PRONOUN = /^(he|she)$/;

/**
 * "The prime minister travels with the finance minister X and the trade minister Y; he is joined by ...":
 * the officials who travel with the one on the trip just read visit where he went, and one named
 * without a nationality is his compatriot (not the host's, whatever the dateline says).
 */
export function readEnglishEntourage(ctx: EnSentenceContext, trip: RawFact | null): RawFact[] {
  const toks = ctx.tokens;
  const at = toks.findIndex((t, k) => ALONG.test(t.key) && toks[k + 1]?.key === 'by');
  if (at < 0 || !trip) return [];
  const people = ctx.mentions.filter((m) => m.type === 'Person');
  const named = people.filter((m) => m.to <= at).at(-1)?.ids[0];
  const principal = named ?? (toks.slice(0, at).some((t) => PRONOUN.test(t.key)) ? trip.subject : null);
  if (principal !== trip.subject) return [];
  const home = homeOf(ctx, principal);
  const out: RawFact[] = [];
  for (const m of people.filter((p) => p.from > at + 1)) {
    const id = m.ids[0]!;
    const companion = ctx.registry.people.get(id);
    if (companion && !companion.country && home) companion.country = home;
    // The envoy posted where the trip goes (his country's ambassador in the host capital) lives there.
    if (id === principal || `country:${homeOf(ctx, id)}` === trip.object || /ambassador|envoy|attach/i.test(m.role ?? '')) continue;
    out.push({
      predicate: 'VISITED', subject: id, object: trip.object, status: trip.status, date: trip.date, sentence: ctx.sentence.index,
      evidence: enEvidence(ctx, at, at + 2), rule: 'en:visit:entourage', confidence: 0.7,
    });
  }
  return out;
}
