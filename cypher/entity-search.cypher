// Candidates of a name search: the full-text index over the entities' folded name keys (searchKeys,
// written by the store); the store ranks them as the embedded store does.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node
RETURN node { .* } AS entity, COUNT { (node)<-[:MENTIONS]-() } AS mentionCount, COUNT { (node)--(:Entity) } AS links
