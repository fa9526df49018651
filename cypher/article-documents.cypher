// One page of stored articles (id order, after $after) with the entities each mentions and its event reports;
// their fact relationships come per type (facts-of-articles). Exports read the whole graph this way.
MATCH (a:Article)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN collect(e { .* }) AS entities
}
CALL (a) {
  OPTIONAL MATCH (r:EventReport {articleId: a.id})
  RETURN collect(r { .* }) AS events
}
RETURN a { .* } AS article, entities, events
