import type { FactGroup, FactQuery, FactSource } from './graph-store.ts';
import { MAX_PAGE } from './graph-store.ts';
import { STATUS_RANK as RANK, SYMMETRIC, type Status } from '../extract/types.ts';


/** First and last day a partial date (2025, 2025-07, 2025-07-11) covers. */
export function dateSpan(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

export function dateInRange(date: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  const [start, end] = dateSpan(date);
  return (!from || end >= from) && (!to || start <= to);
}

/** Whether a source has the subject and object a query asks for; MET and JOINT_EXERCISE match either way round. */
export function matchesEnds(f: FactSource, q: FactQuery): boolean {
  const sym = SYMMETRIC.has(f.predicate);
  if (q.subject && q.object) return (f.subject === q.subject && f.object === q.object) || (sym && f.subject === q.object && f.object === q.subject);
  if (q.subject && !q.either) return f.subject === q.subject || (sym && f.object === q.subject);
  if (q.object && !q.either) return f.object === q.object || (sym && f.subject === q.object);
  return true;
}

/** Groups sources into facts (one per key) and applies the filters both stores share. */
export function groupFacts(sources: Iterable<FactSource>, q: FactQuery): FactGroup[] {
  const byKey = new Map<string, FactSource[]>();
  for (const s of sources) {
    if (q.predicates?.length && !q.predicates.includes(s.predicate)) continue;
    if (!dateInRange(s.date, q.from, q.to)) continue;
    const list = byKey.get(s.key) ?? [];
    list.push(s);
    byKey.set(s.key, list);
  }
  const groups: FactGroup[] = [];
  for (const [key, list] of byKey) {
    const first = list[0]!;
    const status = list.reduce<Status>((best, s) => (RANK[s.status] < RANK[best] ? s.status : best), first.status);
    if (q.statuses?.length && !q.statuses.includes(status)) continue;
    const articles = new Set(list.map((s) => s.articleId));
    if (q.minSources && articles.size < q.minSources) continue;
    groups.push({
      key, predicate: first.predicate, subject: first.subject, object: first.object, date: first.date, precision: first.precision,
      status, sourceCount: articles.size, confidence: Math.max(...list.map((s) => s.confidence)),
      sources: [...list].sort((a, b) => a.articleId.localeCompare(b.articleId)),
    });
  }
  groups.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.key.localeCompare(b.key));
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(MAX_PAGE, Math.max(1, q.limit ?? MAX_PAGE));
  return groups.slice(offset, offset + limit);
}
