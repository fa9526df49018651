MATCH (a:Article {id: $articleId})
UNWIND $ids AS id
MATCH (e:Entity {id: id})
MERGE (a)-[:MENTIONS]->(e)
