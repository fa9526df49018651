// Before an article is written again: drop its mentions (facts go per type, event reports and bands
// by their own statements).
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m
