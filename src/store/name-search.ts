import type { EntityRecord } from '../extract/lexicon/types.ts';
import { phraseKey } from '../extract/text/normalize.ts';

/**
 * Name search shared by the stores' rules: a name, its Arabic form and its aliases are compared as
 * phrase keys (diacritics, alef and ya forms, and the transliterations of g/j, p/b folded), an exact
 * form ranks above a form it begins, above a form it is inside; ties go to the entity more articles
 * mention. The embedded store scores every entity this way; Neo4j finds candidates through a full-text
 * index over the same keys (`searchKeys`), then ranks them here.
 */
export function searchKeys(e: Pick<EntityRecord, 'name' | 'nameAr' | 'aliases'>): string[] {
  return [...new Set([e.name, e.nameAr ?? '', ...e.aliases].map(phraseKey).filter(Boolean))].sort();
}

/** A Lucene query for the keys: every word of the query as a required prefix, Lucene syntax escaped. */
export function searchKeysQuery(query: string): string | null {
  const words = phraseKey(query).split(' ').filter(Boolean);
  if (!words.length) return null;
  return words.map((w) => `+${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`).join(' ');
}

/** The score of an entity for a query key: 3 exact, 2 prefix, 1 inside, 0 no match. */
export function nameScore(queryKey: string, e: Pick<EntityRecord, 'name' | 'nameAr' | 'aliases'>): number {
  const forms = [e.name, e.nameAr ?? '', ...e.aliases].map(phraseKey);
  return forms.some((f) => f === queryKey) ? 3 : forms.some((f) => f.startsWith(queryKey)) ? 2 : forms.some((f) => f.includes(queryKey)) ? 1 : 0;
}

/**
 * Ranks candidates as the embedded store does: score, then mention count. The embedded store breaks a
 * remaining tie by the order entities were first stored, which a database does not keep; here the
 * entity with more links to other entities (its facts) goes first, then the id.
 */
export function rankByName(query: string, candidates: { entity: EntityRecord & { mentionCount?: number }; links: number }[], limit: number): EntityRecord[] {
  const q = phraseKey(query);
  if (!q) return [];
  return candidates
    .map((c) => ({ ...c, score: nameScore(q, c.entity) * 1000 + (c.entity.mentionCount ?? 0) }))
    .filter((x) => x.score >= 1000)
    .sort((a, b) => b.score - a.score || b.links - a.links || a.entity.id.localeCompare(b.entity.id))
    .slice(0, limit)
    .map((x) => x.entity);
}
