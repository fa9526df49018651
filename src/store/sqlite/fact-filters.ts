import type { Db } from './database.ts';

/** First and last day a fact's date (2025, 2025-07, 2025-07-11) covers, as SQL over the facts table. */
const START = `CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END`;
const END = `CASE length(date) WHEN 4 THEN date || '-12-31' WHEN 7 THEN date || '-31' ELSE date END`;

/** The filters fact questions share, as parameters; null switches a filter off. */
export interface FilterParams {
  from: string | null;
  to: string | null;
  statuses: string | null;
  minSources: number;
  predicates?: string | null;
}

/** The date, status and source filters of a question; `predicates` is set by walks, whose reads span every predicate. */
export function filterParams(q: { from?: string; to?: string; statuses?: readonly string[]; minSources?: number }): FilterParams {
  return { from: q.from ?? null, to: q.to ?? null, statuses: q.statuses?.length ? JSON.stringify(q.statuses) : null, minSources: q.minSources ?? 0 };
}

/**
 * One SQL condition per filter, each with its own bit. A question's statement holds only the
 * conditions it uses: a written-out `@statuses IS NULL OR status IN (SELECT ... json_each(...))`
 * made SQLite build the json_each list and a Bloom filter on every run even when no status was
 * asked for, which doubled the cost of a one-hop read. The text is fixed here; values are parameters.
 */
const CONDITIONS: [bit: number, sql: string, on: (p: FilterParams) => boolean][] = [
  [1, `date <> '' AND ${END} >= @from`, (p) => p.from !== null],
  [2, `date <> '' AND ${START} <= @to`, (p) => p.to !== null],
  [4, 'status IN (SELECT value FROM json_each(@statuses))', (p) => p.statuses !== null],
  // minSources counts independent stories (issue 17), not every copy of one.
  [8, 'independent >= @minSources', (p) => p.minSources > 0],
  [16, 'predicate IN (SELECT value FROM json_each(@predicates))', (p) => (p.predicates ?? null) !== null],
];

/** The filters a question uses, as a bit mask. */
export function filterMask(p: FilterParams): number {
  let mask = 0;
  for (const [bit, , on] of CONDITIONS) if (on(p)) mask |= bit;
  return mask;
}

/** `AND`-joined conditions of a mask, to follow a WHERE clause that has at least one condition. */
export function filterSql(mask: number): string {
  return CONDITIONS.filter(([bit]) => mask & bit).map(([, sql]) => ` AND ${sql}`).join('');
}

/**
 * Prepared statements of one shape, one per filter mask, prepared on first use and kept: the
 * common question (no filter) runs one statement that is prepared once per process. Rows come
 * back as arrays (raw mode) in the order the statement selects them.
 */
export class FilteredStatements<Row extends unknown[]> {
  private readonly byMask = new Map<number, ReturnType<Db['prepare']>>();

  constructor(private readonly db: Db, private readonly sql: (filters: string) => string) {}

  all(p: FilterParams): Row[] {
    const mask = filterMask(p);
    let st = this.byMask.get(mask);
    if (!st) this.byMask.set(mask, (st = this.db.prepare(this.sql(filterSql(mask))).raw(true)));
    return st.all(p) as Row[];
  }
}
