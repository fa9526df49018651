// The hop bound is the hard cap (6); shorter requests are filtered in code.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.id] AS nodes
LIMIT $limit
