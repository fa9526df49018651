UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
RETURN e { .* } AS entity, count(a) AS mentionCount
