// The fact relationships some articles wrote: {{REL}} is a fact type from the fixed list in code, so
// the relationship index on articleId answers each article.
UNWIND $articleIds AS articleId
MATCH (s:Entity)-[r:{{REL}} {articleId: articleId}]->(o:Entity)
RETURN r { .*, predicate: type(r), subject: s.id, object: o.id } AS source
