// The strongest facts within $depth (1 or 2) of an entity, ready to draw, in one read: the fact
// relationships of the asked types ({{RELS}}, from the fixed list in code: Neo4j expands only those,
// not a hub's thousands of mentions) at the entity and, at depth 2, at its neighbours, dated within
// $from..$to, grouped into facts here and ranked as the drawing ranks them (most sources, then the
// best confidence, then newest first): only the first $groups facts' relationships are sent, not the
// thousands around the hub countries a person's neighbours are. With them, the records of the
// entity and of the facts' ends (the drawing's nodes). Grouping, ranking and the status filter are
// applied again in code.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r:{{RELS}}]-()
  RETURN r
  UNION
  MATCH (n)-[:{{RELS}}]-(m)-[r:{{RELS}}]-()
  WHERE $depth = 2
  RETURN r
}
WITH r
WHERE ($from IS NULL OR (r.date IS NOT NULL AND CASE size(r.date) WHEN 4 THEN r.date + '-12-31' WHEN 7 THEN r.date + '-31' ELSE r.date END >= $from))
  AND ($to IS NULL OR (r.date IS NOT NULL AND CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END <= $to))
WITH type(r) AS predicate, startNode(r) AS s, endNode(r) AS o, r.date AS date, collect(r) AS rels, count(DISTINCT r.articleId) AS sources, max(r.confidence) AS confidence
ORDER BY sources DESC, confidence DESC, coalesce(date, '') DESC, predicate, s.id, o.id
LIMIT $groups
WITH collect(rels) AS top, collect(s) + collect(o) AS ends
OPTIONAL MATCH (n:Entity {id: $id})
CALL (ends, n) {
  UNWIND ends + CASE WHEN n IS NULL THEN [] ELSE [n] END AS e
  WITH DISTINCT e
  RETURN collect({ entity: e { .* }, mentionCount: COUNT { (e)<-[:MENTIONS]-() } }) AS entities
}
RETURN [rels IN top | [r IN rels | r { .*, predicate: type(r), subject: startNode(r).id, object: endNode(r).id }]] AS groups, entities
