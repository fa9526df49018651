// The facts at an entity that one question asks for: an index seek on the entity, then its own
// relationships of the asked types in the asked direction ($direction OUT: it is the subject, IN:
// the object, BOTH: either; a $symmetric type matches either way round), to $other when given,
// dated within $from..$to (a partial date covers its whole year or month). Relationships are grouped
// into facts here, newest first, and only the first $groups facts' relationships are sent: the first
// page of a hub's visitors sends twenty facts, not the hub's thousands of relationships. Grouping
// and the filters on grouped facts (status, sources) are applied again in code.
MATCH (n:Entity {id: $anchor})-[r]-(m:Entity)
WHERE type(r) IN $types
  AND ($other IS NULL OR m.id = $other)
  AND ($direction = 'BOTH' OR type(r) IN $symmetric OR (startNode(r) = n) = ($direction = 'OUT'))
  AND ($from IS NULL OR (r.date IS NOT NULL AND CASE size(r.date) WHEN 4 THEN r.date + '-12-31' WHEN 7 THEN r.date + '-31' ELSE r.date END >= $from))
  AND ($to IS NULL OR (r.date IS NOT NULL AND CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END <= $to))
WITH type(r) AS predicate, startNode(r).id AS subject, endNode(r).id AS object, r.date AS date, collect(r) AS rels
ORDER BY coalesce(date, '') DESC, predicate, subject, object
LIMIT $groups
UNWIND rels AS r
RETURN r { .*, predicate: type(r), subject: startNode(r).id, object: endNode(r).id } AS source
LIMIT $cap
