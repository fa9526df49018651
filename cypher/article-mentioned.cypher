// The entities an article mentions, before it is rewritten or retracted: those left unmentioned
// afterwards are pruned (entities-prune).
MATCH (:Article {id: $articleId})-[:MENTIONS]->(e:Entity)
RETURN collect(e.id) AS ids
