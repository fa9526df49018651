// Opens every write transaction that changes facts: the counts node's lock makes those transactions
// change the kept distinct-fact counts one at a time. Returns whether the counts are kept (init made them).
MERGE (c:FactCounts {id: 'facts'})
SET c.writes = coalesce(c.writes, 0) + 1
RETURN c.kept = true AS kept
