// Fact resolution: a report moves to the fact its date resolves to (its date, precision and key), in
// the transaction that read it (elementId is stable within one).
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.rid
SET r.date = row.date, r.precision = row.precision, r.key = row.key
