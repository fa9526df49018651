import { dayValue, type Day } from './dates.ts';
import type { RawFact } from './relations/context.ts';

/**
 * An event dated after the day the article was published has not happened yet, whatever the verb's
 * tense: "يجري الجيشان تدريبات مشتركة في الفترة من 26 وحتى 31 مايو الجاري" in a paper of 21 May, or
 * "the drills run from June 3" in May, announce the event. Such a fact is planned. Only dates strictly
 * later than publication at their own precision count (a month-dated fact in the month of publication
 * may already have happened), and a possible fact stays possible.
 */
export function plannedWhenFuture(facts: RawFact[], published: Day | null): void {
  if (!published) return;
  const day = dayValue(published).value;
  for (const f of facts) {
    if (f.status !== 'occurred' || !f.date || f.predicate === 'OFFICIAL_OF') continue;
    const value = f.date.value;
    if (value > day.slice(0, value.length)) f.status = 'planned';
  }
}
