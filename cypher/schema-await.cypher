// After the schema: full-text and range indexes fill in the background; wait until they answer.
CALL db.awaitIndexes(300)
