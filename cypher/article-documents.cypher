// One page of stored articles (id order, after $after) with the entities each mentions and its events;
// their fact relationships come per type (facts-of-articles). Exports read the whole graph this way.
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
RETURN a { .* } AS article, entities, events
