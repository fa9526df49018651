MATCH (n:Entity {id: $id})-[r]-(:Entity)
WHERE type(r) IN $types
RETURN r { .*, predicate: type(r), subject: startNode(r).id, object: endNode(r).id } AS source
LIMIT $cap
