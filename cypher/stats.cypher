// Counts only, never the rows: articles and events (Neo4j's count store), entities by type, and the
// distinct facts per type kept on the FactCounts node (facts-count is the slow way, for init).
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) WHERE e.type IS NOT NULL WITH e.type AS type, count(*) AS n RETURN collect({type: type, n: n}) AS entityCounts }
CALL () { MATCH (ev:Event) RETURN count(ev) AS events }
CALL () { OPTIONAL MATCH (c:FactCounts {id: 'facts'}) RETURN c { .* } AS factCounts }
RETURN articles, entityCounts, events, factCounts
