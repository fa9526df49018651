// Articles of one write, new or changed (a changed one was cleared first).
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a += article
