MATCH (e:Entity {id: $id})
RETURN e { .* } AS entity, COUNT { (e)<-[:MENTIONS]-() } AS mentionCount
