// Event resolution: the reports of the stored events of the same kind that share a participant with a
// new report; which of them are one event is decided in code (src/store/resolve/events.ts).
UNWIND $rows AS row
UNWIND row.participants AS pid
MATCH (:Entity {id: pid})-[:PARTICIPATED_IN]->(ev:Event {kind: row.kind})
WITH DISTINCT ev
MATCH (r:EventReport {event: ev.id})
RETURN r { .* } AS report
