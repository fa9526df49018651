// {{REL}} is one of the fact relationship types listed in code, never user input. Returns the ends of
// the facts it removed (resolution reads those triples again, facts-of-triples) and their keys (the
// kept fact counts had them before the write, fact-counts.ts).
MATCH (s:Entity)-[r:{{REL}} {articleId: $articleId}]->(o:Entity)
WITH s.id AS subject, o.id AS object, r.key AS key, r
DELETE r
RETURN subject, object, collect(DISTINCT key) AS keys
