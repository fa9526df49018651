import type { FactGroup, FactQuery, FactSource } from './graph-store.ts';
import { MAX_PAGE } from './graph-store.ts';
import { STATUS_RANK as RANK, SYMMETRIC, type Status } from '../extract/types.ts';
import { cameoOf } from './resolve/cameo.ts';
import { independentSources } from './resolve/independence.ts';

/** A source as a store reads it, with what counting independent sources needs (its story and outlet), when the store keeps them. */
export type SourceWithOrigin = FactSource & { story?: string | null; outlet?: string | null };


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

/**
 * Groups sources into facts and applies the filters both stores share. The sources of one fact share
 * predicate, subject, object and date (its key): they are grouped by subject, then object, then
 * compared field by field, so no key string is built and hashed per source. `read` turns a stored
 * source into the one returned; it runs only when a group's sources are asked for (a one-hop
 * question that wants counts never pays for evidence).
 */
export function groupFacts(sources: Iterable<SourceWithOrigin>, q: FactQuery, read?: (f: FactSource) => FactSource): FactGroup[] {
  const groups = groupAll(sources, q, read);
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(MAX_PAGE, Math.max(1, q.limit ?? MAX_PAGE));
  return groups.slice(offset, offset + limit);
}

/** Every fact of the sources that passes the query's filters, newest first, not paged (a drawing takes up to MAX_SUBGRAPH_FACTS). */
export function groupAll(sources: Iterable<SourceWithOrigin>, q: FactQuery, read?: (f: FactSource) => FactSource): FactGroup[] {
  const bySubject = new Map<string, Map<string, SourceWithOrigin[][]>>();
  for (const s of sources) {
    if (q.predicates?.length && !q.predicates.includes(s.predicate)) continue;
    if (!dateInRange(s.date, q.from, q.to)) continue;
    let byObject = bySubject.get(s.subject);
    if (!byObject) bySubject.set(s.subject, (byObject = new Map()));
    let runs = byObject.get(s.object);
    if (!runs) byObject.set(s.object, (runs = []));
    const run = runs.find((r) => r[0]!.predicate === s.predicate && r[0]!.date === s.date);
    if (run) run.push(s);
    else runs.push([s]);
  }
  const groups: FactGroup[] = [];
  for (const byObject of bySubject.values()) {
    for (const runs of byObject.values()) {
      for (const list of runs) {
        const group = summarise(list, read);
        if (q.statuses?.length && !q.statuses.includes(group.status)) continue;
        if (q.minSources && group.independentSources < q.minSources) continue;
        groups.push(group);
      }
    }
  }
  // Newest first; ties by the key's fields one by one (no key string is built to compare).
  return groups.sort((a, b) => byCodePoint(b.date ?? '', a.date ?? '') || byCodePoint(a.predicate, b.predicate) || byCodePoint(a.subject, b.subject) || byCodePoint(a.object, b.object));
}

/** One fact from its sources: the firmest status, the articles that support it, the best confidence. */
function summarise(list: SourceWithOrigin[], read?: (f: FactSource) => FactSource): FactGroup {
  const first = list[0]!;
  let status: Status = first.status;
  let confidence = first.confidence;
  for (const s of list) {
    if (RANK[s.status] < RANK[status]) status = s.status;
    if (s.confidence > confidence) confidence = s.confidence;
  }
  // Most facts have one source: no set and no sort for them.
  const stored = list.length === 1 ? list : [...list].sort((a, b) => byCodePoint(a.articleId, b.articleId));
  const sourceCount = list.length === 1 ? 1 : new Set(list.map((s) => s.articleId)).size;
  const independent = list.length === 1 ? 1 : independentSources(list.map((s) => ({ articleId: s.articleId, story: s.story ?? null, outlet: s.outlet ?? null })));
  return new GroupedFact(first, status, sourceCount, independent, confidence, stored, read);
}

/**
 * A fact group whose key and sources (evidence and all) are made on first use. A class, because V8
 * builds object literals with accessors slowly; toJSON gives the plain record.
 */
class GroupedFact implements FactGroup {
  predicate: FactGroup['predicate'];
  subject: string;
  object: string;
  date: string | null;
  precision: FactGroup['precision'];
  cameo: string | null;
  private read: FactSource[] | undefined;

  constructor(private readonly first: FactSource, public status: Status, public sourceCount: number, public independentSources: number, public confidence: number,
    private readonly stored: FactSource[], private readonly reader?: (f: FactSource) => FactSource) {
    this.predicate = first.predicate;
    this.subject = first.subject;
    this.object = first.object;
    this.date = first.date;
    this.precision = first.precision;
    this.cameo = cameoOf(first.predicate);
  }

  /** Built when asked for: a question that returns twenty facts needs no key for the other hundred. */
  get key(): string {
    return this.first.key;
  }

  get sources(): FactSource[] {
    return (this.read ??= this.reader ? this.stored.map(this.reader) : this.stored);
  }

  sourcesPage(offset: number, limit: number): FactSource[] {
    if (this.read) return this.read.slice(offset, offset + limit);
    const page = this.stored.slice(offset, offset + limit);
    return this.reader ? page.map(this.reader) : page;
  }

  set sources(given: FactSource[]) {
    this.read = given;
  }

  toJSON(): FactGroup {
    const { key, predicate, subject, object, date, precision, status, sourceCount, independentSources, cameo, confidence, sources } = this;
    return { key, predicate, subject, object, date, precision, status, sourceCount, independentSources, cameo, confidence, sources };
  }
}
