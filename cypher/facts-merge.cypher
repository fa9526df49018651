// {{REL}} is a fact relationship type from the fixed list in code. One row per (fact, article).
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:{{REL}} {key: row.key, articleId: row.articleId}]->(o)
SET r += row.props
