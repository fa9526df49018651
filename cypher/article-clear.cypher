// Before an article is written again: drop its mentions and events (facts go per type).
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m
WITH DISTINCT a
OPTIONAL MATCH (ev:Event {articleId: $articleId})
DETACH DELETE ev
