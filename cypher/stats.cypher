// Counts only, never the rows: articles, entities by type, events. Facts are counted per type (facts-count).
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (e:Entity) WHERE e.type IS NOT NULL WITH e.type AS type, count(*) AS n RETURN collect({type: type, n: n}) AS entityCounts }
CALL () { MATCH (ev:Event) RETURN count(ev) AS events }
RETURN articles, entityCounts, events
