// Removes the article, its events and mentions, then entities no remaining article mentions.
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (ev:Event {articleId: $articleId})
DETACH DELETE ev
WITH DISTINCT a
DETACH DELETE a
WITH 1 AS done
MATCH (e:Entity)
WHERE NOT ()-[:MENTIONS]->(e)
DETACH DELETE e
