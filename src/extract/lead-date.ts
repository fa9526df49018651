import type { Day } from './dates.ts';
import type { RawFact } from './relations/context.ts';

/**
 * A same-day brief reports its lead event without a time word ("وصل ... إلى الرياض في زيارة رسمية"،
 * "انطلقت مناورات الأسد المتأهب بمشاركة ..."): such a fact happened on the day of publication. Only
 * visits, meetings and exercises reported as done, read from the article's first such sentence and the one after it,
 * take that day; background further down stays undated, since no date beats a wrong one.
 */
const LEAD_EVENTS = new Set(['VISITED', 'MET', 'JOINT_EXERCISE']);

export function dateLeadFacts(facts: RawFact[], published: Day | null, headings: ReadonlySet<number> = new Set()): void {
  if (!published) return;
  // Deployments and arms transfers are processes reported after the fact, not events of the day.
  const relational = facts.filter((f) => LEAD_EVENTS.has(f.predicate));
  if (relational.length === 0) return;
  // The lead is the first sentence of the body that tells an event; a headline only announces it.
  const body = relational.filter((f) => !headings.has(f.sentence));
  const lead = Math.min(...(body.length ? body : relational).map((f) => f.sentence));
  // Receptions told one after another ("كما استقبل ..."، "واستقبل أيضا ...") stretch the lead to the last of them,
  // even past two sentences on what was discussed.
  let reach = lead + 1;
  for (const s of [...new Set(relational.filter((f) => f.continues).map((f) => f.sentence))].sort((a, b) => a - b)) if (s <= reach + 3) reach = s;
  const day = `${published.y}-${String(published.m).padStart(2, '0')}-${String(published.d).padStart(2, '0')}`;
  // A relation the article dates elsewhere ("التقى ... مساء أمس الاثنين" under an undated headline) keeps that date.
  const dated = new Set(relational.filter((f) => f.date).map(relationKey));
  for (const f of relational) {
    if (f.date || f.status !== 'occurred' || f.sentence > reach || dated.has(relationKey(f))) continue;
    f.date = { value: day, precision: 'day' };
  }
}

function relationKey(f: RawFact): string {
  const [a, b] = f.predicate === 'VISITED' || f.subject < f.object ? [f.subject, f.object] : [f.object, f.subject];
  return `${f.predicate}|${a}|${b}`;
}
