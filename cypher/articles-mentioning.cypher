MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id})
RETURN a { .* } AS article
ORDER BY a.published DESC, a.id
SKIP $offset LIMIT $limit
