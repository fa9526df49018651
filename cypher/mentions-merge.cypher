UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.id})
MERGE (a)-[:MENTIONS]->(e)
