import { dayValue, type Day } from './dates.ts';
import type { RawFact } from './relations/context.ts';

/**
 * Troops reported where they are, with no date of their sending ("القوات الأمريكية المتواجدة في
 * الأردن"، "وتنشر ألمانيا لواء في ليتوانيا"، a peacekeeping contribution), are there as of the report: the
 * deployment is dated to the month of publication, as the development corpus annotates such reports.
 * Not a sending told in the past ("أرسلت ... جندي إلى"), which may lie months back, and not a planned one.
 */
export function datePresence(facts: RawFact[], published: Day | null): void {
  if (!published) return;
  const month = dayValue(published).value.slice(0, 7);
  for (const f of facts) {
    if (f.predicate === 'DEPLOYED_TROOPS_TO' && f.status === 'occurred' && !f.date && PRESENCE.test(f.rule)) f.date = { value: month, precision: 'month' };
  }
}

/** Presence: troops stationed, a peacekeeping contribution, a sending verb in the present ("تنشر"، "يرسل"). */
const PRESENCE = /^deploy:(troops-stationed|peacekeeping|[وف]?[يت][^ ]*)$/;
