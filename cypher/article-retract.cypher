// Removes the article with its mentions (its facts go per type before this, its event reports and
// bands by their own statements).
MATCH (a:Article {id: $articleId})
DETACH DELETE a
