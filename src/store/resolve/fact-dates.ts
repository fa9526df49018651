/**
 * Fact resolution, the rule both stores apply at ingestion: the reports of one predicate between the
 * same two ends are one fact when their dates are compatible (2023 ⊇ 2023-07 ⊇ 2023-07-14, or one
 * undated), dated at the most precise date they support. Pure: the stores feed it the dates a
 * triple's sources give and write back what it answers, on every write and retract that touches it.
 */

export type Precision = 'day' | 'month' | 'year';

/** Whether two partial ISO dates can name the same day: one is a prefix of the other, or either is unknown. */
export function compatibleDates(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

export function precisionOf(date: string | null): Precision | null {
  if (!date) return null;
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/**
 * The fact date each reported date resolves to ('' for undated), for the distinct dates the sources of
 * one triple give. The most precise dates (those containing no other given date) are the facts; they
 * are pairwise incompatible, so 2023-06 and 2023-09 stay two facts. A vaguer date (2023, or none)
 * joins the one precise fact it contains; when it contains several it cannot say which, and stays a
 * fact of its own. The answer depends on the set of dates only, never on the order they came in.
 */
export function resolveDates(dates: Iterable<string>): Map<string, string> {
  const distinct = [...new Set(dates)];
  const leaves = distinct.filter((d) => !distinct.some((o) => o !== d && contains(d, o)));
  const out = new Map<string, string>();
  for (const d of distinct) {
    if (leaves.includes(d)) {
      out.set(d, d);
      continue;
    }
    const under = leaves.filter((l) => contains(d, l));
    out.set(d, under.length === 1 ? under[0]! : d);
  }
  return out;
}

/** Whether outer strictly contains inner ('' is undated: it contains every date). */
function contains(outer: string, inner: string): boolean {
  return outer.length < inner.length && inner.startsWith(outer);
}
