// Export script: fact relationships, one per (fact, article) as the store writes them; merged on the
// same key, so running the script twice changes nothing.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (o:Entity {id: row.target})
MERGE (s)-[r:{{REL}} {key: row.props.key, articleId: row.props.articleId}]->(o)
SET r += row.props
