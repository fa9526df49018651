// Shortest connections over fact relationships ({{RELS}}, from the fixed list in code: the search
// expands only those, not the thousands of mentions at a hub country), each sequence of entities
// once (parallel relationships give the same one many times). The hop bound is the hard cap (6);
// shorter requests are filtered in code (a length filter here makes Neo4j plan a fallback that
// walks every path up to 6 hops when no shortest one passes it).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{RELS}}*..6]-(b))
WITH DISTINCT [n IN nodes(p) | n.id] AS nodes
RETURN nodes
LIMIT $limit
