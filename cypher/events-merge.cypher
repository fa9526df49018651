// Resolved events (one node for all the reports of one meeting or exercise). Unit subqueries keep each
// event's row: an event without participants (or whose participants are not stored) still gets its place.
UNWIND $rows AS row
MERGE (ev:Event {id: row.id})
SET ev.kind = row.kind, ev.articleId = row.articleId, ev.articleIds = row.articleIds, ev.reportIds = row.reportIds,
  ev.date = row.date, ev.precision = row.precision, ev.status = row.status
WITH ev, row
CALL (ev, row) {
  UNWIND row.participants AS pid
  MATCH (p:Entity {id: pid})
  MERGE (p)-[:PARTICIPATED_IN]->(ev)
}
CALL (ev, row) {
  MATCH (pl:Entity {id: row.place})
  MERGE (ev)-[:HELD_IN]->(pl)
}
