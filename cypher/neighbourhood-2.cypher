MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(:Entity)
  WHERE type(r) IN $types
  RETURN r
  UNION
  MATCH (n)-[r1]-(:Entity)-[r]-(:Entity)
  WHERE type(r1) IN $types AND type(r) IN $types
  RETURN r
}
RETURN r { .*, predicate: type(r), subject: startNode(r).id, object: endNode(r).id } AS source
LIMIT $cap
