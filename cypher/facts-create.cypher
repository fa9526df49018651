// {{REL}} is a fact relationship type from the fixed list in code. One row per (fact, article), each
// once (the store merges repeats in code): the articles of a write have no fact relationships left
// (new, or cleared in the same transaction), so each is created without looking for a twin first.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (s)-[r:{{REL}} {key: row.key, articleId: row.articleId}]->(o)
SET r += row.props
