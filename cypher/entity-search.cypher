CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node { .* } AS entity, score
ORDER BY score DESC
LIMIT $limit
