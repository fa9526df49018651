// The ends of the fact relationships some articles wrote, before a write replaces or retracts them:
// {{REL}} is a fact type from the fixed list in code; the relationship index on articleId answers it.
UNWIND $articleIds AS articleId
MATCH (s:Entity)-[r:{{REL}} {articleId: articleId}]->(o:Entity)
RETURN DISTINCT s.id AS subject, o.id AS object
