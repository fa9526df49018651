// One row per (article, entity), each once: the articles of a write have no mentions left (new, or
// cleared in the same transaction), so each is created without looking for a twin first.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.id})
CREATE (a)-[:MENTIONS]->(e)
