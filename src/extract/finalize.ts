import type { RawFact } from './relations/context.ts';
import { STATUS_RANK as RANK, SYMMETRIC, type Fact } from './types.ts';


/**
 * One fact per (predicate, ends, date): the same visit told in three sentences is one fact whose
 * status is the firmest the article gives. An undated fact, or one dated only to the month, adds
 * nothing when the article dates the same relation more precisely, so it is dropped.
 */
export function finalizeFacts(raw: RawFact[]): Fact[] {
  const byKey = new Map<string, Fact>();
  for (const r of raw) {
    const [s, o] = SYMMETRIC.has(r.predicate) && r.subject > r.object ? [r.object, r.subject] : [r.subject, r.object];
    const key = [r.predicate, s, o, r.date?.value ?? ''].join('|');
    const fact: Fact = {
      predicate: r.predicate, subject: s, object: o, date: r.date?.value ?? null, precision: r.date?.precision ?? null,
      status: r.status, evidence: r.evidence, confidence: r.confidence, rule: r.rule,
      ...(r.role ? { role: r.role } : {}), ...(r.eventId ? { eventId: r.eventId } : {}),
    };
    const prev = byKey.get(key);
    if (!prev || RANK[fact.status] < RANK[prev.status] || (RANK[fact.status] === RANK[prev.status] && fact.confidence > prev.confidence)) {
      byKey.set(key, prev && RANK[fact.status] >= RANK[prev.status] ? { ...fact, evidence: prev.evidence } : fact);
    }
  }
  const facts = [...byKey.values()];
  // An undated or coarser report of a relation the article dates more precisely says nothing more.
  const datesOf = new Map<string, string[]>();
  for (const f of facts) {
    const k = [f.predicate, f.subject, f.object].join('|');
    datesOf.set(k, [...(datesOf.get(k) ?? []), f.date ?? '']);
  }
  // A visit dated by the day its traveller left is the same trip as its arrival told days before.
  const leaving = new Set(raw.filter((r) => r.leaving && r.date).map((r) => [r.predicate, r.subject, r.object, r.date!.value].join('|')));
  return facts.filter((f) => {
    const mine = f.date ?? '';
    const others = datesOf.get([f.predicate, f.subject, f.object].join('|'))!;
    if (leaving.has([f.predicate, f.subject, f.object, mine].join('|')) && others.some((d) => d.length === 10 && d < mine && daysBetween(d, mine) <= 14)) return false;
    return !others.some((d) => d.length > mine.length && d.startsWith(mine));
  });
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
