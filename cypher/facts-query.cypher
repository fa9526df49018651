// Fact relationships around an anchor (or all of them), filtered by type; grouping and the remaining
// filters run in code shared with the embedded store.
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $types
  AND ($anchor IS NULL OR s.id = $anchor OR o.id = $anchor)
  AND ($articleId IS NULL OR r.articleId = $articleId)
RETURN r { .*, predicate: type(r), subject: s.id, object: o.id } AS source
LIMIT $cap
