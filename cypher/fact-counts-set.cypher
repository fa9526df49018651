// The kept counts from a full count (facts-count per type), once, when init finds none kept.
MATCH (c:FactCounts {id: 'facts'})
SET c += $counts, c.kept = true
