// Only articles have MENTIONS: the count is the node's degree, which Neo4j keeps per type without
// walking the relationships (a country is mentioned by thousands of articles).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e { .* } AS entity, COUNT { (e)<-[:MENTIONS]-() } AS mentionCount
