import type { FactGroup, FactQuery, GraphStore } from '../store/graph-store.ts';
import type { Predicate, Status } from '../extract/types.ts';
import { MAX_PAGE } from '../store/graph-store.ts';
import { byCodePoint } from '../store/fact-query.ts';

/** The FactFilter argument of the schema. */
export interface FactFilter {
  from?: string | null;
  to?: string | null;
  status?: Status[] | null;
  minSources?: number | null;
  limit?: number | null;
  offset?: number | null;
}

/**
 * The store query of a filter, with the given ends and predicates. One fresh object, filled in place:
 * an object spread of a query (`{ ...q, subject }`) on this path was moved to the old generation by
 * V8, so every request left garbage for the full collector.
 */
export function toQuery(f: FactFilter | null | undefined, more?: FactQuery): FactQuery {
  const q: FactQuery = {
    from: f?.from ?? undefined, to: f?.to ?? undefined, statuses: f?.status ?? undefined, minSources: f?.minSources ?? undefined,
    limit: Math.min(MAX_PAGE, Math.max(1, f?.limit ?? 50)), offset: Math.max(0, f?.offset ?? 0),
  };
  return more ? Object.assign(q, more) : q;
}

/** Every relation a composed question reads, before it pages its own answer. */
const ALL = { offset: 0, limit: MAX_PAGE } as const;

export type Direction = 'IN' | 'OUT' | 'BOTH';

/** Relations of one predicate into, out of, or around an entity. */
export async function directed(store: GraphStore, id: string, predicate: Predicate, direction: Direction, f: FactFilter | null | undefined): Promise<FactGroup[]> {
  return store.facts(directedQuery(id, predicate, direction, f));
}

/** The store query of relations of one predicate into, out of, or around an entity. */
export function directedQuery(id: string, predicate: Predicate, direction: Direction, f: FactFilter | null | undefined): FactQuery {
  const predicates = [predicate];
  if (direction === 'IN') return toQuery(f, { predicates, object: id });
  if (direction === 'OUT') return toQuery(f, { predicates, subject: id });
  return toQuery(f, { predicates, either: id });
}

/** The people the store records as officials of a country. */
export async function officialIds(store: GraphStore, country: string): Promise<string[]> {
  const rows = await store.facts({ predicates: ['OFFICIAL_OF'], object: country, limit: MAX_PAGE });
  return rows.map((r) => r.subject);
}

/** Meetings between an official of A and an official of B. */
export async function meetingsBetween(store: GraphStore, a: string, b: string, f: FactFilter | null | undefined): Promise<FactGroup[]> {
  const [ofA, ofB] = await Promise.all([officialIds(store, a), officialIds(store, b)]);
  const other = new Set(ofB);
  const out = new Map<string, FactGroup>();
  for (const p of ofA) {
    for (const m of await store.facts(toQuery(f, { ...ALL, predicates: ['MET'], either: p }))) {
      if (other.has(m.subject === p ? m.object : m.subject)) out.set(m.key, m);
    }
  }
  return page([...out.values()], f);
}

/** Everything linking two entities: direct relations either way, then relations through their officials. */
export async function links(store: GraphStore, a: string, b: string, f: FactFilter | null | undefined): Promise<{ relation: FactGroup; via: string[] }[]> {
  const [ofA, ofB] = await Promise.all([officialIds(store, a), officialIds(store, b)]);
  const sideA = new Map<string, string[]>([[a, []], ...ofA.map((p): [string, string[]] => [p, [p]])]);
  const sideB = new Map<string, string[]>([[b, []], ...ofB.map((p): [string, string[]] => [p, [p]])]);
  const out = new Map<string, { relation: FactGroup; via: string[] }>();
  for (const [x, viaX] of sideA) {
    for (const r of await store.facts(toQuery(f, { ...ALL, either: x }))) {
      const other = r.subject === x ? r.object : r.subject;
      const viaY = sideB.get(other);
      if (viaY && r.predicate !== 'OFFICIAL_OF') out.set(r.key, { relation: r, via: [...viaX, ...viaY] });
    }
  }
  const all = [...out.values()].sort((x, y) => x.via.length - y.via.length || byCodePoint(y.relation.date ?? '', x.relation.date ?? ''));
  return page(all, f);
}

/** An entity's facts oldest first, undated ones last. */
export async function timeline(store: GraphStore, id: string, f: FactFilter | null | undefined): Promise<FactGroup[]> {
  const rows = await store.facts(toQuery(f, { ...ALL, either: id }));
  rows.sort((x, y) => (x.date === null ? 1 : 0) - (y.date === null ? 1 : 0) || byCodePoint(x.date ?? '', y.date ?? '') || byCodePoint(x.key, y.key));
  return page(rows, f);
}

function page<T>(rows: T[], f: FactFilter | null | undefined): T[] {
  const q = toQuery(f);
  return rows.slice(q.offset, (q.offset ?? 0) + (q.limit ?? 50));
}
