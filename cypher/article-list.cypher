MATCH (a:Article)
RETURN a { .* } AS article
ORDER BY a.published DESC, a.id
SKIP $offset LIMIT $limit
