import type { EventRecord } from '../graph-store.ts';
import { clusterEvents, mergeReports } from '../resolve/events.ts';
import type { Counts } from './counts.ts';
import type { Db } from './database.ts';

type ReportRow = Omit<EventRecord, 'participants'> & { rowid: number; event: string };

/**
 * The embedded store's side of event resolution (src/store/resolve/events.ts): events rows are the
 * articles' reports, and their event column names the resolved event. A new report is resolved with
 * the events that share a participant and kind with it; a retract re-resolves the events it touched.
 * The Event count is of resolved events.
 */
export class EventResolver {
  private readonly q;

  constructor(db: Db, private readonly counts: Counts) {
    const report = `SELECT e.rowid, e.id, e.kind, a.id AS articleId, e.date, e.precision, e.status, e.place, e.event FROM events e JOIN articles a ON a.rowid = e.article`;
    this.q = {
      sharing: db.prepare<[string, string], string>(`SELECT DISTINCT e.event FROM event_participants p JOIN events e ON e.rowid = p.event
        WHERE p.entity = ? AND e.kind = ?`).pluck(),
      reportsOf: db.prepare<[string], ReportRow>(`${report} WHERE e.event = ?`),
      reportById: db.prepare<[string], ReportRow>(`${report} WHERE e.id = ?`),
      participants: db.prepare<[number], string>('SELECT entity FROM event_participants WHERE event = ? ORDER BY position').pluck(),
      groupsOfArticle: db.prepare<[number], string>('SELECT DISTINCT event FROM events WHERE article = ?').pluck(),
      setEvent: db.prepare('UPDATE events SET event = ? WHERE id = ?'),
    };
  }

  private reports(group: string): EventRecord[] {
    return this.q.reportsOf.all(group).map((r) => this.record(r));
  }

  private record(r: ReportRow): EventRecord & { event: string } {
    const { rowid, ...rest } = r;
    return { ...rest, participants: this.q.participants.all(rowid) as unknown as string[] };
  }

  /** Resolves an article's new reports (written with event = their own id) with the stored events they may be. */
  added(reports: readonly EventRecord[]): void {
    const groups = new Set(reports.map((r) => r.id));
    for (const r of reports) for (const p of r.participants) for (const g of this.q.sharing.all(p, r.kind) as unknown as string[]) groups.add(g);
    this.recluster(groups);
  }

  /** The events an article's reports belong to, read before the article goes. */
  groupsOf(article: number): string[] {
    return this.q.groupsOfArticle.all(article) as unknown as string[];
  }

  /** After an article's reports are gone: the events they were part of, resolved again from the reports left. */
  removed(groups: readonly string[]): void {
    this.recluster(new Set(groups));
  }

  private recluster(groups: Set<string>): void {
    const reports = [...groups].flatMap((g) => this.reports(g) as (EventRecord & { event: string })[]);
    const after = clusterEvents(reports);
    for (const [id, members] of after) for (const m of members as (EventRecord & { event: string })[]) if (m.event !== id) this.q.setEvent.run(id, m.id);
    // Every group given was counted as one event (a new report as its own): now they are after.size.
    this.counts.add('entity:Event', after.size - groups.size);
  }

  /** The resolved event a report (or an event id) is part of, with all its reports. */
  get(id: string): EventRecord | null {
    const row = this.q.reportById.get(id);
    if (!row) return null;
    return mergeReports(row.event, this.reports(row.event));
  }
}
