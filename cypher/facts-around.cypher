// The facts at an entity that one question asks for, with the records of that entity and of the
// facts' other ends, in one read (a one-hop question was three: the entity, the facts, the ends).
// The first row is the entity itself (no source); none when no entity has the id. Then an index
// seek on the entity and its own relationships of the asked types ({{RELS}}, from the fixed list in
// code: Neo4j expands only those, not a hub's thousands of mentions) in the asked direction
// ($direction OUT: it is the subject, IN: the object, BOTH: either; a $symmetric type matches either
// way round), to $other when given, dated within $from..$to (a partial date covers its whole year or
// month). Relationships are grouped into facts here, newest first, and only the first $groups facts'
// relationships are sent, each with its other end: the first page of a hub's visitors sends twenty
// facts, not the hub's thousands of relationships. Grouping and the filters on grouped facts (status,
// sources) are applied again in code.
MATCH (n:Entity {id: $anchor})
RETURN null AS source, n { .* } AS entity, COUNT { (n)<-[:MENTIONS]-() } AS mentionCount
UNION ALL
MATCH (n:Entity {id: $anchor})-[r:{{RELS}}]-(m)
WHERE ($other IS NULL OR m.id = $other)
  AND ($direction = 'BOTH' OR type(r) IN $symmetric OR (startNode(r) = n) = ($direction = 'OUT'))
  AND ($from IS NULL OR (r.date IS NOT NULL AND CASE size(r.date) WHEN 4 THEN r.date + '-12-31' WHEN 7 THEN r.date + '-31' ELSE r.date END >= $from))
  AND ($to IS NULL OR (r.date IS NOT NULL AND CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END <= $to))
WITH type(r) AS predicate, startNode(r).id AS subject, endNode(r).id AS object, r.date AS date, m, collect(r) AS rels
ORDER BY coalesce(date, '') DESC, predicate, subject, object
LIMIT $groups
WITH rels, m { .* } AS entity, COUNT { (m)<-[:MENTIONS]-() } AS mentionCount
UNWIND rels AS r
RETURN r { .*, predicate: type(r), subject: startNode(r).id, object: endNode(r).id } AS source, entity, mentionCount
LIMIT $cap
