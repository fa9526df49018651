// {{REL}} is one of the fact relationship types listed in code, never user input. Returns the ends of
// the facts it removed: resolution reads those triples again (facts-of-triples).
MATCH (s:Entity)-[r:{{REL}} {articleId: $articleId}]->(o:Entity)
WITH s.id AS subject, o.id AS object, r
DELETE r
RETURN DISTINCT subject, object
