// Of the entities an article mentioned, those no article mentions any more go, with their links; so
// does the country of a pruned place when nothing else names or locates in it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (:Article)-[:MENTIONS]->(e)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(c:Entity)
DETACH DELETE e
WITH DISTINCT c
WHERE c IS NOT NULL AND NOT (:Article)-[:MENTIONS]->(c) AND NOT ()-[:LOCATED_IN]->(c)
DETACH DELETE c
