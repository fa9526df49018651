// Every fact relationship of the given types (no anchor, no article): grouping and the remaining
// filters run in code shared with the embedded store.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $types
RETURN r { .*, predicate: type(r), subject: s.id, object: o.id } AS source
LIMIT $cap
