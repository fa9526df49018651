import { factKey } from '../article-graph.ts';
import type { FactSource } from '../graph-store.ts';
import { precisionOf } from './fact-dates.ts';

/**
 * A source read from a resolved fact, turned back into what its article wrote (its own date and key):
 * what exports carry, so a re-import resolves the same way again.
 */
export function asWritten(s: FactSource): FactSource {
  const date = s.reportedDate === undefined ? s.date : s.reportedDate;
  const { reportedDate: _r, ...rest } = s as FactSource & { story?: unknown; outlet?: unknown };
  delete (rest as { story?: unknown }).story;
  delete (rest as { outlet?: unknown }).outlet;
  return { ...rest, date, precision: date === s.date ? s.precision : precisionOf(date), key: factKey(s.predicate, s.subject, s.object, date) };
}
