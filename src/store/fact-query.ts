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

/** Code-point order, as Cypher's ORDER BY sorts strings; localeCompare would also be slower and locale-dependent. */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Groups sources into facts (one per key) and applies the filters both stores share. */
export function groupFacts(sources: Iterable<FactSource>, q: FactQuery): FactGroup[] {
  const byKey = new Map<string, FactSource[]>();
  for (const s of sources) {
    if (q.predicates?.length && !q.predicates.includes(s.predicate)) continue;
    if (!dateInRange(s.date, q.from, q.to)) continue;
    const list = byKey.get(s.key);
    if (list) list.push(s);
    else byKey.set(s.key, [s]);
  }
  const groups: FactGroup[] = [];
  for (const [key, list] of byKey) {
    const group = summarise(key, list);
    if (q.statuses?.length && !q.statuses.includes(group.status)) continue;
    if (q.minSources && group.sourceCount < q.minSources) continue;
    groups.push(group);
  }
  groups.sort((a, b) => byCodePoint(b.date ?? '', a.date ?? '') || byCodePoint(a.key, b.key));
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(MAX_PAGE, Math.max(1, q.limit ?? MAX_PAGE));
  return groups.slice(offset, offset + limit);
}

/** One fact from its sources: the firmest status, the articles that support it, the best confidence. */
function summarise(key: string, list: FactSource[]): FactGroup {
  const first = list[0]!;
  let status: Status = first.status;
  let confidence = first.confidence;
  for (const s of list) {
    if (RANK[s.status] < RANK[status]) status = s.status;
    if (s.confidence > confidence) confidence = s.confidence;
  }
  // Most facts have one source: no set and no sort for them.
  const sources = list.length === 1 ? list : [...list].sort((a, b) => byCodePoint(a.articleId, b.articleId));
  const sourceCount = list.length === 1 ? 1 : new Set(list.map((s) => s.articleId)).size;
  return { key, predicate: first.predicate, subject: first.subject, object: first.object, date: first.date, precision: first.precision, status, sourceCount, confidence, sources };
}
