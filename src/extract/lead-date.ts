import type { Day } from './dates.ts';
import type { RawFact } from './relations/context.ts';

/**
 * A same-day brief reports its lead event without a time word ("وصل ... إلى الرياض في زيارة رسمية"،
 * "انطلقت مناورات الأسد المتأهب بمشاركة ..."): such a fact happened on the day of publication. Only
 * facts reported as done, read from the article's first fact-bearing sentence and the one after it,
 * take that day; background further down stays undated, since no date beats a wrong one.
 */
export function dateLeadFacts(facts: RawFact[], published: Day | null): void {
  if (!published) return;
  const relational = facts.filter((f) => f.predicate !== 'OFFICIAL_OF');
  if (relational.length === 0) return;
  const lead = Math.min(...relational.map((f) => f.sentence));
  const day = `${published.y}-${String(published.m).padStart(2, '0')}-${String(published.d).padStart(2, '0')}`;
  for (const f of relational) {
    if (f.date || f.status !== 'occurred' || f.sentence > lead + 1) continue;
    f.date = { value: day, precision: 'day' };
  }
}
