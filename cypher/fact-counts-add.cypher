// Moves one type's kept count; {{REL}} is a fact type from the fixed list in code (a property name here).
MATCH (c:FactCounts {id: 'facts'})
SET c.{{REL}} = coalesce(c.{{REL}}, 0) + $delta
