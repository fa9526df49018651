import type { Lexicon } from './lexicon/lexicon.ts';
import type { Sentence } from './text/sentences.ts';

/**
 * The country of an Arabic wire dateline ("كراكاس - رويترز - ..."، "الأخبار (باماكو) - ..."): a capital
 * or city opening the article (after at most an outlet's name and a bracket) and followed by a dash.
 * Officials the story names without a nationality are that country's, as in English wire copy.
 * Two cities ("دمشق – أنقرة وكالات") name no single country.
 */
export function arabicDatelineCountry(sentences: Sentence[], lx: Lexicon): string | null {
  const toks = sentences[0]?.tokens ?? [];
  const dash = toks.findIndex((t, k) => k < 6 && /^[-–—]$/.test(t.text));
  if (dash < 1) return null;
  const codes = new Set<string>();
  for (let k = 0; k < dash; k++) {
    const m = lx.matchEntity(toks, k);
    if (!m) continue;
    const e = lx.entity(m.entry.entityId);
    const code = m.entry.kind === 'capital' ? e?.code : e?.type === 'Place' ? e.countryCode : null;
    if (code) codes.add(code);
    k += m.length - 1;
  }
  if (codes.size !== 1) return null;
  // Another city right after the dash ("دمشق – أنقرة") is a second dateline.
  const next = lx.matchEntity(toks, dash + 1);
  if (next && (next.entry.kind === 'capital' || lx.entity(next.entry.entityId)?.type === 'Place')) return null;
  return [...codes][0]!;
}
