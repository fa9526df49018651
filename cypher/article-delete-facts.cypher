// {{REL}} is one of the fact relationship types listed in code, never user input.
MATCH ()-[r:{{REL}} {articleId: $articleId}]->()
DELETE r
