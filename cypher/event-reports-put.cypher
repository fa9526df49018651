// Each article's report of a meeting or exercise as written (participants and place as ids), with the
// resolved event it belongs to.
UNWIND $rows AS row
MERGE (r:EventReport {id: row.id})
SET r += row
