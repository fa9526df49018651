import { STATUS_RANK } from '../../extract/types.ts';
import type { EventRecord } from '../graph-store.ts';
import { compatibleDates, precisionOf } from './fact-dates.ts';

/**
 * Event resolution across articles, the rule both stores apply: reports of a meeting or an exercise
 * with the same participants (or one set inside the other), compatible dates and the same place (or
 * none) are one event. Two reports from one article are never merged: the extractor already told
 * them apart (a past drill and a proposed one).
 */

/** Whether a report can join the reports gathered so far as one event. */
function fits(members: readonly EventRecord[], r: EventRecord): boolean {
  const participants = new Set(members.flatMap((m) => m.participants));
  const mine = new Set(r.participants);
  const nested = [...mine].every((p) => participants.has(p)) || [...participants].every((p) => mine.has(p));
  return nested && members.every((m) => m.kind === r.kind && m.articleId !== r.articleId
    && compatibleDates(m.date, r.date) && (!m.place || !r.place || m.place === r.place));
}

/**
 * Groups reports into events; each event is named by its first report's id in code-point order, so
 * the same reports always give the same events and ids, whatever order they were written in.
 */
export function clusterEvents(reports: readonly EventRecord[]): Map<string, EventRecord[]> {
  const sorted = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events = new Map<string, EventRecord[]>();
  for (const r of sorted) {
    const home = [...events.values()].find((members) => fits(members, r));
    if (home) home.push(r);
    else events.set(r.id, [r]);
  }
  return events;
}

/**
 * One event from its reports: the most precise date, the firmest status, the place any gives, every
 * participant; articleId is the first report's, articleIds all of them.
 */
export function mergeReports(id: string, reports: readonly EventRecord[]): EventRecord {
  const first = reports.find((r) => r.id === id) ?? reports[0]!;
  let date = first.date;
  let status = first.status;
  for (const r of reports) {
    if (r.date && (!date || r.date.length > date.length)) date = r.date;
    if (STATUS_RANK[r.status] < STATUS_RANK[status]) status = r.status;
  }
  const participants = [...new Set(reports.flatMap((r) => r.participants))];
  const articleIds = [...new Set(reports.map((r) => r.articleId))].sort();
  return {
    id, kind: first.kind, articleId: first.articleId, date, precision: precisionOf(date), status,
    place: reports.find((r) => r.place)?.place ?? null, participants, articleIds, reportIds: reports.map((r) => r.id).sort(),
  };
}

/**
 * A stored report as properties (Neo4j's EventReport node, the exports): the report as its article
 * wrote it and the resolved event it is part of; no nulls or empty lists, which Neo4j does not keep apart.
 */
export function reportRow(r: EventRecord, event: string): Record<string, unknown> {
  const row: Record<string, unknown> = { id: r.id, kind: r.kind, articleId: r.articleId, date: r.date, precision: r.precision, status: r.status, place: r.place, participants: r.participants, event };
  for (const [k, v] of Object.entries(row)) if (v === null || v === undefined || (Array.isArray(v) && !v.length)) delete row[k];
  return row;
}
