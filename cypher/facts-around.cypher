// Fact relationships at an entity, either direction: an index seek on the entity, then its own
// relationships only.
MATCH (n:Entity {id: $anchor})-[r]-(:Entity)
WHERE type(r) IN $types
RETURN r { .*, predicate: type(r), subject: startNode(r).id, object: endNode(r).id } AS source
LIMIT $cap
