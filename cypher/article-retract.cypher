// Removes the article with its events and mentions (its facts go per type before this).
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (ev:Event {articleId: $articleId})
DETACH DELETE ev
WITH DISTINCT a
DETACH DELETE a
