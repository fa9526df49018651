import type { ArticleContext, RawFact } from './context.ts';
import type { Evidence } from '../types.ts';

/**
 * OFFICIAL_OF for every official the article names: from the title it was introduced with
 * ("وزير الدفاع الكوري الشمالي، نو كوانغ تشول") or from the lexicon for a known official.
 */
export function readOffices(art: ArticleContext, firstSeen: Map<string, { sentence: number; evidence: Evidence }>): RawFact[] {
  const out: RawFact[] = [];
  for (const p of art.registry.people.values()) {
    if (!p.official || !p.country) continue;
    const seen = firstSeen.get(p.entity.id);
    if (!seen) continue;
    out.push({
      predicate: 'OFFICIAL_OF', subject: p.entity.id, object: `country:${p.country}`, status: 'occurred', date: null,
      sentence: seen.sentence, evidence: seen.evidence, role: p.role ?? p.entity.role ?? undefined,
      rule: p.roleClass ? `office:title:${p.roleClass}` : 'office:lexicon', confidence: p.roleClass ? 0.9 : 0.75,
    });
  }
  return out;
}
