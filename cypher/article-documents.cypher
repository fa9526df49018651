// One page of stored articles (id order, after $after) with what each contributed: the entities it
// mentions, its events and its fact relationships. Exports read the whole graph this way.
MATCH (a:Article)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN collect(e { .* }) AS entities
}
CALL (a) {
  OPTIONAL MATCH (ev:Event {articleId: a.id})
  OPTIONAL MATCH (p:Entity)-[:PARTICIPATED_IN]->(ev)
  OPTIONAL MATCH (ev)-[:HELD_IN]->(pl:Entity)
  WITH ev, collect(DISTINCT p.id) AS participants, head(collect(pl.id)) AS place
  WHERE ev IS NOT NULL
  RETURN collect(ev { .*, participants: participants, place: place }) AS events
}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
  WHERE type(r) IN $types AND r.articleId = a.id
  RETURN collect(r { .*, predicate: type(r), subject: s.id, object: o.id }) AS facts
}
RETURN a { .* } AS article, entities, events, facts
